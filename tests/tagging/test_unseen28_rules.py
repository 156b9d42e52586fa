"""Rules from unseen28 (tests/fixtures/tagging/unseen28.jsonl: mostly Asian, often listing-only postings at unlisted
employers; issue 18, branch tag31): a CJK company name's sector word (tagging/cjk_names.py), Hangul place names
inside a longer word (tagging/hangul_places.py), Korean cities geonames names only in Latin (data/places.toml) and
the Japanese machine-learning words written in Chinese characters (data/taxonomy.toml).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.cjk_names import latin_reading
from talentintel.tagging.company import company_knowledge
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.hangul_places import inside_hangul_word
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN28 = by_id("unseen28")
FIXED_SECTOR = ("un28-wata-slam", "un28-wata-unity", "un28-dreamtank-jp")
FIXED_COUNTRIES = ("un28-mosone-paju", "un28-yuyeon-seosan")


@pytest.mark.parametrize("item_id", FIXED_SECTOR)
def test_un28_fixed_sectors(item_id: str) -> None:
    item = UN28[item_id]
    assert sorted(tag_item(item).sector) == sorted(item["label_sector"])


@pytest.mark.parametrize("item_id", FIXED_COUNTRIES)
def test_un28_fixed_countries(item_id: str) -> None:
    item = UN28[item_id]
    result = tag_item(item)
    assert sorted(result.countries) == item["label_countries"]
    assert sorted(result.regions) == item["label_regions"]


# --- a CJK company name's sector word --------------------------------------------------------------------------------


def test_hangul_ai_in_a_name_reads_like_latin_ai() -> None:
    assert latin_reading("(주)와따에이아이") == "(주)와따 ai"  # real (unseen28)
    assert company_knowledge("(주)와따에이아이").prior.get("ai") == company_knowledge("Wata AI").prior.get("ai")


@pytest.mark.parametrize(
    "name",
    [
        "와따 AI",  # SYNTHETIC: Hangul part and Latin AI, two words like "Wata AI"
        "노바에이아이",  # SYNTHETIC
        "星河人工智能科技有限公司",  # SYNTHETIC
        "ミライエーアイ株式会社",  # SYNTHETIC
    ],
)
def test_cjk_names_with_an_ai_word_tag_a_bare_listing(name: str) -> None:
    result = tag_posting(title="Unity 클라이언트 시니어 개발자", description="경력 5~20년\n~ 07/06(월)", company=name)
    assert result.sector == ["ai"]


@pytest.mark.parametrize(
    "name",
    [
        "(주)이안",  # real (unseen28): no sector word
        "에이아이테크",  # SYNTHETIC: the sector word opening the name, like "AI Foods"
        "智能家居科技有限公司",  # SYNTHETIC: 智能 "smart" is no AI
        "供应链管理有限公司",  # SYNTHETIC: 链 in 供应链 is no chain
        "크립토랩",  # SYNTHETIC: 크립토 names cryptography labs too
    ],
)
def test_cjk_names_without_a_whole_sector_word_stay_none(name: str) -> None:
    result = tag_posting(title="Unity 클라이언트 시니어 개발자", description="경력 5~20년\n~ 07/06(월)", company=name)
    assert result.sector == []


def test_hangul_blockchain_in_a_name() -> None:
    assert latin_reading("OO블록체인연구소") == "OO blockchain 연구소"  # SYNTHETIC
    assert latin_reading("Acme Labs") == "Acme Labs"  # SYNTHETIC: Latin names unchanged


# --- Hangul place names inside a longer word ------------------------------------------------------------------------


def test_a_place_inside_a_hangul_word_is_no_place() -> None:
    assert "KP" not in cjk_places("재원산업, 서산Site 품질팀장").countries  # real (unseen28): 원산 is Wonsan
    assert cjk_places("재원산업, 서산Site 품질팀장").countries == ("KR",)
    assert cjk_places("대원산업 품질관리").countries == ()  # SYNTHETIC


def test_an_address_written_without_spaces_keeps_its_places() -> None:
    assert cjk_places("경기도성남시 분당구").countries == ("KR",)  # SYNTHETIC
    assert inside_hangul_word("재원산업", 1, -1)
    assert not inside_hangul_word("경기도성남시", 3, 3)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("파주 반도체디스플레이관련 신소재업체 기술영업 총괄 이사 기숙사 제공", "KR"),  # real (unseen28)
        ("[창원] 설비 보전 엔지니어", "KR"),  # SYNTHETIC
        ("김해 물류센터 관리자 채용", "KR"),  # SYNTHETIC
    ],
)
def test_korean_cities_geonames_spells_only_in_latin(title: str, country: str) -> None:
    assert tag_posting(title=title, description="경력").countries == [country]


def test_ambiguous_korean_words_left_out_are_no_places() -> None:
    assert tag_posting(title="상주 근무 가능한 설비 엔지니어", description="경력").countries == []  # SYNTHETIC


# --- Japanese machine-learning words in Chinese characters -----------------------------------------------------------


def test_japanese_ml_words_in_simplified_han() -> None:
    text = "招聘岗位：\n②Linux、C、C++、Python嵌入式开发/AI机器机械学习编程技术者\n所在地：东京"  # real (unseen28), cut
    assert tag_posting(title="Update Careers.md", description=text).sector == ["ai"]
    synthetic = "【赴日】深层学习工程师，负责图像识别模型的开发。"  # SYNTHETIC
    assert tag_posting(title="赴日工程师", description=synthetic).sector == ["ai"]
