"""`parse_deals`: event kind, several deals per text, CJK and European-language deal language, money, bad input.

Texts marked "real" are excerpts of the tuning files (tests/fixtures/funding/tuning_more.jsonl, url cited there);
the others are SYNTHETIC sentences written for a single rule. None comes from the frozen test split.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from talentintel.funding import Deal, parse_announcement, parse_deals
from talentintel.funding.cjk import extract
from talentintel.funding.fx import to_usd

TUNING = Path(__file__).parents[1] / "fixtures" / "funding" / "tuning_more.jsonl"


def _real(item_id: str) -> tuple[str, date | None]:
    for line in TUNING.read_text("utf-8").splitlines():
        obj = json.loads(line)
        if obj["id"] == item_id:
            return obj["text"], date.fromisoformat(obj["published"]) if obj.get("published") else None
    raise KeyError(item_id)


@pytest.mark.parametrize(
    "text",
    [
        "Binance signs letter of intent to acquire rival FTX",  # SYNTHETIC
        "Acme is in talks to raise $100 million at a $1 billion valuation, people familiar said",  # SYNTHETIC
        "Rapido eyes $100M in new funding",  # SYNTHETIC
        "Crypto lender Acme files for bankruptcy after halting withdrawals",  # SYNTHETIC
        "Indian startups raised $478 million across 29 deals this week",  # SYNTHETIC
        "Acme announces $50 million share buyback program",  # SYNTHETIC
    ],
)
def test_news_that_is_no_round_is_other(text: str) -> None:
    deals = parse_deals(text)
    assert [d.kind for d in deals] == ["other"]
    assert deals[0].company is None and deals[0].amount_usd is None


def test_a_raise_before_an_ipo_mention_is_still_a_round() -> None:
    text = "Acme raised $200 million from Foo Capital as it prepares for an IPO next year"  # SYNTHETIC
    head = parse_deals(text)[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "Acme", 200e6)


def test_fund_close_names_the_manager_and_size() -> None:
    text, published = _real("binsq-galaxy-fund")
    head = parse_deals(text, published=published)[0]
    assert head.kind == "fund"
    assert head.company == "Galaxy Asset Management"
    assert head.amount_usd == 113e6
    assert head.fund_name == "Galaxy Ventures Fund I"
    assert head.focus == ["crypto"]
    assert head.round is None


def test_roundup_keeps_each_deal_s_investors_and_amount() -> None:
    text, published = _real("techeu-wk-0526")
    deals = parse_deals(text, published=published)
    by_company = {d.company: d for d in deals}
    assert deals[0].company == "Builder.ai" and deals[0].deal == 1
    assert by_company["Builder.ai"].lead_investors == ["Qatar Investment Authority"]
    assert by_company["Patient21"].round == "series_c"
    assert by_company["Patient21"].lead_investors == []  # QIA led Builder.ai's round, not this one
    assert [d.deal for d in deals] == list(range(1, len(deals) + 1))


def test_headline_and_body_telling_one_deal_stay_one_deal() -> None:
    text = "Wefox scores $650m C round\nWefox, a Berlin-based insurtech startup, raised $650m in Series C financing led by Target Global."  # real (devset fh-1164)
    deals = parse_deals(text)
    assert len(deals) == 1
    assert deals[0].lead_investors == ["Target Global"]


@pytest.mark.parametrize(
    ("text", "company", "amount", "currency", "round_", "leads"),
    [
        (
            "中國人工智能企業商湯科技9日宣布獲得6億美元融資。本輪融資由阿里巴巴集團領投,C輪融資將",
            "商湯科技",
            6e8,
            "USD",
            "series_c",
            ["阿里巴巴集團"],
        ),
        (
            "启元世界也于同日宣布,已经完成3亿元人民币A轮融资,由GGV纪源资本领投,嘉御基金跟投",
            None,
            3e8,
            "CNY",
            "series_a",
            ["GGV纪源资本"],
        ),
        (
            "AI 반도체 설계 기업 리벨리온은 최근 1,650억원 규모의 시리즈 B 투자 유치에 성공했다",
            "리벨리온",
            1.65e11,
            "KRW",
            "series_b",
            [],
        ),
        ("同社がシリーズBラウンドで約200億円の調達を実施した", None, 2e10, "JPY", "series_b", []),
        ("它石智航(TARS)成功完成了高达1.2亿美元(约合人民币8.7亿元)的天使轮融资", None, 1.2e8, "USD", "seed", []),
    ],
)
def test_cjk_deal_language(text, company, amount, currency, round_, leads) -> None:  # type: ignore[no-untyped-def]
    found = extract(text)  # real excerpts (tuning_more.jsonl) and one SYNTHETIC Japanese sentence
    if company:
        assert found.company == company
    assert (found.amount, found.currency, found.round) == (amount, currency, round_)
    assert found.leads == leads


def test_cjk_amount_converts_at_the_announcement_year() -> None:
    text, published = _real("chosunbiz-kongstudios")
    head = parse_deals(text, published=published)[0]
    assert head.amount_usd == pytest.approx(to_usd(50e9, "KRW", 2025), rel=1e-6)
    assert to_usd(6.5e9, "JPY", 2018) != to_usd(6.5e9, "JPY", 2024)  # the year's own rate, not today's


@pytest.mark.parametrize(
    ("text", "amount", "round_", "leads"),
    [
        (
            "O protocolo DFlow arrecadou US$ 5,5 milhões em uma rodada de financiamento liderada pela Framework Ventures",
            5.5e6,
            None,
            ["Framework Ventures"],
        ),
        (
            "Heute gab das Unternehmen eine Serie-A-Finanzierung in Höhe von 70 Millionen US-Dollar bekannt. Die Runde wird von Parkway Venture Capital geleitet und umfasst Aliya Capital.",
            70e6,
            "series_a",
            ["Parkway Venture Capital"],
        ),
        ("Synapse Medicine lève 7 M€ pour numériser la littérature médicale", 7e6 / 0.8849, None, []),
    ],
)
def test_european_languages(text: str, amount: float, round_: str | None, leads: list[str]) -> None:
    head = parse_deals(text, published=date(2017, 6, 1))[0]  # real excerpts of tuning texts
    assert head.amount_usd == pytest.approx(amount, rel=0.02)
    assert head.round == round_
    assert head.lead_investors == leads


@pytest.mark.parametrize(
    ("text", "amount", "round_"),
    [
        ("Acme secured a $300 million loan from Big Bank to build data centers", 300e6, "debt"),  # SYNTHETIC
        ("Acme announced a $1.15 billion senior convertible note offering", 1.15e9, "debt"),  # SYNTHETIC
        ("Acme raised US$300-plus million in fresh funds from Foo Capital", 300e6, None),  # SYNTHETIC
        ("Validus has secured $28.35m (US$20m) in a series B round", 20e6, "series_b"),  # real (sbr-validus)
    ],
)
def test_money_phrasing(text: str, amount: float, round_: str | None) -> None:
    head = parse_deals(text)[0]
    assert head.amount_usd == amount
    assert head.round == round_


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("1. Kenya's OkHi raises $1.78m funding from UK angel network", "OkHi"),  # real (ripples-okhi)
        ("Meanwhile, Acme raised $5M in a seed round", "Acme"),  # SYNTHETIC
        (
            "According to PANews, a decentralized computing network built on Solana, known as io.net, has raised funding from Mult1C0in Capital.",
            "io.net",
        ),  # real (binsq-ionet)
    ],
)
def test_company_is_the_entity_that_raised(text: str, company: str) -> None:
    assert parse_deals(text)[0].company == company


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "<html><body><p>" + "x" * 1_000_000 + "</p></body></html>",
        "12 34 5600000 99",
        "混合 text 한국어 raised",
    ],
)
def test_bad_input_gives_other_or_nulls_never_a_crash(text: str) -> None:
    deals = parse_deals(text)
    assert deals and all(isinstance(d, Deal) for d in deals)
    assert deals[0].amount_usd is None


def test_large_text_is_parsed() -> None:
    text = (
        "Acme raised $5 million in a seed round led by Foo Ventures. " + "Filler sentence here. " * 50_000
    )  # SYNTHETIC
    head = parse_deals(text)[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Acme", 5e6, ["Foo Ventures"])


def test_contract_json_and_the_single_result_function() -> None:
    text = "Acme raises $2M seed led by Paradigm"  # SYNTHETIC
    row = parse_deals(text, published=date(2024, 5, 6))[0].to_json()
    assert row["deal"] == 1 and row["kind"] == "round" and row["announced_on"] == "2024-05-06"
    assert set(row) >= {
        "company",
        "amount_usd",
        "round",
        "investors",
        "lead_investors",
        "sector",
        "regions",
        "fund_name",
        "focus",
    }
    old = parse_announcement(text)
    assert (old.company, old.amount_usd, old.lead_investors) == ("Acme", 2e6, ["Paradigm"])
    assert parse_announcement("Acme Ventures closes $100M Fund III").fund_raise  # SYNTHETIC


@pytest.mark.parametrize(
    ("text", "manager", "amount", "currency"),
    [
        # real excerpts of tuning-side pages (techrockies.com, search results) and SYNTHETIC sentences in their phrasing
        (
            "Foundry Group Closes New, $225M Venture Capital Fund\nBoulder-based Foundry Group has closed on its fifth fund.",
            "Foundry Group",
            225e6,
            "USD",
        ),
        ("Blockchain Capital Closes $580 Million Across Two Funds", "Blockchain Capital", 580e6, "USD"),  # SYNTHETIC
        ("a16z crypto launches $4.5 billion fund for web3 startups", "a16z crypto", 4.5e9, "USD"),  # SYNTHETIC
        (
            "LB인베스트먼트는 공사로부터 300억원을 출자받아 716억원 규모로 펀드를 결성했다.",
            "LB인베스트먼트",
            None,
            "KRW",
        ),
        ("星界资本完成50亿元人民币基金募集", "星界资本", None, "CNY"),  # SYNTHETIC
    ],
)
def test_fund_manager_and_size(text: str, manager: str, amount: float | None, currency: str) -> None:
    head = parse_deals(text, published=date(2024, 1, 1))[0]
    assert (head.kind, head.company, head.currency) == ("fund", manager, currency)
    if amount is not None:
        assert head.amount_usd == amount
    else:
        assert head.amount_original and head.amount_original.startswith(("716억", "50亿"))
