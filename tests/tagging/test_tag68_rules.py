"""Rules from unseen_hs20's misses (tests/fixtures/tagging/unseen_hs20.jsonl: the session-20 holdout, scored once by
the lead and moved to tuning; issue 18, branch tag68): a board's labeled field list ("category: Rust, Blockchain,
Compliance, Trading") is the posting's own evidence, not a tag cloud (field_list_labels.py); a job title's slot naming
a tool that is also a small place ("(Unity)") is no place (places.toml title_tools, title_places._tool_slot).

Each rule is tested on its batch item (real text, cited by id); strings written here to pin a rule's edge are
SYNTHETIC (marked so).
"""

from __future__ import annotations

from talentintel.tagging import regions as region_rules
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.field_list_labels import labeled_field_list
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS20 = by_id("unseen_hs20")
UN44 = by_id("unseen44")

# --- a labeled field list ---------------------------------------------------------------------------------------------


def test_category_chip_lines_name_the_listing_sector() -> None:
    # "category: Marketing, Growth, Partnerships, NFTs", "... Staking", "Rust, Blockchain, Compliance, Trading",
    # "React, Frontend, Trading, DeFi": the record's only text besides pay, seniority and date
    for key in ("hs20-im-dcommerce-growth-europe", "hs20-im-yield-ceo-switzerland", "hs20-im-hft-rust",
                "hs20-im-fintech-react-defi"):  # fmt: skip
        assert tag_item(HS20[key]).sector_class == "crypto", key
        assert tag_item(HS20[key], company_blind=True).sector_class == "crypto", key


def test_defi_chip_beside_machine_learning_is_both_company_blind() -> None:
    # "category: Python, Machine Learning, platform, DeFi" (an automated market maker's ML specialist)
    assert tag_item(HS20["hs20-im-amm-ml-specialist"], company_blind=True).sector_class == "both"


def test_teaching_tags_stay_a_course_menu() -> None:
    # "tags: Computer Networking, Information Security Analyst, Giáo Dục, Blockchain Technology, Giảng Dạy": an AI
    # department's lecturer, blockchain one of the subjects taught
    assert tag_item(UN44["un44-vnwl-hongbang-ai-lecturer"]).sector_class == "ai"
    assert tag_item(UN44["un44-vnwl-bacoor-qc"]).sector_class == "crypto"  # "tags: Blockchain Technology, QC, ..."


def test_label_forms() -> None:
    # SYNTHETIC lowercased sentences
    assert labeled_field_list("category: marketing, growth, partnerships, nfts")
    assert labeled_field_list("- tags: defi, rust, solidity, audits")
    assert labeled_field_list("**skills**: python, machine learning, sql, airflow")
    assert not labeled_field_list("we work with python, rust, go, solidity and more")
    assert not labeled_field_list("tags: teaching, blockchain technology, networking, python")


def test_tool_chip_stays_a_tool() -> None:
    # SYNTHETIC: a law firm's listing whose category chips name an AI tool
    result = tag_posting(
        title="Associate Attorney",
        description="category: Litigation, AI Tools, Contracts, Compliance\nsalary: $120k",
        company=None,
    )
    assert result.sector_class == "none"


def test_chips_without_a_label_stay_a_tag_cloud() -> None:
    # SYNTHETIC: the same items with no field label, inside a longer ad, remain mentions
    result = tag_posting(
        title="Head of Growth Marketing",
        description="Marketing, Growth, Partnerships, NFTs\n" + "We are a consumer brand selling shoes online. " * 15,
        company=None,
    )
    assert result.sector_class == "none"


# --- a tool in a title slot -----------------------------------------------------------------------------------------


def test_unity_title_slot_is_the_engine() -> None:
    # "캐주얼 게임 클라이언트 개발자 (Unity)" with no place read South Sudan (Unity state), Africa
    result = tag_item(HS20["hs20-pg-cookapps-unity"])
    assert (result.regions, result.countries) == ([], [])


def test_tool_slots_and_real_places() -> None:
    # SYNTHETIC titles
    assert not region_rules.posting_regions("Game Developer - Unity", "", []).regions
    assert not region_rules.posting_regions("Java Developer (Spring)", "", []).regions
    assert region_rules.posting_regions("Engineer (London)", "", []).regions == {"europe"}
    assert region_rules.posting_regions("", "", ["Unity"]).countries  # a location string still reads it
