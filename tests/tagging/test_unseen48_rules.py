"""Rules from unseen48 (tests/fixtures/tagging/unseen48.jsonl: Vietnamese TopCV listing rows, Indonesian and Philippine
Dealls / Kalibrr listing rows, a Vietnamese security firm's careers data; scored once before these rules), issue 18,
branch unseen48:
- a Latin abbreviation in parentheses glossing the native-script term before it is the term's gloss, not a country
  code ("벤처캐피털(VC)" is venture capital, not Saint Vincent; "정보기술(IT)" information technology, not Italy), in a title
  and in a location field; glued to the term in Han, kana and Hangul, after a space in scripts that space their words;
  a Latin-script term keeps its code ("Ingénieur Réseau (FR)", "Milan (IT)") (native_glosses.py);
- AI named as the tool a video editor works with ("Editor Video AI", "AI Video Editor") is not AI work (taxonomy.toml).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate
from talentintel.tagging.native_glosses import without_glosses
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN48 = by_id("unseen48")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SYNTHETIC: the gloss goes, the native term stays
        ("벤처캐피털(VC) 투자심사역", "벤처캐피털  투자심사역"),
        ("情報技術（IT）部門", "情報技術 部門"),
        ("人工智能(AI)工程师", "人工智能 工程师"),
        ("Инженер (IT)", "Инженер "),
        ("วิศวกร (IT)", "วิศวกร "),
        # SYNTHETIC: kept: a Latin-script term's code, a code after a space beside Hangul (a market as often), lower case
        ("Ingénieur Réseau (FR)", "Ingénieur Réseau (FR)"),
        ("Milan (IT)", "Milan (IT)"),
        ("해외영업 (US)", "해외영업 (US)"),
        ("데이터(ml)", "데이터(ml)"),
        ("Engineer", "Engineer"),
    ],
)
def test_without_glosses(text: str, expected: str) -> None:
    assert without_glosses(text) == expected


@pytest.mark.parametrize(
    ("location", "countries"),
    [
        ("벤처캐피털(VC)", ()),  # SYNTHETIC: venture capital, not Saint Vincent and the Grenadines
        ("정보기술(IT)", ()),  # SYNTHETIC: information technology, not Italy
        ("서울(KR)", ("KR",)),  # SYNTHETIC: the place a native term names is still read from the term
        ("Milan (IT)", ("IT",)),  # SYNTHETIC: a Latin place keeps its code
        ("Zürich (CH)", ("CH",)),  # SYNTHETIC
    ],
)
def test_location_field_glosses(location: str, countries: tuple[str, ...]) -> None:
    assert locate(location).countries == countries


@pytest.mark.parametrize(
    ("title", "description", "regions", "countries"),
    [
        # SYNTHETIC: the title's gloss no longer hides the description's Seoul behind Italy
        ("정보기술(IT) 기획 담당", "서울 근무", ["asia"], ["KR"]),
        ("벤처캐피털(VC) 투자심사역", "", [], []),  # SYNTHETIC: no place at all
        ("고객관리(CS) 담당", "", [], []),  # SYNTHETIC: customer service, not Serbia and Montenegro
        ("인사(HR) 담당", "", [], []),  # SYNTHETIC: human resources, not Croatia
        ("情報技術（IT）部門 エンジニア", "勤務地: 東京", ["asia"], ["JP"]),  # SYNTHETIC
        ("Ingénieur Réseau (FR)", "", ["europe"], ["FR"]),  # SYNTHETIC: a French title's code is France
    ],
)
def test_title_glosses(title: str, description: str, regions: list[str], countries: list[str]) -> None:
    result = tag_posting(title=title, description=description)
    assert sorted(result.regions) == regions
    assert sorted(result.countries) == countries


@pytest.mark.parametrize("item_id", ["un48-vn-final-ai-video-editor", "un48-vn-colorme-youtube-ai-video-intern"])
def test_ai_as_a_video_editors_tool_is_none(item_id: str) -> None:
    assert tag_item(UN48[item_id]).sector == []


def test_an_ai_video_editor_product_is_still_ai() -> None:
    # SYNTHETIC: building the product, with AI work named beside it
    result = tag_posting(
        title="Senior Engineer, AI Video Editor",
        description="Build the machine learning models behind our AI video editor app.",
    )
    assert result.sector == ["ai"]
