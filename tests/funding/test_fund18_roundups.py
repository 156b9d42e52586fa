"""Roundups whose later deals were not split out (issue 13): each rule on its real tuning item and a SYNTHETIC
variant in the same language."""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.link_lines import drop_link_lines
from talentintel.funding.segments import split_deals
from tests.funding.tuning_texts import tuning_deals, tuning_text


def _companies(text: str) -> list[str | None]:
    return [d.company for d in parse_deals(text)]


def test_turn_word_after_an_abbreviation_opens_a_deal() -> None:
    deals = tuning_deals("b15-newsx-turing-sakana")
    assert [d.company for d in deals] == ["Turing", "Sakana AI"]
    assert deals[0].round == "series_a"  # "Tokyo-based Turing's ... Series A" goes back to Turing's part


def test_turn_word_after_an_abbreviation_synthetic() -> None:
    text = (  # SYNTHETIC
        "Robotics startup Kestrel Inc. said it raised $40 million from investors including Foo Corp. "
        "Elsewhere, Lumo Health said it raised $12 million in a seed round."
    )
    assert len(split_deals(text)) == 2


def test_bracketed_past_is_not_the_raise_history() -> None:
    deals = tuning_deals("b14-partyzonepa-ruckus-plai")
    assert [(d.kind, d.company) for d in deals[:2]] == [("round", "Ruckus Games"), ("round", "PLAI Labs")]
    assert deals[1].amount_usd == 32_000_000


def test_fund_launch_after_a_round_is_its_own_deal_synthetic() -> None:
    text = (  # SYNTHETIC
        "Studio Nine, a game developer, raised $5 million in seed funding. "
        "Orbit Games (whose founders previously built Zynga titles) has raised a $20 million seed round. "
        "Northwind Capital has announced a new $500 million gaming fund."
    )
    parts = split_deals(text)
    assert len(parts) == 3 and "Orbit Games" in parts[1] and "Northwind" in parts[2]


def test_running_total_with_its_total_funding() -> None:
    deals = tuning_deals("b14-siliconrepublic-crowdstrike-levelup")
    assert [d.company for d in deals] == ["CrowdStrike", "LevelUp"]
    assert deals[1].amount_usd == 50_000_000


def test_running_total_with_its_total_funding_synthetic() -> None:
    text = (  # SYNTHETIC
        "Payments startup Tessel raised $30m in a Series B this week. "
        "Elsewhere, Brightloop raised $12m from Acme Ventures, with its total funding now at $20m."
    )
    assert len(split_deals(text)) == 2


def test_link_lines_are_dropped_from_a_real_roundup() -> None:
    text = tuning_text("b15-blockworkscom-bio-pharos")
    kept = drop_link_lines(text)
    assert "Read more: BIO protocol is pushing" in text and "Read more:" not in kept
    assert tuning_deals("b15-blockworkscom-bio-pharos")[0].company == "BIO Protocol"
    assert tuning_deals("b12-afn-moniepoint-visa")[0].company == "Moniepoint"  # "Read more: https://..." after it


def test_link_lines_before_a_story_never_become_deal_one_synthetic() -> None:
    text = (  # SYNTHETIC
        "Related: Acme Robotics raises $5M seed round to build warehouse arms\n"
        "Read more: Zeta Pay closes $40 million Series B\n"
        "Beta Labs raises $20 million Series A led by Index Ventures\n"
        "Beta Labs, a London-based AI startup, said on Tuesday it raised $20 million in a Series A round led by "
        "Index Ventures, with participation from Seedcamp."
    )
    deals = parse_deals(text)
    assert [(d.company, d.amount_usd) for d in deals] == [("Beta Labs", 20_000_000)]
    assert deals[0].lead_investors == ["Index Ventures"]


def test_completed_a_funding_is_a_raise() -> None:
    deals = tuning_deals(
        "b15-fastnewsglobe-smallcase-abound"
    )  # "Smallcase ... completed a $ 50 million series-D funding"
    assert (deals[0].kind, deals[0].company, deals[0].round) == ("round", "Smallcase", "series_d")


def test_completed_a_funding_is_a_raise_synthetic() -> None:
    text = (  # SYNTHETIC
        "In the last week, Indian startups raised more than $ 120 million across 20 deals.\n"
        "Lendwise, a digital lender, completed a $ 30 million series-B funding. "
        "It included new and current investors with Elevation Capital."
    )
    assert ("round", "Lendwise", 30_000_000) in [(d.kind, d.company, d.amount_usd) for d in parse_deals(text)]


def test_a_round_told_by_its_lead_keeps_the_next_section_apart() -> None:
    deals = tuning_deals("b15-newsflashasia-eyexora-vantage")
    assert [(d.company, d.amount_usd) for d in deals] == [("Eyexora", None), ("Vantage Data Centres", 1_600_000_000)]
    assert deals[0].lead_investors == ["ClavystBio"]


def test_a_round_told_by_its_lead_synthetic() -> None:
    text = (  # SYNTHETIC
        "Healthcare\n\nOptiva launches a platform for retinal drug discovery\n\n"
        "Optiva has announced its launch as a biotech company. The seed financing for Optiva was led by Acme Bio.\n\n"
        "Energy\n\nGridway secures $200 million for European expansion\n\n"
        "Gridway has announced a $200 million investment led by Northstar Partners to grow its battery plants."
    )
    deals = parse_deals(text)
    assert [d.company for d in deals] == ["Optiva", "Gridway"]
    assert deals[0].amount_usd is None and deals[0].lead_investors == ["Acme Bio"]


def test_a_dated_then_opens_the_next_deal() -> None:
    deals = tuning_deals("b15-odaily-puffer-yieldnest")
    found = [(d.company, d.amount_usd) for d in deals]
    assert ("Puffer", 18_000_000) in found and ("YieldNest", 5_200_000) in found


def test_a_dated_then_opens_the_next_deal_synthetic() -> None:
    text = (  # SYNTHETIC
        "Restaking drew two financings this month. First, on May 2, the protocol Stakely completed a $12 million "
        "Series A financing, and then on May 20, the wallet Orbix completed a new round of financing of $3 million."
    )
    assert [(d.company, d.amount_usd) for d in parse_deals(text)] == [("Stakely", 12_000_000), ("Orbix", 3_000_000)]


def test_a_raise_after_an_investment_in_another_company_never_lends_it_its_money() -> None:
    deals = tuning_deals("b15-sipoch-manus")
    assert [d.company for d in deals] == ["Scale AI", "Manus"]
    assert deals[0].amount_usd is None and "Benchmark" not in deals[0].lead_investors
    assert (deals[1].amount_usd, deals[1].lead_investors) == (75_000_000, ["Benchmark"])


def test_a_raise_after_an_investment_in_another_company_synthetic() -> None:
    text = (  # SYNTHETIC
        "Background on robotics investment\n"
        "Earlier this year, Samsung invested in Rainbow Motion, a startup building robot arms.\n"
        "Tessera, financing and expansion\n"
        "According to reports, Tessera raised $40 million in a round led by Lightspeed."
    )
    deals = parse_deals(text)
    assert [d.company for d in deals] == ["Rainbow Motion", "Tessera"]
    assert deals[0].amount_usd is None and deals[1].lead_investors == ["Lightspeed"]
