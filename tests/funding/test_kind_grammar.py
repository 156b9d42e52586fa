"""Kind rules for issue 13: closed vs sought raises, market totals vs one company's round, roundups led by a round.

Real texts are read by id from the tuning files (tests/fixtures/funding/tuning_*.jsonl; PROVENANCE.md cites each
page). One-line inputs marked SYNTHETIC are made up to pin one rule and are no real announcement.
"""

from __future__ import annotations

import pytest

from talentintel.funding import parse_deals
from tests.funding.tuning_texts import tuning_deals

_deals = tuning_deals


def test_korean_total_of_one_companys_round_is_a_round() -> None:
    # wowtv-socar-510: "쏘카는 ... 총 510억원 규모의 투자를 유치했다" is 쏘카's round, not a market total.
    head = _deals("wowtv-socar-510")[0]
    assert (head.kind, head.company) == ("round", "쏘카")


def test_korean_market_total_with_a_counted_subject_stays_other() -> None:
    # SYNTHETIC: 120 startups together raised a total; the counted subject makes it the market's figure.
    text = "국내 스타트업 120곳이 올해 총 2조원 규모의 투자를 유치했다.\n업계는 투자 심리가 회복됐다고 본다."
    assert parse_deals(text)[0].kind == "other"


def test_chuzin_with_a_made_investment_is_a_round() -> None:
    # dailyclick-kdb-pooling: "풀링 투자를 추진한다 ... 퓨리오사AI에 100억원을 투자했다": 추진 is "pursue", the money went in.
    head = _deals("dailyclick-kdb-pooling")[0]
    assert (head.kind, head.company) == ("round", "퓨리오사AI")


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a raise pursued and not closed.
        "에이비씨랩스, 시리즈B 투자 유치 추진\n에이비씨랩스는 300억원 규모의 시리즈B 투자 유치를 추진 중이라고 밝혔다.",
        # SYNTHETIC: set out to raise, with a target.
        "에이비씨랩스가 500억 원을 목표로 시리즈 A 투자 유치에 착수했다.\n회사는 연내 마무리를 기대한다.",
    ],
)
def test_korean_sought_raise_is_other(text: str) -> None:
    assert parse_deals(text)[0].kind == "other"


def test_a_sought_raise_after_a_lede_is_other() -> None:
    # sedaily-holiday-seeking: two lede sentences, then "1500억 원을 목표로 시리즈 A 투자 유치에 착수".
    assert _deals("sedaily-holiday-seeking")[0].kind == "other"


def test_a_city_fund_that_invested_in_a_company_is_the_companys_round() -> None:
    # yna-sgraphene: "관악구는 ... 펀드가 벤처기업 에스그래핀에 10억원을 투자했다"; the fund's 2020 close is background.
    head = _deals("yna-sgraphene")[0]
    assert (head.kind, head.company) == ("round", "에스그래핀")


def test_wrap_headed_by_a_round_keeps_it_first_and_the_intro_fund_after() -> None:
    # blockworks-bitlayer-wrap: the headline backs Bitlayer; "Plus, Galaxy Ventures unveils a new fund" is deal 2.
    deals = _deals("blockworks-bitlayer-wrap")
    assert deals[0].kind == "round"
    assert deals[0].amount_usd == 11_000_000
    assert ("fund", "Galaxy Ventures") in [(d.kind, d.company) for d in deals[1:]]
    assert ("round", "Kintsu", 4_000_000) in [(d.kind, d.company, d.amount_usd) for d in deals]


@pytest.mark.parametrize("item_id", ["arabnews-forbes50-letswork", "chosunbiz-vc-feb25", "gbo-mena-feb24"])
def test_market_piece_stating_its_figures_is_other_first(item_id: str) -> None:
    # A total, a count of startups or a percent change in the opening: the rounds it names come after it.
    assert _deals(item_id)[0].kind == "other"


def test_market_total_with_a_fund_word_further_on_is_no_fund() -> None:
    # entrackr-wk-0706: "24 Indian startups raised ..."; "raised more than $211 million in funds" is last week's total.
    assert _deals("entrackr-wk-0706")[0].kind == "other"


def test_weekly_roundup_without_figures_is_its_rounds() -> None:
    # eastafricadigest-wk3-2026: "This week in startup funding ... showed a sharp contrast", then each round.
    head = _deals("eastafricadigest-wk3-2026")[0]
    assert (head.kind, head.company) == ("round", "Mal")


def test_investment_target_is_a_noun_not_a_fund_raise() -> None:
    # amw-upstage-kgf: "selected as the first direct investment target in ... Korea's National Growth Fund, securing
    # 560 billion won": Upstage's round; "target" here is no verb of a fund raising.
    head = _deals("amw-upstage-kgf")[0]
    assert (head.kind, head.company) == ("round", "Upstage")


def test_investor_launching_a_firm_is_a_fund_and_a_later_round_its_own_deal() -> None:
    # ripples-technigeria-0731: "angel investor, Olumide Soyombo, launched Voltron Capital" is a new fund manager;
    # "Julaya, closed a US$2 million in pre-Series A funding" further on is a deal of its own.
    deals = _deals("ripples-technigeria-0731")
    assert deals[0].kind == "fund"
    assert deals[0].amount_usd is None
    assert ("round", "Julaya", 2_000_000) in [(d.kind, d.company, d.amount_usd) for d in deals[1:]]


def test_fund_close_told_again_stays_one_deal() -> None:
    # scalevp-iv-blog: "Fund IV closed last Friday ... at the hard cap of $300M" is the same fund, not a new deal.
    deals = _deals("scalevp-iv-blog")
    assert [d.kind for d in deals] == ["fund"]
    assert deals[0].amount_usd == 300_000_000
