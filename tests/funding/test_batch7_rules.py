"""Lead, amount and round rules added for issue 13's seventh batch, each checked on the real text that showed the miss.

Texts are read by id from tests/fixtures/funding/tuning_batch7.jsonl (PROVENANCE.md cites each page); one-line inputs
marked SYNTHETIC are made up to pin one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentintel.funding import normalize_investor
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.money import find_money, round_amount
from talentintel.funding.rounds import classify_round
from tests.funding.tuning_texts import tuning_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


_text = tuning_text


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names}


@pytest.mark.parametrize(
    ("item_id", "leads"),
    [
        # "led by Zoo Capital, Sequoia Capital China and Dragonfly Capital, and joined by Tiger Global"
        ("bloombergquint-babel-a", {"zoo-capital", "hongshan", "dragonfly"}),
        ("thenational-babel-a", {"zoo-capital", "hongshan", "dragonfly"}),
        # "Haun Ventures is co-leading the Series A in Conduit alongside Paradigm"
        ("haun-conduit-a", {"haun-ventures", "paradigm"}),
        # "Folius Ventures took the lead alongside SevenX Ventures"
        ("trendingcrypto-matr1x", {"folius-ventures", "sevenx-ventures"}),
        # "Andreessen Horowitz (a16z) Growth Fund"; "with ... GP Angela Strange leading Sardines’ previous round"
        ("cryptoproductivity-sardine-b", {"andreessen-horowitz"}),
        # "led by the Digital East Fund of Earlybird Venture Capital and OTB Ventures"
        ("venturename-fintechos", {"earlybird-venture-capital", "otb-ventures"}),
        # Portuguese: "um investimento de 90 milhões de dólares feito pelo gigante chinês Tencent"
        ("veja-nubank-tencent", {"tencent"}),
        # Spanish: "La Serie B la lidera Seven Seven Six (776), la firma de Alexis Ohanian"
        ("lanetaneta-prenda-b", {"seven-seven-six"}),
        # "liderada por ... SoftBank Group Corp. y ... Tencent Holdings Ltd."
        ("infobae-uala-d", {"softbank", "tencent"}),
        # tuning_batch7b (scored once after the rules above, then studied):
        # "The round was led jointly by gaming and Web3 investor Bitkraft Ventures, Makers Fund and Animoca Brands"
        ("pocketgamer-forge-seed", {"bitkraft-ventures", "makers-fund", "animoca-brands"}),
        # "led by UOB Venture Management, part of Singapore’s United Overseas Bank (UOB)"
        ("theinvestorvn-buymed-b", {"uob-venture-management"}),
        # French: "menée par un important investisseur ... en 2026"; "mené par Shield Capital, une société de ..."
        ("techtribune-starfish-fr", {"shield-capital"}),
        # "led by local private equity firm TPG’s global impact investing platform TPG Rise"
        ("renewablesnow-form-e", {"tpg-rise"}),
        # Spanish: "estuvo dirigida por las firmas de inversión Paradigm y Coatue"
        ("notimundo-opensea-c", {"paradigm", "coatue"}),
        # "a Series E round managed by BlackRock and several other lead investors"
        ("benzinga-keeptruckin-e", {"blackrock"}),
        # "led by DST Global, while other previous investors Founders Fund and Susa Ventures also took part"
        ("freightwaves-flexport-c", {"dst-global"}),
        # "was led by Sozo Ventures and also included Madrona Venture Group, ..."
        ("sourcingjournal-leaf-b", {"sozo-ventures"}),
    ],
)
def test_batch7_leads(item_id: str, leads: set[str]) -> None:
    assert _slugs(lead_investors(_text(item_id))) == leads


def test_a_list_ends_at_an_infinitive() -> None:
    # SYNTHETIC: "to <verb>" ends a list of names whatever the verb.
    assert _slugs(lead_investors("Acme raises $5M led by Foo Ventures to sniff out fraud • TechCrunch")) == {
        "foo-ventures"
    }


@pytest.mark.parametrize(
    ("item_id", "amount", "currency"),
    [
        # "No total, o banco digital já captou mais de 420 milhões": a running total, not the round
        ("veja-nubank-tencent", 90e6, "USD"),
        # "había recaudado poco más de $ 26 millones": an earlier raise; "anuncia $ 20 millones en fondos"
        ("lanetaneta-prenda-b", 20e6, "USD"),
        # an earlier report's $500 million vs the confirmed "$600 millones" of the headline
        ("silicones-lyft-600", 600e6, "USD"),
        # "113 million pounds (SUS$193.6 million)": the paper's Singapore-dollar restatement is no US-dollar echo
        ("businesstimes-monzo-2019", 113e6, "GBP"),
        # "has so far netted $63.5 million" is the running total; "it has obtained $51.5 million" is the round
        ("theinvestorvn-buymed-b", 51.5e6, "USD"),
    ],
)
def test_batch7_amounts(item_id: str, amount: float, currency: str) -> None:
    text = _text(item_id)
    found = round_amount(text, body_start=text.find("\n") + 1)
    assert found is not None
    money, echo = found
    best = echo or money
    assert (best.amount, best.currency) == (amount, currency)


def test_a_lettered_dollar_prefix_starts_a_word() -> None:
    # SYNTHETIC
    found = [(m.amount, m.currency) for m in find_money("S$4M, US$3M, and SUS$193.6 million")]
    assert found == [(4e6, "SGD"), (3e6, "USD")]


def test_an_earlier_rounds_stage_is_not_this_rounds() -> None:
    # "raised $10.4M in new venture funding. BetterDoctor had previously attracted $2.6M in seed funding."
    text = _text("jtam-weekly-2014-06-30").split("\n  • ")[1]
    assert classify_round(text) is None
    # SYNTHETIC: a stage named after the earlier one still counts.
    assert classify_round("Foo previously raised a seed round. Today it closed a Series A.") == "series_a"


def test_japanese_named_lead_investor_role() -> None:
    # "リード投資家を務めたメルカリ、GMO Venture Partners、…を引受先とした" (seolpo-braincat-seed): the name after the role.
    from talentintel.funding.cjk import _leads

    assert _leads(_text("seolpo-braincat-seed")) == ["メルカリ"]


def test_compared_and_dated_rounds_are_not_this_round() -> None:
    # "ahead of Brazilian challenger NuBank’s $400 million fundraise"; "Chime’s $200 million March 2019 funding round".
    found = round_amount(_text("fintechfutures-chime-e"))
    assert found is not None and found[0].amount == 500e6
    # SYNTHETIC
    found = round_amount("Acme raised $30 million in a Series B, compared with Foo's $50 million raise.")
    assert found is not None and found[0].amount == 30e6
