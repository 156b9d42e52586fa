"""Rules added for issue 13 from tuning_batch16 (branch fund19; first score on its 22 kept texts: lead F1 0.417, company
0.762, amount 0.667), each checked on the real tuning text that showed the miss (PROVENANCE.md cites each page) and on
one-line inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.investor_lists import lead_investors, split_names
from talentintel.funding.investors import normalize_investor
from tests.funding.tuning_texts import tuning_deals


def _leads(item_id: str) -> set[str]:
    return {normalize_investor(n)[0] for n in tuning_deals(item_id)[0].lead_investors}


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names}


def test_two_investors_that_just_led_a_round_into_a_company() -> None:
    # "PayPal Ventures and General Catalyst just led an $18 million Series A into Kite AI"
    assert _leads("b16-paragraph-kite-a") == {"paypal-ventures", "general-catalyst"}
    text = "Acme Capital and Kite Ventures recently led a €20m seed round into Orbly."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"acme-capital", "kite-ventures"}


def test_an_ampersand_inside_one_firm_name() -> None:
    # "The financing round was led by Green Park & Golf Ventures and included Laboratory Corporation of America"
    assert _leads("b16-360dx-prolocor-seed") == {"green-park-golf-ventures"}
    assert split_names("Blue Harbor & Field Ventures") == ["Blue Harbor & Field Ventures"]  # SYNTHETIC
    # SYNTHETIC: two firms, or two people, joined by "&" stay two
    assert split_names("Kite Capital & Orbly Partners") == ["Kite Capital", "Orbly Partners"]
    assert split_names("Jane Doe & John Roe") == ["Jane Doe", "John Roe"]


def test_a_deal_that_leads_a_weekly_list_is_no_investor() -> None:
    # Headline "Commonwealth Fusion’s Giant Financing Leads Otherwise Slow Week For Big Deals"
    assert _leads("b16-travelstoriz-cfs-b2") == set()
    assert lead_investors("Orbly’s Record Raise Leads A Busy Week For Fintech") == []  # SYNTHETIC
    assert _slugs(lead_investors("Kite Ventures Leads Orbly’s $5M Seed")) == {"kite-ventures"}  # SYNTHETIC


def test_spanish_a_round_in_the_charge_of_a_fund() -> None:
    # "La recaudación de fondos de Mistral AI estuvo a cargo del fondo internacional de capital de riesgo Lightspeed
    # Venture Partners."
    assert _leads("b16-politicayeconomia-mistral") == {"lightspeed-venture-partners"}
    text = "La ronda de 8 millones de euros de Orbly estuvo a cargo de Kite Ventures."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures"}
    assert lead_investors("La empresa está a cargo de Juan Pérez desde 2020.") == []  # SYNTHETIC: who runs it


def _company(item_id: str) -> str | None:
    return tuning_deals(item_id)[0].company


def test_a_subordinate_clause_opener_is_not_the_company() -> None:
    # "While SoftBank is reportedly planning a massive trillion-dollar AI infrastructure ..." gave "While SoftBank".
    assert _company("b16-botmemo-helsing") != "While SoftBank"
    from talentintel.funding.company_spans import names_no_raiser

    assert names_no_raiser("Although Orbly") and names_no_raiser("Whereas Kite Labs")  # SYNTHETIC
    assert not names_no_raiser("Whilesmith Labs")  # SYNTHETIC


def test_a_headline_s_time_span_is_not_the_company() -> None:
    # "Commonwealth Fusion’s Giant Financing Leads Otherwise Slow Week For Big Deals"
    assert _company("b16-travelstoriz-cfs-b2") == "Commonwealth Fusion Systems"
    from talentintel.funding.company_spans import names_no_raiser

    assert names_no_raiser("Busy Month In Fintech") and names_no_raiser("The Week In Review")  # SYNTHETIC
    assert not names_no_raiser("Weekday Labs")  # SYNTHETIC


def test_a_parent_s_role_word_before_the_company_is_not_its_name() -> None:
    # "PureTech Founded Entity Seaport Therapeutics Closes $225 Million Oversubscribed Series B Financing Round"
    assert _company("b16-stockopedia-seaport-b") == "Seaport Therapeutics"
    from talentintel.funding.company import find_company

    assert find_company("Acme Group Subsidiary Orbly Health Raises $12M", "") == "Orbly Health"  # SYNTHETIC


def test_drummed_up_is_a_raise() -> None:
    # "the undertaking introduced that it had drummed up $225 million at a $2.5 billion valuation" (a spun reprint)
    assert tuning_deals("b16-brighthouse-wormhole")[0].amount_usd == 225000000.0
    from talentintel.funding.deals import parse_deals

    deal = parse_deals("Orbly, a payments startup, has drummed up $7 million from angel investors.")[0]  # SYNTHETIC
    assert deal.company == "Orbly" and deal.amount_usd == 7000000.0


def test_numbered_items_with_a_dash_are_the_roundup_s_deals() -> None:
    # "1. Helsing - $691M (Munich) European military tech just landed the week's biggest round." ... "3. Teamworks -
    # $235M (Durham) ... the legacy SaaS company founded in 2004, ..."
    deals = tuning_deals("b16-botmemo-helsing")
    assert [(d.company, d.amount_usd) for d in deals] == [
        ("Helsing", 691e6),
        ("Applied Intuition", 600e6),
        ("Teamworks", 235e6),
    ]
    from talentintel.funding.deals import parse_deals

    text = "Top deals\n1. Orbly - $40M (Berlin) A payments startup.\n2. Vantix - €12M (Paris) Founded in 2019, it sells robots."
    assert [(d.company, d.amount_usd is not None) for d in parse_deals(text)] == [
        ("Orbly", True),
        ("Vantix", True),
    ]  # SYNTHETIC


def test_romance_amount_raised_by_the_company() -> None:
    # "... en témoignent les 200 millions de dollars levés par la start-up anglaise Graphcore."
    assert tuning_deals("b16-electroniques-graphcore")[0].amount_usd == 200000000.0
    from talentintel.funding.money import round_amount

    text = "El mercado premia a los 15 millones de dólares recaudados por la startup chilena Orbly."  # SYNTHETIC
    found = round_amount(text)
    assert found is not None and found[0].amount == 15000000.0


def test_a_digest_titled_funding_and_m_and_a_roundup_is_no_acquisition() -> None:
    # "Funding and M&A Roundup: Energy Storage Firm Aypa Power Secures $320 Million Debt Funding"
    head = tuning_deals("b16-mercomindia-aypa-debt")[0]
    assert (head.kind, head.company, head.amount_usd, head.round) == ("round", "Aypa Power", 320e6, "debt")
    from talentintel.funding.deals import parse_deals

    text = "Deals and M&A Recap: Orbly Secures $12 Million Series A\nOrbly, a payments startup, secured $12 million."
    assert parse_deals(text)[0].kind == "round"  # SYNTHETIC
    assert (
        parse_deals("Orbly completes M&A deal with Vantix, buying the robotics firm.")[0].kind == "other"
    )  # SYNTHETIC


def test_a_facility_s_lead_arrangers_are_its_leads() -> None:
    # "The facility was arranged by Banco Santander, Investec, and Nomura as Coordinating Lead Arrangers and Joint
    # Bookrunners."
    assert _leads("b16-mercomindia-aypa-debt") == {"banco-santander", "investec", "nomura"}
    text = (
        "The $50 million term loan was provided by Kite Bank and Acme Credit as mandated lead arrangers."  # SYNTHETIC
    )
    assert _slugs(lead_investors(text)) == {"kite-bank", "acme-credit"}


def test_a_round_dated_earlier_is_not_this_round_s_lead() -> None:
    # Aptos: "Earlier in July, the startup announced that it raised US$150 Million in a funding round led by FTX
    # Ventures."; Ritual: "Ritual emerged from stealth in November 2023 with a $25 million funding round led by
    # Archetype." Both texts tell a later one-investor extension; the earlier round's lead is not its lead.
    assert "ftx-ventures" not in _leads("b16-cryptocoinopps-aptos-binance")
    assert "archetype" not in _leads("b16-ecgin-ritual-polychain")
    text = "Earlier this year, Orbly raised $5 million in a seed round led by Kite Ventures."  # SYNTHETIC
    assert lead_investors(text) == []
    text = "Orbly launched in March 2021 with a $3 million round led by Kite Ventures."  # SYNTHETIC
    assert lead_investors(text) == []
    text = "Orbly raised $3 million in a seed round led by Kite Ventures."  # SYNTHETIC: no date, this round
    assert _slugs(lead_investors(text)) == {"kite-ventures"}


def test_emerging_from_stealth_names_no_investor() -> None:
    # "Understanding Ritual's Mission and Funding\nRitual emerged from stealth in November 2023 with ..." gave the
    # lead "November 2023" (a heading's "Funding", then "from stealth in November 2023" read as a sole investor).
    assert "november-2023" not in _leads("b16-ecgin-ritual-polychain")
    text = "Our Funding\nOrbly came out from stealth in May 2024 with $4 million from angels."  # SYNTHETIC
    assert "may-2024" not in _slugs(lead_investors(text))
