"""Rules added for issue 13 from tuning_batch18 (branch fund22; first score on its 27 texts: lead F1 0.476, amount
0.556, company 0.519, mean 0.703), each checked on the real tuning text that showed the miss (PROVENANCE.md cites each
page) and on one-line inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.investors import normalize_investor
from talentintel.funding.money import round_amount
from talentintel.funding.text_repairs import space_run_on_sentences
from tests.funding.tuning_texts import tuning_deals


def _leads(item_id: str) -> set[str]:
    return {normalize_investor(n)[0] for n in tuning_deals(item_id)[0].lead_investors}


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names}


def test_a_lead_participle_clause_ends_where_the_round_becomes_the_subject() -> None:
    # "Led by Deerfield Management, the funding round saw participation from existing investors Petrichor ..., Flying L
    # Partners, Falcon Vision, ... and Visionary Ventures" named the participants as leads.
    assert _leads("b18-pbr-aurion") == {"deerfield-management"}
    text = "Spearheaded by Kite Ventures, the seed round also drew Orbly Capital and Acme Partners."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures"}
    # SYNTHETIC: an appositive about the lead ("the investment arm of ...") does not end the list of leads
    text = "The round was led by Kite Ventures, the investment arm of Orbly, and Acme Partners."
    assert _slugs(lead_investors(text)) == {"kite-ventures", "acme-partners"}


def test_a_month_adverbial_before_the_leads_is_not_part_of_a_name() -> None:
    # "..., and in August Point72 Ventures and Goldman Sachs Principal Strategic Investments led a $42 million Series B"
    # gave the lead "August Point72 Ventures".
    assert _leads("b18-americanbanker-credijusto") == {
        "point72-ventures",
        "goldman-sachs-principal-strategic-investments",
    }
    text = "Orbly raised $5M in May. In June Kite Ventures and Acme Capital co-led its $20M Series A."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures", "acme-capital"}


def test_a_full_stop_glued_to_the_next_sentence_is_a_sentence_end() -> None:
    # A PDF-to-text newsletter: "... headed into a pivotal study.Polaris Partners led the round alongside ..." gave the
    # lead "study.Polaris Partners".
    assert "polaris-partners" in _leads("b18-ancora-tessa-degron")
    assert "study-polaris-partners" not in _leads("b18-ancora-tessa-degron")
    assert space_run_on_sentences("It closed its trial.Kite Ventures led the round.") == (  # SYNTHETIC
        "It closed its trial. Kite Ventures led the round."
    )
    # SYNTHETIC: domains, initials and abbreviations keep their stops
    for kept in ("Orbly sells on Booking.com today.", "a U.S.Army contract", "e.g.Apple and others"):
        assert space_run_on_sentences(kept) == kept


def test_a_bare_dollar_after_an_explicit_us_dollar_figure_is_the_local_dollar() -> None:
    # An Australian paper: "a $US80 million ($102 million) Series C funding round" gave the A$102 million.
    deal = tuning_deals("b18-afr-halodoc-c")[0]
    assert deal.amount_usd == 80_000_000.0
    money = round_amount("Orbly closed a US$12 million (S$16.2 million) Series A led by Kite Capital.")  # SYNTHETIC
    assert money is not None and money[0].amount == 12_000_000.0 and money[0].currency == "USD"
    # SYNTHETIC: a bare "$" figure restated in US dollars keeps the US-dollar reading
    deal = parse_deals("Orbly raised S$20 million (US$15 million) in a Series B led by Kite Capital.")[0]
    assert deal.amount_usd == 15_000_000.0


def test_a_headline_figure_in_the_currency_the_body_restates_into_is_not_the_amount() -> None:
    # Headline "raises £4m", body "has successfully raised $5 million (approximately £4 million)" gave £4m.
    assert tuning_deals("b18-coincitrus-architect")[0].amount_usd == 5_000_000.0
    text = "Orbly bags €9m for its app\nOrbly has raised $10 million (about €9 million) in a seed round."  # SYNTHETIC
    money = round_amount(text)
    assert money is not None and (money[0].amount, money[0].currency) == (10_000_000.0, "USD")


def test_a_later_single_investor_part_is_no_lead_when_the_round_came_from_many() -> None:
    # "raised the fresh cash from a total of 69 investors including ..." then "FTX said it also scored an additional
    # $100 million from Temasek" gave Temasek as the lead of the round.
    assert _leads("b18-businessnews-ftx-b-topup") == set()
    text = (  # SYNTHETIC
        "Orbly raised $30 million from 12 investors including Kite Capital and Acme Partners. "
        "It also received an extra $5 million from Lumen Ventures."
    )
    assert lead_investors(text) == []
    assert _slugs(lead_investors("Orbly raised $30 million from Kite Capital.")) == {"kite-capital"}  # SYNTHETIC


def test_a_decimal_point_or_a_rand_figure_is_no_investor_name() -> None:
    # "R1.5-billion in 2018, up from R1.1-billion in 2017", "a R30-million investment from Naspers’s R1.4-billion ...
    # fund Naspers Foundry" gave the lead "R1".
    assert _leads("b18-ventureburn-sa-2019") == set()
    text = "Orbly's sales grew to R2.5-billion, up from R1.9-billion in 2022. It raised R40-million from Kite Capital."
    assert _slugs(lead_investors(text)) == {"kite-capital"}  # SYNTHETIC


def test_a_change_in_a_total_is_not_a_round() -> None:
    # "The medtech sector has already seen an increase of CHF50m in funding" was taken over "the CHF134m financing of
    # Distalmotion".
    deal = tuning_deals("b18-manufacturingchemist-swiss-medtech")[0]
    assert deal.amount_usd is not None and abs(deal.amount_usd - 134_000_000 / 0.8984) <= 0.02 * deal.amount_usd
    text = "Fintech funding saw an increase of $40m last quarter. Orbly raised $12m in a seed round."  # SYNTHETIC
    money = round_amount(text)
    assert money is not None and money[0].amount == 12_000_000.0


def test_a_deal_a_raise_verb_lands_is_the_round() -> None:
    # "The startup announced in February that it had landed a R167-million deal" lost to a later "over R60-million
    # round" in a roundup whose first raise is RapidDeploy's.
    deal = tuning_deals("b18-ventureburn-sa-2019")[0]
    assert deal.amount_usd is not None and abs(deal.amount_usd - 167_000_000 / 14.4475) <= 0.02 * deal.amount_usd
    text = "Orbly said it had secured a $9 million deal. Kite, a rival, closed a $3 million round."  # SYNTHETIC
    money = round_amount(text)
    assert money is not None and money[0].amount == 9_000_000.0
    # SYNTHETIC: a commercial deal that no raise verb lands stays out
    text = "Orbly revealed a $3 billion cloud hosting deal. It priced $1.1 billion of convertible notes."
    money = round_amount(text)
    assert money is None or money[0].amount != 3_000_000_000.0


def test_the_companys_own_shareholder_named_in_an_appositive_is_the_one_investor() -> None:
    # "Lucid Group, Inc. announced that it has entered into agreements with its majority stockholder, Ayar Third
    # Investment Company (an affiliate of the Public Investment Fund), to secure $750,000,000 ..." named no lead.
    assert _leads("b18-fundingsecured-lucid") == {"ayar-third-investment-company"}
    text = (  # SYNTHETIC
        "Orbly Inc. announced that it has entered into an agreement with its largest shareholder, "
        "Kite Capital Partners, to sell $40 million of preferred stock."
    )
    assert _slugs(parse_deals(text)[0].lead_investors) == {"kite-capital-partners"}
