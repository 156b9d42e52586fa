"""Kind rules for tuning_batch57's misses (issue 13, branch kind_f24), each for a class seen on two or more publishers,
checked on the real texts that showed it, read by id from the tuning fixture (PROVENANCE.md cites each page).
"""

from __future__ import annotations

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.kind import other_reason
from tests.funding.tuning_texts import tuning_text as _text


@pytest.mark.parametrize(
    ("item_id", "reason"),
    [
        # Japanese, a raise sought: "価値40億ドルとの評価目指す-関係者 ... 調達ラウンドに向け協議".
        ("b57-bloombergjp-tuhu-seeks-200m-4bn-value-ja", "not closed"),
        # "自社の評価額を約30億ドル ... に大きく引き下げて資金を集めようとしている".
        ("b57-nikkan-ola-seeks-funds-3bn-lower-value-ja", "not closed"),
        # "新たな資金調達を通じて評価額を約4,000億ドル(約62兆円)に引き上げることを目指している".
        ("b57-nihontechhub-spacex-400bn-valuation-raise-ja", "not closed"),
        # Chinese, a round denied or rumoured: "軟銀否認參與比特大陸Pre-IPO輪融資", "网传喜马拉雅完成40亿元融资".
        ("b57-linzhou-bitmain-pre-ipo-softbank-denies-zh", "not closed"),
        ("b57-kejilie-ximalaya-4bn-rumour-denied-zh", "not closed"),
        # A development bank's loan to a government: "Ministry Signs $200m Agreement with World Bank", "The World
        # Bank approved a loan of 149.7 million dollars for Pakistan".
        ("b57-addisfortune-ethiopia-world-bank-200m-loan-en", "public loan"),
        ("b57-dawntv-pakistan-world-bank-149m-loan-en", "public loan"),
        # Awards announced: "revealed the winners of its annual innovation awards, with prizes for the cities",
        # "a new €100 million “Fast Track to Innovation” (FTI) pilot action and five innovation prizes under Horizon
        # 2020".
        ("b57-adhugger-eic-capital-innovation-prizes-en", "prize"),
        ("b57-boldventureblog-eu-fti-100m-grants-en", "prize"),
    ],
)
def test_opening_announces_no_raise(item_id: str, reason: str) -> None:
    text = _text(item_id)
    assert other_reason(text) == reason
    assert parse_deals(text)[0].kind == "other"


@pytest.mark.parametrize(
    "text",
    [
        # A round closed stays a round: the cues need their own words, not a round's.
        "Tuhu raised $200 million in a new round led by Goldman Sachs.",
        "途虎養車は2億ドルを調達した。",
        "喜马拉雅完成40亿元新一轮融资,腾讯领投。",
        # The World Bank Group's private-sector arm lends to companies: its loan to a start-up is the start-up's round.
        "Nubank secured a $150 million loan from the World Bank's IFC.",
    ],
)
def test_closed_rounds_keep_their_kind(text: str) -> None:
    assert other_reason(text) is None
