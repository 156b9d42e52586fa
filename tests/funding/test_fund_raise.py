"""A venture firm raising its own fund is not a company's round.

The positive sentences are SYNTHETIC paraphrases (the stored pages may not be copied verbatim) of fund raises
reported in public press, each with where it was reported; the negatives are SYNTHETIC company-round sentences that
mention a fund as an investor or use "fund" as a verb. The REAL announcements of the dev set must all stay rounds.
"""

import json
from pathlib import Path

import pytest

from talentintel.funding import parse_announcement
from talentintel.funding.fund_raise import is_fund_raise

DEVSET = Path(__file__).parents[1] / "fixtures" / "funding" / "devset.jsonl"

FUND_RAISES = [
    # Fortune (2023): Polychain's fourth fund, first close.
    "Polychain raises $200 million in the first close of its fourth crypto venture fund",
    # Axios Pro (2023-09-19): Blockchain Capital's early-stage and opportunity funds.
    "Crypto VC firm Blockchain Capital closed two new funds totaling $580 million.",
    # Axios Pro (2023-07-19): Polychain Capital and CoinFund.
    "Polychain Capital and CoinFund raise new crypto-focused venture funds",
    # Bloomberg via BNN (2022-04-19): Framework Ventures' third fund.
    "Framework Ventures will announce a new $400 million fund for early blockchain startups, its founders said.",
    # The brief's shapes.
    "Example Capital closes $850M fund",
    "Example Ventures launches $100M Fund III for Asian web3 founders",
    "Seoul's Example Partners unveils $150 million ecosystem fund\nThe firm will back games and AI agents.",
]
ROUNDS = [
    "Acme raises $20M Series A led by Example Capital's growth fund",
    "Acme raises $5M seed round from Example Brands' ecosystem fund",
    "Acme raises $5M to fund its expansion into Southeast Asia",
    "Acme raises $12M that funds its expansion",
    "Acme secures $3M from the Example Ventures fund",
    "Acme closes $40 million Series B to scale its AI agents",
]


@pytest.mark.parametrize("text", FUND_RAISES)
def test_fund_raises_are_detected(text: str) -> None:
    assert is_fund_raise(text)
    found = parse_announcement(text)
    assert found.fund_raise
    assert (found.company, found.amount_usd, found.round, found.lead_investors) == (None, None, None, [])


@pytest.mark.parametrize("text", ROUNDS)
def test_company_rounds_mentioning_a_fund_stay_rounds(text: str) -> None:
    assert not is_fund_raise(text)
    found = parse_announcement(text)
    assert not found.fund_raise and found.company == "Acme" and found.amount_usd


def test_no_real_dev_set_announcement_is_taken_for_a_fund_raise() -> None:
    flagged = [
        item["id"]
        for item in map(json.loads, DEVSET.read_text(encoding="utf-8").splitlines())
        if parse_announcement(item["text"]).fund_raise
    ]
    assert flagged == []
