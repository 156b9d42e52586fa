"""Rules added for issue 13 from tuning_batch24 (branch fund37; first score on its 18 texts, 16 rounds: company 0.750,
amount 0.812, lead F1 0.667, mean 0.803), each checked on the real tuning text that showed the miss (PROVENANCE.md cites
each page) and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.deals import parse_deals
from talentintel.funding.kind_sections import without_section_lists
from talentintel.funding.lead_described_list import described_list_leads, unit_trimmed
from talentintel.funding.segment_items import bullet_subject
from tests.funding.tuning_texts import tuning_deals


def _leads(text: str) -> list[str]:
    return parse_deals(text)[0].lead_investors


def test_a_led_by_list_whose_members_carry_descriptions_is_read_member_by_member() -> None:
    # real: "from a team led by Mobility54, which is the corporate venture capital arm of Toyota Tsusho, Trucks VC — a
    # transportation-focused venture capital (VC) fund ..., and Novastar Ventures — a global VC ..."
    assert tuning_deals("b24-nationafrica-basigo-6-6m")[0].lead_investors == [
        "Mobility54",
        "Trucks VC",
        "Novastar Ventures",
    ]
    # real: "led by the corporate venture capital arm of Toyota Tsusho, Mobility54; a transportation-focused venture
    # capital firm in silicon valley, Trucks VC; and Novastar Ventures, an international venture capital ..."
    assert tuning_deals("b24-maudhui-basigo-sh800m")[0].lead_investors == [
        "Mobility54",
        "Trucks VC",
        "Novastar Ventures",
    ]
    # SYNTHETIC: the same two shapes with other names
    text = (
        "Zeta Robotics has raised $4 million in a round led by Kora Capital, which is the venture arm of Nimbus Group, "
        "Pine Ventures — an early-stage fund in Lagos, and Orbit Partners — a growth investor."
    )
    assert _leads(text) == ["Kora Capital", "Pine Ventures", "Orbit Partners"]
    text = (
        "Zeta Robotics has raised $4 million. The round was led by the strategic arm of Nimbus Group, Kora Capital; an "
        "early-stage fund in Lagos, Pine Ventures; and Orbit Partners, a growth investor."
    )
    assert _leads(text) == ["Kora Capital", "Pine Ventures", "Orbit Partners"]


def test_a_semicolon_before_other_participants_ends_the_list_of_leads() -> None:
    # real (a regression guard): "led by Edaphon; participants include CEFC, QIC, Emmertech ..." (grishin-nl26)
    assert described_list_leads(
        "A$30M, Series B round, led by Edaphon; participants include CEFC, QIC.", ["Edaphon"]
    ) == ["Edaphon"]
    # SYNTHETIC
    text = "Zeta raised $2 million led by Kora Capital; other investors include Pine Ventures, Orbit Partners."
    assert described_list_leads(text, ["Kora Capital"]) == ["Kora Capital"]


def test_an_organisational_unit_noun_is_not_part_of_the_lead() -> None:
    # real: "led by Constellation Software’s Topicus.com division" (b24-lcntoday-league-95m-topicus)
    assert tuning_deals("b24-lcntoday-league-95m-topicus")[0].lead_investors == ["Topicus.com"]
    # SYNTHETIC
    assert unit_trimmed("Nimbus Ventures unit") == "Nimbus Ventures"
    assert unit_trimmed("Kora Capital") == "Kora Capital"


def test_investors_investing_equity_in_a_company_name_it_the_raiser() -> None:
    # real: "Norfund and KLP invest equity in CrossBoundary Energy" then "The $40 million investment is being made via
    # KLP Norfund Investments" (b24-africacapitaldigest-crossboundary-40m)
    assert tuning_deals("b24-africacapitaldigest-crossboundary-40m")[0].company == "CrossBoundary Energy"
    # SYNTHETIC
    text = (
        "Kora Fund and Pine Capital invest equity in Zeta Solar\n\nTwo pension funds are investing equity in Zeta Solar, "
        "a developer of mini-grids. The $12 million investment is being made via Pine Kora Holdings, their joint vehicle."
    )
    assert parse_deals(text)[0].company == "Zeta Solar"


def test_a_raise_tried_or_a_facility_sought_is_no_closed_round() -> None:
    # real: "Lipa Later sought $5 million from UK lender ..." / "tried to raise $5 million to salvage its business" /
    # "the company sought a $5 million facility" (b24-bhluemountain-lipa-later-sought)
    assert tuning_deals("b24-bhluemountain-lipa-later-sought")[0].kind == "other"
    # SYNTHETIC
    text = "Zeta Foods tried to raise $3 million last month, and the company sought a bridge loan from two banks."
    assert parse_deals(text)[0].kind == "other"
    assert parse_deals("Zeta Foods raised $3 million in a seed round led by Kora Capital.")[0].kind == "round"


def test_a_digest_bullet_opening_on_a_lower_case_brand_and_its_place_is_a_deal() -> None:
    # real: "- deepull (Barcelona, Spain) raised $50M in Series C funding ..." (b24-scileads-biopharma-may-2025)
    deals = tuning_deals("b24-scileads-biopharma-may-2025")
    assert [d.company for d in deals][2:4] == ["Etiome", "deepull"]
    assert (deals[2].round, deals[3].round) == ("series_a", "series_c")
    # SYNTHETIC
    assert bullet_subject("- zetaflow (Lyon, France) raised $8M in Series A funding to grow.") == "zetaflow"
    assert bullet_subject("- the market (overall) raised questions about $8M") is None


def test_a_digests_list_of_its_sections_is_no_acquisition_or_ipo() -> None:
    # real: "... insights on biopharma organizations including Funding, Initial Public Offering, Mergers & Acquisitions,
    # Partnerships, and more." then "- Moderna (MA, USA) raised $176M in funding ..." (b24-scileads-biopharma-may-2025)
    first = tuning_deals("b24-scileads-biopharma-may-2025")[0]
    assert (first.kind, first.company, first.amount_usd) == ("round", "Moderna", 176000000.0)
    # SYNTHETIC
    text = "Our weekly digest covers Funding, Mergers & Acquisitions, Partnerships, and more."
    assert "Acquisitions" not in without_section_lists(text)
    assert (
        without_section_lists("Kora Capital acquired Zeta, Pine and Orbit.")
        == "Kora Capital acquired Zeta, Pine and Orbit."
    )
