"""Fund closes and event kind on tuning_funds6.jsonl (issue 13, the second fresh fund batch, tuning after its one score).

Real texts are read by id from tests/fixtures/funding/tuning_funds6.jsonl (PROVENANCE.md cites each page). One-line
inputs marked SYNTHETIC are made up to pin one rule and are no real announcement.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentintel.funding import parse_deals
from tests.funding.tuning_texts import tuning_deals

FUNDS6 = Path(__file__).parents[1] / "fixtures" / "funding" / "tuning_funds6.jsonl"


_deals = tuning_deals


@pytest.mark.parametrize(
    ("item_id", "manager", "amount"),
    [
        # "the successful closure of a 300 million euro ($325 million) fund": a bracketed restatement before "fund"
        ("suhitech-world-fund-300m", "World Fund", 325_000_000.0),
        # "stakes of between $3m and $30m" is a cheque range, not the fund
        ("secondariesinvestor-rcp-fund3-second-close", "RCP Advisors", 56_900_000.0),
        # "the $10.1 billion Lexington Capital Partners VIII": a firm word and a Roman numeral name a fund
        ("pionline-lexington-viii", "Lexington Partners", 10_100_000_000.0),
        # "closed ... at its $3 billion hard cap": the cap reached is the size
        ("pionline-altas-partners-ii", "Altas Partners", 3_000_000_000.0),
        # "backed Blackstone's second ... fund to raise $1.75bn ... at final close": raised, and Blackstone's
        ("ipe-blackstone-sp-real-assets-ii", "Blackstone", 1_750_000_000.0),
    ],
)
def test_fund_closes(item_id: str, manager: str, amount: float) -> None:
    head = _deals(item_id)[0]
    assert (head.kind, head.company, head.amount_usd) == ("fund", manager, amount)


@pytest.mark.parametrize(
    "item_id",
    [
        "brazencrypto-asymmetric-btc-defi-fund",  # "is creating its ... Fund I ... with a target raise of $21 million"
        "techpoint-fluidcoins-acquired",  # "Fluidcoins sells to Blockfinex"
        "cryptobriefing-vc-may-777m",  # "Crypto startups secure $777 million from VC funds in May"
        "qian-web3-q2-2025-zh",  # "融资市场 ... 累计融资金额"
        "huangt-web3-fund-raising-zh",  # "募资规模较2022年峰值下降了63%"
    ],
)
def test_other_news(item_id: str) -> None:
    assert _deals(item_id)[0].kind == "other"


def test_selling_to_customers_is_no_sale_of_the_company() -> None:
    # SYNTHETIC: "sells to Fortune 500 companies" names its customers; the raise is the news
    text = "Acme, which sells to Fortune 500 companies, raised $12 million in a Series A round led by Foo Capital"
    assert parse_deals(text)[0].kind == "round"


def test_company_exploring_a_sale_is_other() -> None:
    # tuning_funds7 inbvnews-23andme-strategic-alternatives: "exploring strategic alternatives ... a sale"
    path = FUNDS6.parent / "tuning_funds7.jsonl"
    row = next(json.loads(x) for x in path.read_text("utf-8").splitlines() if "23andme" in x)
    assert parse_deals(row["text"])[0].kind == "other"


def test_plans_to_invest_without_an_amount_do_not_veto_a_fund() -> None:
    # SYNTHETIC: a firm that "plans to invest in AI" and closed a fund has raised a fund
    text = "Acme Capital, which plans to invest in AI startups, has closed a $100 million Fund II\nThe fund backs seed rounds."
    assert parse_deals(text)[0].kind == "fund"
