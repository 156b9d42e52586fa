"""Amount rules added for issue 13 from tuning_batch31 (branch fund51; first score on its 18 texts, 11 rounds: amount
0.455, mean 0.666), each checked on the real tuning text that showed the miss (PROVENANCE.md cites each page) and on
one-line inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from datetime import date

from talentintel.funding import parse_deals
from talentintel.funding.cjk import _amounts
from talentintel.funding.dateline import opens_on_wire
from talentintel.funding.extract import split_headline
from talentintel.funding.kind_totals import PERIOD_TOTAL
from talentintel.funding.money import find_money, round_amount
from talentintel.funding.money_history import apart_penalty
from talentintel.funding.money_other_company import investor_vehicle
from talentintel.funding.money_valuation import measures_valuation, prices_the_company
from talentintel.funding.money_year import rate_year
from talentintel.funding.types import Deal
from tests.funding.tuning_texts import tuning_deals


def _amount(text: str) -> float | None:
    found = round_amount(text)
    return found[0].amount if found else None


def test_a_price_per_share_is_not_the_round() -> None:
    # real: "SpaceX raised the funds at $419.99 (roughly Rs. 30,600) a share" beside "$850 million (roughly Rs. 6,190
    # crore)"
    assert tuning_deals("b31-gadgetsndtv-spacex-850m")[0].amount_usd == 850_000_000
    assert prices_the_company("raised the funds at $419.99 (roughly ", ") a share and the latest funding round")
    # SYNTHETIC: Indian filings' "each", French "par action"
    assert prices_the_company("to issue 1,307 preference shares at an issue price of ", " each to raise Rs 50 crore")
    assert prices_the_company("souscrites au prix de ", " par action")
    assert _amount("Beta issued shares at Rs 52,467 each to raise Rs 1,002 crore from Gamma.") == 10_020_000_000
    # SYNTHETIC: "each" of several investors' equal tickets is no share price only when a share is named
    assert not prices_the_company("raised ", " in a Series A round")


def test_a_valuation_with_an_adjective_or_an_approximation_is_not_the_round() -> None:
    # real: "a monster round of funding to value the car-booking company at a whopping $50 billion" beside "has raised
    # close to $1 billion from investors"
    assert tuning_deals("b31-workingwomanreport-uber-1b-2015")[0].amount_usd == 1_000_000_000
    assert prices_the_company("round of funding to value the car-booking company at a whopping ", ", making it")
    # real: "that valued the company at around $12 billion" (b31-dailymail-getir-500m-2023)
    assert prices_the_company("a $768 million funding round led by Mubadala that valued the company at around ", ".")
    # SYNTHETIC
    assert prices_the_company("Acme is now valued at an estimated ", " after the deal")
    assert _amount("Acme raised $40 million, valuing it at approximately $400 million.") == 40_000_000


def test_a_clause_opening_on_last_year_tells_an_earlier_round() -> None:
    # real: "In March last year, Getir closed a $768 million funding round led by Mubadala" after "Getir has raised
    # about $500 million"
    assert tuning_deals("b31-dailymail-getir-500m-2023")[0].amount_usd == 500_000_000
    assert apart_penalty("In March last year, Getir closed a ", " funding round led by Mubadala") >= 5
    # SYNTHETIC: other languages open the same way
    assert apart_penalty("El año pasado, la empresa cerró una ronda de ", " liderada por X") >= 5
    assert apart_penalty("Im vergangenen Jahr hatte Acme ", " eingesammelt") >= 5
    assert apart_penalty("去年公司完成了", "B轮融资") >= 5
    # SYNTHETIC: this year's news is not dated away
    assert apart_penalty("Acme today closed a ", " Series B round") == 0
    assert _amount("Acme raised $20 million this week. Last year, Acme closed a $90 million round led by X.") == (
        20_000_000
    )


def test_a_wire_lede_is_body_not_headline() -> None:
    # real: "April 19 (Reuters) - Turkish delivery company Getir has raised about $500 million ..." opens the text
    assert opens_on_wire("April 19 (Reuters) - Turkish delivery company Getir has raised about $500 million")
    # SYNTHETIC
    assert opens_on_wire("SAN FRANCISCO, March 5, 2024 /PRNewswire/ -- Acme today announced a $12 million round.")
    assert not opens_on_wire("Acme raises $12 million to automate invoices")
    header, body = split_headline("Berlin (Reuters) - Acme raised €5 million.\nThe round was led by X.")
    assert header == "" and body.startswith("Berlin (Reuters)")


def test_a_raise_dated_to_last_years_month_is_converted_at_last_years_rate() -> None:
    # real: "計93億ウォン(約10億4,200万円)のシリーズA資金調達をし、...が昨年6月に投資を受けた後" on a page of 2024-04-09: the
    # round is June 2023's, labeled at the 2023 rate (KRW 1,306.76), not 2024's (1,364)
    deal = tuning_deals("b31-korit-plating-93-eok-won-ja")[0]
    assert deal.amount_usd is not None and abs(deal.amount_usd - 7_116_838.59) <= 0.02 * 7_116_838.59
    # SYNTHETIC
    assert rate_year("Acme closed a €10 million round in March last year.", "€10 million", 2024) == 2023
    assert (
        rate_year("Acme cerró en marzo del año pasado una ronda de 10 millones de euros.", "10 millones", 2024) == 2023
    )
    assert rate_year("该公司去年3月完成了1亿元B轮融资。", "1亿元", 2024) == 2023
    # SYNTHETIC: a bare "last year" compares, and another sentence's date is not the raise's
    assert rate_year("Acme raised €10 million; revenue doubled over last year.", "€10 million", 2024) == 2024
    assert rate_year("Acme raised €10 million. It was founded in March last year.", "€10 million", 2024) == 2024


def test_swiss_francs_are_read_the_swiss_german_way() -> None:
    # real: "Die Kryptowährungsbank Seba sicherte sich 100 Mio. Fr. und der Softwaredienstleister Nextthink 84 Mio."
    found = find_money(
        "Die Kryptowährungsbank Seba sicherte sich 100 Mio. Fr. und der Softwaredienstleister Nextthink 84 Mio."
    )
    assert [(m.currency, m.amount) for m in found] == [("CHF", 100_000_000), ("CHF", 84_000_000)]
    # real: "In einer Serie-C-Runde hat das Zürcher Start-up 585 Millionen Franken eingesammelt."
    assert [
        (m.currency, m.amount) for m in find_money("hat das Zürcher Start-up 585 Millionen Franken eingesammelt")
    ] == [("CHF", 585_000_000)]
    # SYNTHETIC: the code before or after, "Fr." before, Italian-Swiss "franchi"
    for text in ("CHF 12,5 Mio.", "12,5 Mio. CHF", "Fr. 12,5 Mio.", "12,5 milioni di franchi"):
        assert [(m.currency, m.amount) for m in find_money(text)] == [("CHF", 12_500_000)], text


def test_a_coordinated_amount_takes_the_currency_of_the_one_before() -> None:
    # SYNTHETIC (the real case is the Seba/Nextthink sentence above)
    found = find_money("Acme levanta 10 millones de euros y Beta 4 millones.")
    assert [(m.currency, m.amount) for m in found] == [("EUR", 10_000_000), ("EUR", 4_000_000)]
    # SYNTHETIC: counts are no money, nor is an amount in another sentence
    assert len(find_money("Acme recibe 5 millones de euros y llega a 2 millones de usuarios")) == 1
    assert len(find_money("$200 million worth of investments, and sales of more than 10 million vehicles")) == 1
    assert len(find_money("Acme raised 5 Mio. Euro. Beta 3 Mio.")) == 1


def test_a_count_of_financings_beside_the_sum_is_a_market_total() -> None:
    # real: "Schweizer Jungunternehmen haben 2018 mit gesamthaft 230 Finanzierungen 1,2 Mrd. Fr. ... erhalten"
    assert tuning_deals("b31-fuw-swiss-2018-seba-nexthink-de")[0].kind == "other"
    # real: "L’ecosistema startup ... hanno raccolto 1,1 miliardo in ben 204 round" (b31-aziendabanca-...)
    assert PERIOD_TOTAL.search("le startup Made in Italy hanno raccolto solo 1,1 miliardo in ben 204 round")
    # SYNTHETIC
    assert PERIOD_TOTAL.search("Les start-up françaises ont levé 492 millions d'euros en 68 opérations")
    assert not PERIOD_TOTAL.search("Acme a levé 12 millions d'euros en série A")


def test_a_valuation_said_in_other_languages_or_as_a_subject_is_not_the_round() -> None:
    # real: "alcanzar una valoración de 1,000 millones de dólares" and "cuya valoración -basada en la recaudación de
    # fondos en rondas con inversionistas- supera los 1,000 millones de dólares", before "captado 150 millones de euros"
    glovo = tuning_deals("b31-elceo-glovo-150m-eur-es")[0]  # 150 millones de euros; the undated page takes 2025's rate
    assert glovo.currency == "EUR" and glovo.amount_original == "150 millones de euros"
    # real: "Getir’s valuation passed $7.5 billion after an investment round of $555 million"
    assert tuning_deals("b31-hurriyetdailynews-getir-555m")[0].amount_usd == 555_000_000
    # SYNTHETIC
    assert prices_the_company("la start-up est désormais valorisée à ", " d'euros")
    assert prices_the_company("a fintech foi avaliada em ", " após a rodada")
    assert measures_valuation(
        "Its valuation, after the deal, now exceeds $2 billion.", len("Its valuation, after the deal, now exceeds ")
    )
    assert not measures_valuation("Acme raised $20 million.", len("Acme raised "))


def test_latin_american_thousands_commas_before_millones() -> None:
    # real: "supera los 1,000 millones de dólares" (b31-elceo-glovo-150m-eur-es) is 1 billion dollars
    assert [m.amount for m in find_money("supera los 1,000 millones de dólares")] == [1_000_000_000]
    # SYNTHETIC: a decimal comma keeps its place elsewhere ("1,242 miliardi di euro" is 1.242 billion)
    assert [m.amount for m in find_money("1,242 miliardi di euro")] == [1_242_000_000]
    assert [m.amount for m in find_money("1,25 millones de euros")] == [1_250_000]


def test_local_currencies_and_spelled_amounts_are_read() -> None:
    # real (tuning_funds16): "IV Bioseeds ... est clôturé à quarante millions d’euros" read no size before
    assert [(m.currency, m.amount) for m in find_money("est clôturé à quarante millions d’euros")] == [
        ("EUR", 40_000_000)
    ]
    # SYNTHETIC: rupiah with Indonesian scales, naira, dirhams, rand, words in English and Romance languages
    cases = {
        "Acme meraih pendanaan Rp100 miliar": ("IDR", 100e9),
        "Acme raised Rp2,1 triliun": ("IDR", 2.1e12),
        "Acme raised N500 million": ("NGN", 500e6),
        "Acme raised 500 million naira": ("NGN", 500e6),
        "Acme raised 20 million dirhams": ("AED", 20e6),
        "Acme raised 50 million rand": ("ZAR", 50e6),
        "Acme raised half a billion dollars": ("USD", 500e6),
        "Acme a levé un milliard de dollars": ("USD", 1e9),
        "Acme levantó dos millones de dólares": ("USD", 2e6),
    }
    for text, want in cases.items():
        assert [(m.currency, m.amount) for m in find_money(text)] == [want], text
    # SYNTHETIC: a glued "N" only, a range's end, and currencies with no exchange-table row are not read
    assert find_money("N95 masks and N 500 million") == []
    assert find_money("des montants de deux à trois millions d’euros") == []
    assert find_money("Acme raised Sh22 billion") == []


def test_a_named_investors_fund_told_in_apposition_is_not_the_round() -> None:
    # real (tuning, cnbc-doordash-250): "That round was led by SoftBank's $100 billion Vision Fund at just a $1.4 billion
    # valuation": the possessive sizes the investor's fund
    assert investor_vehicle("That round was led by SoftBank's ", " Vision Fund at just a $1.4 billion")
    # SYNTHETIC: the appositive form that won over the round ("raised" +3, "Series A" +2) before
    assert _amount("Acme raised $15 million from Fund X, a $500 million fund, in its Series A.") == 15_000_000
    assert _amount("Acme raised $15 million from Lightspeed's $500 million fund.") == 15_000_000
    assert not investor_vehicle("Acme, a ", " startup, raised")


def test_a_currency_named_before_the_number_and_yuan_after_it() -> None:
    # real (tuning_hs4, hs4-cnyes-coupang-tw-approval): "其中僑外投資約新台幣 278.7 億元"; (tuning_funds15,
    # f15-udn-taiwan-startup-funding-2024): "33.4億美元，約新台幣1072億元": Taiwan dollars, read as yuan before
    assert [a[2] for a in _amounts("其中僑外投資約新台幣 278.7 億元", None)] == ["TWD"]
    assert [a[2] for a in _amounts("台灣新創募資金額為33.4億美元，約新台幣1072億元", None)] == ["USD", "TWD"]
    # SYNTHETIC: a round in Taiwan or Hong Kong dollars, and plain yuan kept
    assert tuning_free_deal("阿克米科技獲得新台幣3億元B輪融資。").currency == "TWD"
    assert tuning_free_deal("阿克米科技完成港幣5億元A輪融資。").currency == "HKD"
    assert tuning_free_deal("阿克米科技宣布完成1.5亿元人民币B轮融资。").currency == "CNY"


def tuning_free_deal(text: str) -> Deal:
    """Deal 1 of a SYNTHETIC one-line text."""
    return parse_deals(text, published=date(2024, 6, 1))[0]
