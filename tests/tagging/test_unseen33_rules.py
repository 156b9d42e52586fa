"""Rules from unseen33 (tests/fixtures/tagging/unseen33.jsonl: listing-only records at unlisted employers, mostly Asian;
issue 18, branch tag42): "data scientist" in Japanese, Korean and Chinese is a role word like the English one, never
an AI job alone (data/taxonomy.toml ai_role); a company name that glues "AI" to a word in camel case reads like the
spaced name (tagging/glued_acronyms.py); "Prompt Engineer" is an AI title (data/taxonomy.toml).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.glued_acronyms import spaced_acronyms
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN33 = by_id("unseen33")
FIXED_BOTH_MODES = ("un33-fullkaiten-ds", "un33-growthverse-ds")


@pytest.mark.parametrize("item_id", FIXED_BOTH_MODES)
@pytest.mark.parametrize("company_blind", [False, True])
def test_un33_fixed_sectors(item_id: str, company_blind: bool) -> None:
    item = UN33[item_id]
    assert sorted(tag_item(item, company_blind=company_blind).sector) == sorted(item["label_sector"])


@pytest.mark.parametrize("item_id", ["un33-citadelai-swe", "un33-heycai-uiux", "un33-nafesai-uxui"])
def test_un33_ai_name_decides_a_generic_listing(item_id: str) -> None:
    assert tag_item(UN33[item_id]).sector == ["ai"]


# --- "data scientist" in every script is a role word ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "【データサイエンティスト】フルリモート",  # real (unseen33)
        "데이터 사이언티스트 (경력 3년 이상)",  # SYNTHETIC
        "数据科学家（用户增长）",  # SYNTHETIC
        "Data Scientist",  # SYNTHETIC
    ],
)
def test_data_scientist_title_alone_is_no_ai_job(title: str) -> None:
    assert tag_posting(title=title, locations=["Tokyo, Japan"]).sector == []


@pytest.mark.parametrize(
    "title",
    [
        "データサイエンティスト（機械学習モデル開発）",  # SYNTHETIC: the role word with machine learning named
        "数据科学家（机器学习）",  # SYNTHETIC
        "Data Scientist, Machine Learning",  # SYNTHETIC
    ],
)
def test_data_scientist_with_machine_learning_is_ai(title: str) -> None:
    assert tag_posting(title=title).sector == ["ai"]


# --- a glued camel-case "AI" in a company name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("ZelparoAI", "Zelparo AI"),  # SYNTHETIC names
        ("Quorvex AI", "Quorvex AI"),
        ("DeepQuorvexAI Inc.", "DeepQuorvex AI Inc."),
        ("Shanghai Quorvex", "Shanghai Quorvex"),
        ("THAI QUORVEX", "THAI QUORVEX"),
        ("Quorvex Bonsai", "Quorvex Bonsai"),
        ("QuorvexAIR", "QuorvexAIR"),
    ],
)
def test_spaced_acronyms(name: str, read: str) -> None:
    assert spaced_acronyms(name) == read


def test_glued_ai_name_reads_like_the_spaced_one() -> None:
    # SYNTHETIC: a listing with a generic title, the spaced form was already read ai
    spaced = tag_posting(title="Software Engineer", company="Zelparo AI", locations=["Tokyo, Japan"])
    glued = tag_posting(title="Software Engineer", company="ZelparoAI", locations=["Tokyo, Japan"])
    assert spaced.sector == glued.sector == ["ai"]


@pytest.mark.parametrize("name", ["Shanghai Zelparo Trading", "Mumbai Zelparo Foods", "Zelparo Bonsai"])
def test_place_and_word_endings_are_no_ai_name(name: str) -> None:
    # SYNTHETIC: "ai" ending a word in lower case is no acronym
    assert tag_posting(title="Software Engineer", company=name).sector == []


# --- "Prompt Engineer" ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Prompt Engineer", "Senior Prompt Engineer (LLM products)"])  # SYNTHETIC
def test_prompt_engineer_title_is_ai(title: str) -> None:
    assert tag_posting(title=title).sector == ["ai"]


# --- terse location strings (data/places.toml) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "regions", "countries"),
    [
        ("PAN INDIA", ["asia"], ["IN"]),  # SYNTHETIC location strings
        ("Remote, PAN India", ["asia"], ["IN"]),
        ("Pan-India", ["asia"], ["IN"]),
        ("Panama", ["latam"], ["PA"]),
        ("Bali", ["asia"], ["ID"]),
        ("Bali, Indonesia", ["asia"], ["ID"]),
        ("Remote - NAMER", ["canada", "us"], []),
    ],
)
def test_terse_locations(location: str, regions: list[str], countries: list[str]) -> None:
    result = tag_posting(title="Software Engineer", locations=[location])
    assert (sorted(result.regions), sorted(result.countries)) == (regions, countries)


def test_pan_india_in_a_naukri_title_is_no_panama() -> None:
    # SYNTHETIC, after a Naukri title "UI / UX Designer, PAN INDIA" with no location
    assert tag_posting(title="UI / UX Designer, PAN INDIA").countries == ["IN"]
