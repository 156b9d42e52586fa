"""A lead told as a person who acts for a fund reads as the fund (branch lead_f25, issue 13): "David Aronoff from
Flybridge Capital leading", "dipimpin oleh Charles Hudson, mitra pengelola dan pendiri Precursor Ventures".

Texts are read by id from the tuning fixtures (PROVENANCE.md cites each page); one-line inputs marked SYNTHETIC are
made up to pin one rule and are no labeled data.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_investor, parse_deals
from talentintel.funding.lead_partner_firm import partner_firm_leads
from tests.funding.tuning_texts import tuning_text as _text


def _lead_slugs(item_id: str, deal: int = 0) -> set[str]:
    return {normalize_investor(n)[0] for n in parse_deals(_text(item_id))[deal].lead_investors}


@pytest.mark.parametrize(
    ("item_id", "leads"),
    [
        # A blog post: "David Aronoff from Flybridge Capital leading a strong new round".
        ("s23-apiary-6-8m-series-a-flybridge-en", {"flybridge-capital"}),
        # Indonesian: "dipimpin oleh Charles Hudson, mitra pengelola dan pendiri Precursor Ventures".
        ("b56-newsroomid-why-seed-precursor-partner-id", {"precursor-ventures"}),
    ],
)
def test_partner_reads_as_the_fund(item_id: str, leads: set[str]) -> None:
    assert _lead_slugs(item_id) == leads


def test_appositive_partner_at_fund() -> None:
    text = "The round was led by Todd Cozzens, managing partner at Transformation Capital."  # SYNTHETIC
    assert partner_firm_leads(["Todd Cozzens"], text) == ["Transformation Capital"]


def test_person_without_a_fund_stays() -> None:
    # A person of a company that is no fund invests for herself ("Jane Doe of Zeta"). SYNTHETIC
    text = "The round was led by Jane Doe of Zeta, with participation from Acme Ventures."
    assert partner_firm_leads(["Jane Doe"], text) == ["Jane Doe"]


def test_fund_already_named_is_kept_once() -> None:
    text = "led by Precursor Ventures and Charles Hudson, a partner at Precursor Ventures"  # SYNTHETIC
    assert partner_firm_leads(["Precursor Ventures", "Charles Hudson"], text) == ["Precursor Ventures"]
