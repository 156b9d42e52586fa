"""Event kind, fund closes and round sectors on tuning_funds5.jsonl (issue 13, fifth fund batch).

Real texts are read by id from tests/fixtures/funding/tuning_funds5.jsonl (PROVENANCE.md cites each page). One-line
inputs marked SYNTHETIC are made up to pin one rule and are no real announcement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentintel.funding import parse_deals
from tests.funding.tuning_texts import tuning_deals

FUNDS5 = Path(__file__).parents[1] / "fixtures" / "funding" / "tuning_funds5.jsonl"


_deals = tuning_deals


@pytest.mark.parametrize(
    ("item_id", "manager", "amount"),
    [
        # the lede paragraph's second sentence names the manager ("is today announcing the first close")
        ("allafrica-ventures-platform-first-close", "Ventures Platform", 40_000_000.0),
        # "one of the largest Africa funds" is a fund object
        ("avca-weekly-digest-10-2021", "DPI", 900_000_000.0),
        # "investment fund X has raised": the fund manager is the subject
        ("disruptafrica-africa-tech-ventures-afdb", "Africa Tech Ventures", 7_500_000.0),
        # "has established a new $650 million fund"
        ("thesiliconleaders-accel-650m-europe", "Accel", 650_000_000.0),
        # "with $50M in commitments" is the money raised; the $100M is the fund's cap
        ("coinnewsafrica-m31-web3-fund", "M31 Capital", 50_000_000.0),
        # "Portland Seed Fund closing": a named fund as the subject of its close
        ("siliconflorist-portland-seed-fund-3", "Portland Seed Fund", 13_900_000.0),
    ],
)
def test_fund_closes(item_id: str, manager: str, amount: float) -> None:
    head = _deals(item_id)[0]
    assert (head.kind, head.company, head.amount_usd) == ("fund", manager, amount)


def test_cjk_fund_manager_named_and_aum_not_the_size() -> None:
    # ifeng: "这一次，深创投为新基金管理人" names the manager of the new fund
    head = _deals("ifeng-shenchuangtou-smedf-suzhou")[0]
    assert (head.kind, head.company) == ("fund", "深创投")
    # hrjtlzz: "10年管理资金总规模超过100亿元" is the firm's AUM; "完成11.65亿元首关签约" is the fund's first close
    head = _deals("hrjtlzz-zkcx-beijing-fund-3-first-close")[0]
    assert head.kind == "fund" and head.amount_usd is not None and abs(head.amount_usd - 164_527_108.42) < 1e3


def test_japanese_close_with_a_bracketed_legal_name() -> None:
    # seolpo: "BNV1号ファンド（Beyond Next Ventures1号投資事業有限責任組合）の組成がクローズした"
    head = _deals("seolpo-bnv-fund1")[0]
    assert (head.kind, head.company) == ("fund", "Beyond Next Ventures")


def test_spanish_target_is_not_the_size() -> None:
    # iupana: "busca recaudar US$ 500 millones ... ya tienen comprometidos US$ 440 millones"
    assert _deals("iupana-bicycle-capital-fund")[0].amount_usd == 440_000_000.0


@pytest.mark.parametrize(
    "item_id",
    [
        "taranganews-sharechat-talks",  # "in the final stages of discussions to secure"
        "startuplagos-africinvest-raising",  # "in a bid to launch a €120-million fund"
        "forbesindia-mantle-ecofund-proposal",  # "a proposed fund", "A proposal ... to establish"
        "cqonews-tribe-capital-crypto-fund-to-raise",  # "launched a new crypto fund to raise $100 million"
        "namaazone-moore-threads-ipo",  # "first day of trading ... following its $1.1 billion listing"
        "pressreader-boulder-ipos",  # "expected to appear on Nasdaq"
        "bossequity-ai-acquisitions-momentum",  # an "Acquisitions" headline
        "legaltechnology-may-fundraises-160m",  # "startups raised in excess of $145m in May"
        "africape-dfc-backs-three-funds",  # an LP's commitments to funds
        "energytimes-motae-fund-2017",  # a ministry's funds that "will be formed" (결성될 것으로)
        "seoulfn-kdb-ai-korea-fund-gps",  # a state bank's programme (조성 추진, 결성할 예정)
    ],
)
def test_other_news_that_looks_like_a_raise(item_id: str) -> None:
    assert _deals(item_id)[0].kind == "other"


def test_business_model_is_no_ai_sector() -> None:
    # brandmoiahora: "the credit-led model" of a neobank; neither AI nor crypto
    head = _deals("brandmoiahora-fairmoney-b")[0]
    assert (head.kind, head.sector) == ("round", [])


def test_ai_model_words_still_count() -> None:
    # SYNTHETIC: an AI company's "language models" keep the AI sector
    text = "Acme Labs raises $12 million seed round led by Foo Ventures\nAcme Labs trains large language models for lawyers."
    assert "ai" in parse_deals(text)[0].sector


def test_fund_round_word_after_named_fund_is_not_a_close() -> None:
    # SYNTHETIC: a fund closing a company's round is the company's deal, not the fund's raise
    text = "Acme Growth Fund closes $20 million Series B in Widget Co\nWidget Co makes widgets."
    assert parse_deals(text)[0].kind == "round"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a bid to expand is no sought raise; the raise is made
        "In a bid to expand into Europe, Acme Robotics has raised $10 million\nThe money goes to hiring.",
        # SYNTHETIC: an investment fund as the backer, not the raiser
        "Backed by investment fund Foo Partners, Acme Robotics raised $20 million to expand\nAcme builds robots.",
    ],
)
def test_company_raises_stay_rounds(text: str) -> None:
    head = parse_deals(text)[0]
    assert head.kind == "round"
