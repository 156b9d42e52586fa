"""Deal language that generalises past the tuning texts (issue 13, second pass): fund managers as sentence subjects
or appositives, European fund closes, one-sentence roundups, Spanish/CJK leads. Every text here is a SYNTHETIC
sentence written for one rule, except where a test reads a real text of tuning_unseen.jsonl (url cited there)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.cjk import extract
from talentintel.funding.investors import slugify

UNSEEN = Path(__file__).parents[1] / "fixtures" / "funding" / "tuning_unseen.jsonl"


def _real(item_id: str) -> tuple[str, date | None]:
    for line in UNSEEN.read_text("utf-8").splitlines():
        obj = json.loads(line)
        if obj["id"] == item_id:
            return obj["text"], date.fromisoformat(obj["published"]) if obj.get("published") else None
    raise KeyError(item_id)


@pytest.mark.parametrize(
    ("text", "manager", "amount"),
    [
        ("Acme Partners Fund IV closes at $300M", "Acme Partners", 300e6),
        (
            "Venture capital firm Acme Partners said on Tuesday it has raised $300 million for its fourth fund.",
            "Acme Partners",
            300e6,
        ),
        ("San Francisco-based Acme Capital has closed its $200 million third fund.", "Acme Capital", 200e6),
        ("Acme Ventures announced Tuesday that it closed Fund II, a $75 million vehicle.", "Acme Ventures", 75e6),
        ("Multicoin Capital's new $430 million venture fund closes", "Multicoin Capital", 430e6),
        ("Peak XV Partners, formerly Sequoia India, raised $1.44 billion for new funds.", "Peak XV Partners", 1.44e9),
        ("New fund: Acme Capital raises $100 million to back AI infrastructure startups", "Acme Capital", 100e6),
        ("La gestora Acme Capital ha cerrado su tercer fondo con 250 millones de dólares.", "Acme Capital", 250e6),
        ("Acme Capital lance un fonds de 150 millions de dollars pour les startups de l'IA", "Acme Capital", 150e6),
    ],
)
def test_fund_manager_is_the_subject_of_the_close(text: str, manager: str, amount: float) -> None:  # SYNTHETIC
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", manager, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Acme lève 10 millions d'euros auprès du fonds Partech",  # SYNTHETIC: the fund is the round's investor
        "Acme hat 20 Millionen Euro vom Fonds HV Capital eingesammelt",  # SYNTHETIC
    ],
)
def test_a_round_from_a_fund_is_no_fund_close(text: str) -> None:
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company) == ("round", "Acme")


def test_real_fund_close_with_appositive_and_target() -> None:
    text, published = _real("vcj-venrock-iii")  # "held a $650 million first and final close ... $600 million-targeted"
    deal = parse_deals(text, published=published)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "Venrock Associates", 650e6)
    text, published = _real("vcj-briefs-sxvp")  # "X, an Australia-based early stage venture firm, has closed"
    assert parse_deals(text, published=published)[0].company == "Southern Cross Venture Partners"


def test_one_sentence_roundup_keeps_amounts_apart() -> None:
    text, published = _real("wulfenite-deepl-scale-h")
    got = [(d.company, d.amount_usd) for d in parse_deals(text, published=published)]
    assert got == [("DeepL", 300e6), ("Scale AI", 1e9), ("H", 220e6)]


def test_spanish_subject_and_lead_after_a_description() -> None:
    text, published = _real("emprendedores-magicleap")
    deal = parse_deals(text, published=published)[0]
    assert (deal.company, deal.lead_investors) == ("Magic Leap", ["Temasek"])


@pytest.mark.parametrize(
    ("text", "company", "leads"),
    [
        (
            "专注于人工智能的企业“闪马智能”获近亿元Pre-A轮融资，领投方为香港新世界集团旗下六脉资本。",
            "闪马智能",
            ["六脉资本"],
        ),
        (
            "甲乙科技宣布完成5亿元C轮融资，联合领投方包括厚朴投资、银湖投资等，其他机构跟投。",
            "甲乙科技",
            ["厚朴投资", "银湖投资"],
        ),
        ("이번 시리즈C 투자를 이끈 네오플럭스는 와디즈에 투자했다.", None, ["네오플럭스"]),
        (
            "今回はソフトバンク・ビジョン・ファンド2をリード投資家に迎えた。",
            None,
            ["ソフトバンク・ビジョン・ファンド2"],
        ),
    ],
)
def test_cjk_leads_named_after_their_role(text: str, company: str | None, leads: list[str]) -> None:  # SYNTHETIC
    found = extract(text)
    assert found.leads == leads
    if company:
        assert found.company == company


def test_cjk_bare_unit_and_first_named_round() -> None:
    found = extract("“闪马智能”获近亿元Pre-A战略轮融资，天使轮股东继续增持。")  # SYNTHETIC
    assert (found.amount, found.currency, found.round) == (1e8, "CNY", None)


def test_hangul_investor_slug_is_not_empty() -> None:
    assert slugify("네오플럭스") == "네오플럭스"


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("Acme raised $50 million in a round spearheaded by Foo Capital.", ["Foo Capital"]),
        ("MUFG spearheaded the $50 million round in Acme, with Bar Ventures participating.", ["MUFG"]),
        (
            "Acme raised $50 million. Foo Capital and Bar Partners were among the lead investors.",
            ["Foo Capital", "Bar Partners"],
        ),
        ("Acme raised $50 million in a round led by a wholly-owned unit of ADIA.", ["ADIA"]),
        ("Acme closed a $30 million Series A with Foo Capital leading.", ["Foo Capital"]),
    ],
)
def test_lead_phrasings(text: str, leads: list[str]) -> None:  # SYNTHETIC
    assert parse_deals(text)[0].lead_investors == leads


def test_fresh_funds_are_a_round_not_a_fund() -> None:
    deal = parse_deals("Acme raised $620 million in fresh funds from investors led by Foo Capital.")[0]  # SYNTHETIC
    assert (deal.kind, deal.company, deal.amount_usd) == ("round", "Acme", 620e6)


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        ("Das Berliner Startup Acme hat 10 Millionen Euro eingesammelt.", "Acme", 10e6),
        ("Das Münchner KI-Startup Acme sammelt 10 Millionen Euro ein", "Acme", 10e6),
        ("A startup brasileira Acme captou R$ 50 milhões em rodada liderada pela Kaszek.", "Acme", 50e6),
        ("アクメ株式会社が総額10億円の資金調達を実施", "アクメ", 1e9),
    ],
)
def test_verb_after_the_amount_and_legal_forms(text: str, company: str, amount: float) -> None:  # SYNTHETIC
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_original is not None) == ("round", company, True)
    assert deal.amount_usd is not None and deal.amount_usd > 0


@pytest.mark.parametrize(
    "text",
    [
        "Acme announces $50 million stock repurchase",  # SYNTHETIC
        "Acme reportedly raising $100M from Foo Capital",  # SYNTHETIC
        "Acme raises $500 million in IPO",  # SYNTHETIC
    ],
)
def test_more_news_that_is_no_round(text: str) -> None:
    assert parse_deals(text)[0].kind == "other"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("리벨리온, 1650억원 규모 시리즈B 투자 유치", "리벨리온"),
        ("アクメ、シリーズAで10億円調達", "アクメ"),
        ("AIスタートアップのアクメは10億円の資金調達を発表した。", "アクメ"),
        ("東京のアクメ(東京都渋谷区)は、第三者割当増資により5億円を調達したと発表した。", "アクメ"),
    ],
)
def test_cjk_headline_comma_and_descriptions(text: str, company: str) -> None:  # SYNTHETIC
    deal = parse_deals(text, published=date(2024, 5, 1))[0]
    assert (deal.kind, deal.company) == ("round", company)
