"""Rules from unseen49 (tests/fixtures/tagging/unseen49.jsonl: JobThai records, a Korean job-scrap blog, a blockchain
education company's recruit list and 104 job bank records; scored once before these rules), issue 18, branch unseen49:
- a location written in Thai script names a place in Thailand unless it names another country in Thai; its Thai words
  no longer match foreign cities' Thai alternate names (thai_places.py);
- "MRT" in a location is a metro, not Mauritania's alpha-3 code (location_lookup.py);
- European, Gulf and Egyptian country names in Chinese, Korean and Japanese (捷克, 스페인, イタリア; places.toml);
- a title naming AI as a goal to adopt or a tool to make things with ("AI Transformation", "AI Creative") is no AI
  work when the bare "AI" is the posting's only AI term (ai_use_titles.py).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate
from tests.tagging.batches import by_id

UN49 = by_id("unseen49")


@pytest.mark.parametrize(
    "item_id",
    [
        "un49-th-lulu-ml-fintech",  # "BTS กรุงธนบุรี, วงเวียนใหญ่": station names only
        "un49-th-clicknic-ml",  # "MRT สามย่าน": was Mauritania
        "un49-th-blockfint-pm",  # "BTS ช่องนนทรี, เซนต์หลุยส์, ศาลาแดง": was St. Louis, US
        "un49-th-thinknet-ai",  # a Bangkok station line beside "WFH 95%": was global
        "un49-th-bsc-ai-creative",  # "อ.สามโคก จ.ปทุมธานี": a district and province
    ],
)
def test_thai_script_locations_are_thailand(item_id: str) -> None:
    result = tag_item(UN49[item_id])
    assert (result.regions, result.countries) == (["asia"], ["TH"])


@pytest.mark.parametrize(
    ("location", "countries"),
    [
        ("สิงคโปร์", ("SG",)),  # SYNTHETIC: Singapore written in Thai is Singapore, not Thailand
        ("Singapore (MRT Raffles Place)", ("SG",)),  # SYNTHETIC: the metro beside a city adds no Mauritania
        ("Nouakchott, Mauritania", ("MR",)),  # SYNTHETIC: the country by name stays
        ("捷克", ("CZ",)),  # the 104 record's location field
        ("スペイン・マドリード", ("ES",)),  # SYNTHETIC
    ],
)
def test_script_and_code_edges(location: str, countries: tuple[str, ...]) -> None:
    assert locate(location).countries == countries


@pytest.mark.parametrize(
    ("item_id", "sector"),
    [
        ("un49-th-chaithanin-it-manager", "none"),  # "... & AI Transformation"
        ("un49-th-bsc-ai-creative", "none"),  # "AI Creative Photo & Video"
        ("un49-th-mitrphol-llm", "ai"),  # "AI Engineer - LLM & Generative AI" keeps its AI title terms
        ("un49-th-thinknet-ai", "ai"),
    ],
)
def test_ai_adoption_titles(item_id: str, sector: str) -> None:
    assert tag_item(UN49[item_id]).sector_class == sector
