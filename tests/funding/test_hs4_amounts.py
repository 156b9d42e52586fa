"""Amount and round rules added for issue 13 from tuning_hs4 (the session-4 holdout, scored once, then moved to
tuning; branch fund15), each checked on the real text that showed the miss (PROVENANCE.md cites each page). One-line
inputs marked SYNTHETIC are made up to pin one class of phrasing, not a name.
"""

from __future__ import annotations

from talentintel.funding.money import round_amount
from talentintel.funding.rounds import classify_round
from tests.funding.tuning_texts import tuning_deals


def _amount(text: str) -> float | None:
    found = round_amount(text)
    return found[0].amount if found else None


def test_a_round_dated_in_the_past_is_not_this_round() -> None:
    # "... secure ¥200m ($1.7m)." then "The firm also raised $27m in a Series C round in April 2016."
    head = tuning_deals("hs4-regtechanalyst-bitflyer")[0]
    assert head.amount_usd == 1_700_000 and head.round is None
    # "Refresher: In 2017, Tortuga secured $2.4 million in seed capital" then "A newly announced Series A round will
    # dump $20 million into Tortuga's bank accounts."
    head = tuning_deals("hs4-magneticag-tortuga-a")[0]
    assert head.amount_usd == 20_000_000 and head.round == "series_a"
    synthetic = "Acme closed a $6 million round today. It raised $3 million in a seed round in March 2021."
    assert _amount(synthetic) == 6_000_000  # SYNTHETIC
    synthetic = "In 2019, Acme raised $2 million in seed funding. This week it secured $15 million in Series A funding."
    assert _amount(synthetic) == 15_000_000  # SYNTHETIC
    assert classify_round("Acme secured $4 million. It raised $9 million in a Series B round in May 2018.") is None


def test_an_investors_own_ticket_is_not_the_round() -> None:
    # "has made a new $12.5m investment into Astroscale" ... "Astroscale closed a $109m series F round"
    head = tuning_deals("hs4-investegate-astroscale-f")[0]
    assert head.amount_usd == 109_000_000 and head.round == "series_f"
    synthetic = "Beta Fund has made a $3m investment in Acme, which closed a $40m Series B round led by Gamma."
    assert _amount(synthetic) == 40_000_000  # SYNTHETIC


def test_a_part_of_a_mixed_deal_or_a_backers_share_is_not_the_round() -> None:
    # "has closed a financing deal worth $12 million" then "included a debt and equity with $7.85M raised on equity"
    assert tuning_deals("hs4-guardianng-okra-solar")[0].amount_usd == 12_000_000
    # "raised $90 million ..." then "Overseas Private Investment Corp., which pledged $50 million in debt funding"
    assert tuning_deals("hs4-rew-nova-lumos")[0].amount_usd == 90_000_000
    synthetic = (
        "Acme has secured a $20 million financing. The package includes debt and equity, with $12 million raised "
        "in equity led by Beta Ventures."
    )
    assert _amount(synthetic) == 20_000_000  # SYNTHETIC
    synthetic = "Acme raised $30 million.\nThe Small Business Investment Fund, which committed $10 million in loans."
    assert _amount(synthetic) == 30_000_000  # SYNTHETIC


def test_a_total_of_about_is_the_running_total() -> None:
    # "Lila Sciences' $235 million Series A" then "has raised a total of about $435 million"
    head = tuning_deals("hs4-createsend-lila-a")[0]
    assert head.amount_usd == 235_000_000 and head.round == "series_a"
    synthetic = "Acme's $8 million seed round closed. Acme has raised a total of roughly $11 million."
    assert _amount(synthetic) == 8_000_000  # SYNTHETIC


def test_the_value_of_assets_is_not_money_raised() -> None:
    # "investors have already sent more than $56 million worth of ether and stablecoins to Blast": not the
    # "$20 million initial funding round" (the headline's $55M, also deposits, still wins: see the note in PROVENANCE)
    synthetic = "Acme's $20 million funding round closed. Users have deposited $56 million worth of ether into it."
    assert _amount(synthetic) == 20_000_000  # SYNTHETIC
    # "drawing in $47.5 million worth of series C funding" stays a round's amount
    assert tuning_deals("connectnigeria-cellulant-c")[0].amount_usd == 47_500_000


def test_now_secured_for_a_purpose_is_this_round_and_completed_a_round_opens_a_deal() -> None:
    # "Synthara has now secured USD 11 million to bring its chips to market." then "Neural Concept, which uses AI ...,
    # has completed a financing round of USD 27 million."
    deals = tuning_deals("gruenden-synthara-neural-concept")
    assert [(d.company, d.amount_usd) for d in deals[:2]] == [("Synthara", 11_000_000), ("Neural Concept", 27_000_000)]
    assert _amount("Acme has now raised $9 million to expand into Europe.") == 9_000_000  # SYNTHETIC
    assert _amount("Acme closed a $4 million seed. It has now raised $9 million to date.") == 4_000_000  # SYNTHETIC


def test_a_rounds_size_without_currency_takes_the_texts_one_currency() -> None:
    # "annuncia un ulteriore round di finanziamento da 20 milioni guidato da MIP ... ai 5 milioni di euro raccolti"
    head = tuning_deals("thefoodmakers-miscusi")[0]
    assert head.currency == "EUR" and abs((head.amount_usd or 0) - 23_659_987.06) <= 0.02 * 23_659_987.06
    assert head.lead_investors == ["MIP"]
    synthetic = (
        "La startup ha chiuso un round di finanziamento da 8 milioni. In passato aveva raccolto 2 milioni di euro."
    )
    found = round_amount(synthetic)  # SYNTHETIC
    assert found is not None and (found[0].amount, found[0].currency) == (8_000_000, "EUR")
    # a bare figure in a text of two currencies, or of none, stays unread
    assert round_amount("La empresa cerró una ronda de 25 millones.") is None  # SYNTHETIC


def test_last_years_stage_in_other_languages_and_an_add_on_to_a_stage() -> None:
    # "tras conseguir el año pasado una Serie C de 120 millones de euros": last year's round, not this one's stage
    assert tuning_deals("diariocordoba-glovo-150m")[0].round is None
    # "an add-on that brings its previously announced Series A up to $14 million": the add-on is that stage
    assert tuning_deals("b13-mundolovesex-xealth-a")[0].round == "series_a"
    assert (
        classify_round("Acme cerró una ronda de 8 millones, tras cerrar el año pasado una Serie A.") is None
    )  # SYNTHETIC
    synthetic = "Acme added $2 million, an extension that extends its previously announced Series B to $20 million."
    assert classify_round(synthetic) == "series_b"  # SYNTHETIC


def test_a_led_round_said_with_its_amount_and_other_languages_dates() -> None:
    # "had raised a Series C funding round of $318.8 million, co-led by SoftBank Vision Fund 2i" beats the lede's
    # "more than $300 million"
    assert tuning_deals("medcitynews-xtalpi-c")[0].amount_usd == 318_800_000
    # "Em 2016, a General Motors investiu US$ 1 bilhão" is history; "rodada de financiamento de US$ 150 milhões,
    # liderada pelo fundo Greenoaks" is the round
    assert tuning_deals("noticiasinstantaneas-botcompany")[0].amount_usd == 150_000_000
    # "the $34 million round by cell-culture seafood startup Finless Foods"
    assert tuning_deals("b13-tlw-agrifood-weekly")[0].amount_usd == 34_000_000
    # "(... landed $50 million in Series A funding led by Benchmark back in February), just announced a whopping
    # $680 million in Series B"
    head = tuning_deals("b12-strictlyvc-sorare-b")[0]
    assert head.amount_usd == 680_000_000 and head.round == "series_b"
    synthetic = "Acme has raised more than $40 million. It closed a Series B of $42.5 million, led by Beta Capital."
    assert _amount(synthetic) == 42_500_000  # SYNTHETIC
    synthetic = "Acme raised $5 million in seed funding back in March. Now it has raised $30 million in a Series A."
    assert _amount(synthetic) == 30_000_000  # SYNTHETIC


def test_a_rounds_own_total_after_an_add_on_is_its_amount() -> None:
    # "has added $1 million from a new VC firm for a total of $6 million this year" (the Series A, closed)
    assert tuning_deals("hs4-smilemd-a")[0].amount_usd == 6_000_000
    # "has raised $500,000 in crowdfunding and closed a hefty total funding of $2.5 million"
    assert tuning_deals("whub-origami")[0].amount_usd == 2_500_000
    synthetic = "Acme added $2 million from Beta Ventures for a total of $8 million in the seed round."
    assert _amount(synthetic) == 8_000_000  # SYNTHETIC
    synthetic = "Acme raised a $3 million seed round, bringing its total funding to $8 million."
    assert _amount(synthetic) == 3_000_000  # SYNTHETIC
