"""Rules from unseen41 (tests/fixtures/tagging/unseen41.jsonl: a Japanese blog's translations of one "Who is hiring?"
thread, postings at unlisted employers, scored once before these rules; issue 18, branch tag57), all constructions of
Japanese place and work-mode words:
- a Latin place name glued to Japanese ("On-siteでStockholm, Sweden勤務", "NL, DE, BEでリモート", "EU時間帯") ends where
  the kana or Han begins (title_places.CAPITALIZED);
- Japanese region words written with 米 and 州 (北米, 南米, 中南米, 南北アメリカ, 欧州) and katakana names of cities the
  batch names (サンフランシスコ, ロンドン, エディンバラ; not ニューヨーク, which a funding text writes only in the press's
  name, "ニューヨークタイムズの記者") (places.toml);
- "リモートのみ" and "リモートファースト" are a remote work mode: remote when the post names no place (regions.py);
- "<places>の企業向け" (for companies in ...) names the market, not the job's place (market_places.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.market_places import without_market_places
from talentintel.tagging.title_places import CAPITALIZED
from tests.tagging.batches import by_id

UN41 = by_id("unseen41")


def _regions(key: str) -> list[str]:
    item = UN41[key]
    regions = tag_item(item).regions
    assert tag_item(item, company_blind=True).regions == regions, key
    return regions


# --- a Latin name glued to Japanese ---------------------------------------------------------------------------------


def test_latin_place_glued_to_japanese_is_read() -> None:
    assert "On-siteでStockholm, Sweden勤務" in UN41["un41-hnja-tandem"]["description"]
    assert _regions("un41-hnja-tandem") == ["europe"]
    assert "NL, DE, BEでリモート勤務" in UN41["un41-hnja-datakami"]["description"]
    assert _regions("un41-hnja-datakami") == ["europe"]
    assert "リモート (EU時間帯)" in UN41["un41-hnja-plantingspace"]["description"]
    assert _regions("un41-hnja-plantingspace") == ["europe"]


def test_capitalized_words_end_at_kana_and_han() -> None:
    assert CAPITALIZED.findall("On-siteでStockholm, Sweden勤務。") == ["On-site", "Stockholm, Sweden"]
    assert CAPITALIZED.findall("NL, DE, BEでリモート勤務できるML Engineer") == ["NL, DE, BE", "ML Engineer"]
    # SYNTHETIC: Korean particles glued the same way; Latin words keep their accents, apostrophes and hyphens
    assert CAPITALIZED.findall("Seoul에서 근무") == ["Seoul"]
    assert CAPITALIZED.findall("São Paulo, O'Neil & Co-Op") == ["São Paulo, O'Neil", "Co-Op"]


# --- Japanese region words and katakana cities ----------------------------------------------------------------------


def test_japanese_region_words() -> None:
    assert "リモート (北米)、SF、NYC" in UN41["un41-hnja-brilliant"]["description"]
    assert _regions("un41-hnja-brilliant") == ["canada", "us"]
    assert "南北アメリカ、ヨーロッパならリモートOK" in UN41["un41-hnja-zed"]["description"]
    assert _regions("un41-hnja-zed") == ["canada", "europe", "latam", "us"]
    # SYNTHETIC: Central and South America, Europe with 州
    assert set(cjk_places("中南米の拠点").regions) == {"latam"}
    assert set(cjk_places("欧州のオフィス").regions) == {"europe"}


def test_katakana_cities_in_running_text() -> None:
    assert "エディンバラかロンドンだよ" in UN41["un41-hnja-rockstar"]["description"]
    assert _regions("un41-hnja-rockstar") == ["europe"]
    for key in ("un41-hnja-sourcegraph", "un41-hnja-squint"):
        assert "サンフランシスコで" in UN41[key]["description"], key
        assert _regions(key) == ["us"], key
    # SYNTHETIC: a city before a word that goes on it is still the city ("ロンドンオフィス", katakana_words.py)
    assert cjk_places("ロンドンオフィス").countries == ("GB",)


# --- remote-only and remote-first -----------------------------------------------------------------------------------


def test_japanese_remote_only_and_remote_first_are_worldwide() -> None:
    assert "リモートのみ (世界中からOK)" in UN41["un41-hnja-toontown"]["description"]
    assert _regions("un41-hnja-toontown") == ["global"]
    assert "リモートファーストで採用" in UN41["un41-hnja-timescale"]["description"]
    assert _regions("un41-hnja-timescale") == ["global"]


def test_remote_first_beside_a_restriction_keeps_the_place() -> None:
    text = UN41["un41-hnja-clarium"]["description"]
    assert "リモートOK (US)" in text and "リモートファースト" in text
    assert _regions("un41-hnja-clarium") == ["us"]


# --- the customers' market ------------------------------------------------------------------------------------------


def test_companies_a_product_serves_are_no_work_place() -> None:
    sentence = "主に中央アジアや南米の企業向けにツールを作ってるんだ"
    assert sentence in UN41["un41-hnja-narraduct"]["description"]
    blanked = without_market_places(sentence)
    assert "アジア" not in blanked and "南米" not in blanked
    assert "asia" not in _regions("un41-hnja-narraduct")
    # SYNTHETIC: a job's own place in another sentence is still read (within one clause list, "東京オフィス勤務、欧州の
    # 顧客向け", the run before the marker takes Tokyo too, as it does before 市場)
    assert cjk_places(without_market_places("東京オフィス勤務。欧州の顧客向けサービス")).countries == ("JP",)
