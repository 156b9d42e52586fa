"""Rules added from the misses of tuning_hs18 (the session-18 holdout, moved to tuning; branch fund80).

Each real text is read from its row in tests/fixtures/funding/tuning_hs18.jsonl (url there); variants marked SYNTHETIC
are written here to probe the same construction in other words and are in no dev, tuning or holdout file.
"""

import json
from functools import cache
from pathlib import Path

from talentintel.funding.company_discourse import without_report_verb
from talentintel.funding.company_nonnames import strip_descriptors
from talentintel.funding.deals import parse_deals
from talentintel.funding.money import find_money
from talentintel.funding.openers import is_sentence_adverb, strip_opener
from talentintel.funding.types import Deal

HS18 = Path(__file__).parent.parent / "fixtures" / "funding" / "tuning_hs18.jsonl"


@cache
def _texts() -> dict[str, str]:
    rows = (json.loads(line) for line in HS18.read_text("utf-8").splitlines() if line.strip())
    return {row["id"]: row["text"] for row in rows}


def _deal(item: str) -> Deal:
    return parse_deals(_texts()[f"hs18-{item}"])[0]


def test_spanish_thousand_millions_after_a_dollar_sign() -> None:
    deal = _deal("sergeytereshkin-xai-20bn-series-e-es")
    assert (deal.company, deal.amount_usd) == ("xAI", 20_000_000_000.0)
    # SYNTHETIC: Portuguese, and the English "mil" still millions.
    assert find_money("captou US$ 3 mil milhões numa ronda")[0].amount == 3_000_000_000.0
    assert find_money("Acme raised $20 mil in seed funding")[0].amount == 20_000_000.0


def test_romance_connectives_open_a_sentence_and_name_nothing() -> None:
    assert _deal("iafeed-manus-ai-75m-benchmark-pt").company == "Manus AI"
    for word in ("Contudo", "Sin embargo", "Cependant", "Tuttavia", "No entanto"):  # SYNTHETIC list
        assert is_sentence_adverb(word)
    assert strip_opener("Toutefois Mistral AI") == "Mistral AI"  # SYNTHETIC
    assert not is_sentence_adverb("Contoso")  # SYNTHETIC: a name sharing the first letters


def test_chinese_adverb_after_a_latin_name_is_no_part_of_it() -> None:
    assert _deal("17daka-firmus-a500m-nvidia-ellerston-zh").company == "Firmus"
    assert without_report_verb("摩尔线程已经") == "摩尔线程"  # SYNTHETIC
    assert without_report_verb("王刚") == "王刚"  # SYNTHETIC: a single 刚 ends a person's name


def test_hyphenated_chain_ending_in_a_kind_of_company() -> None:
    assert _deal("louisvelazquez-iren-3-6bn-equity-and-convertibles").company == "Iren"
    assert strip_descriptors("AI-data-firm Iren") == "Iren"
    assert strip_descriptors("crypto-miner-turned-AI-cloud-provider Acme") == "Acme"  # SYNTHETIC
    assert strip_descriptors("Coca-Cola") == "Coca-Cola"  # SYNTHETIC: a hyphenated name keeps its parts
