"""Lead rules of branch lead_f26 (issue 13): a hyphenated VC compound before the lead's name is no part of it ("vom
amerikanischen Top-VC Sequoia", "der renommierte US-VC Andreessen Horowitz"), and a lead the text ties to another stage
with the stage first or as a compound ("their Series A led by Tiger", "its Tiger-led Series A") led an earlier round.

Texts are read by id from the tuning fixtures (PROVENANCE.md cites each page); one-line inputs marked SYNTHETIC are
made up to pin one rule and are no labeled data.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_investor, parse_deals
from talentintel.funding.investor_names import _clean_item
from talentintel.funding.lead_stage import this_rounds_leads
from tests.funding.tuning_texts import tuning_text as _text


def _lead_slugs(item_id: str) -> set[str]:
    return {normalize_investor(n)[0] for n in parse_deals(_text(item_id))[0].lead_investors}


def test_top_vc_compound_is_dropped_from_the_lead() -> None:
    # German fintech news: "– angeführt vom amerikanischen Top-VC Sequoia".
    assert _lead_slugs("b63-financefwd-trade-republic-619m-of-738m-eur-sequoia-angefuehrt-de") == {"sequoia-capital"}


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("amerikanischen Top-VC Sequoia", "Sequoia"),
        ("der renommierte US-VC Andreessen Horowitz", "Andreessen Horowitz"),  # s23-doppelgaenger's words
        ("VC Initiative Ventures", "VC Initiative Ventures"),  # SYNTHETIC: a bare 'VC' opening a name stays
        ("Top-VC", "Top-VC"),  # SYNTHETIC: no name after the compound, nothing is cut
    ],
)
def test_vc_compound_before_a_name(item: str, name: str) -> None:
    assert _clean_item(item) == name


def test_earlier_rounds_compound_lead_is_not_this_rounds() -> None:
    # Reposted Sifted story: "its Tiger-led Series A last September" in a Series B story; the Series B's leads are
    # told later ("Tencent ... co-led the round", "Also co-leading was ... Willoughby Capital").
    leads = _lead_slugs("b63-hacktech-scalapay-497m-series-b-tencent-co-led-also-co-leading-willoughby-en")
    assert "tiger" not in leads and "tencent" in leads


def test_stage_first_lead_of_another_round() -> None:
    # A personal blog: "announced their seed round led by Boldstart, as well as their Series A led by Tiger!"
    assert _lead_slugs("b18-ellenchisa-stellate") == {"boldstart"}


@pytest.mark.parametrize(
    ("text", "stage", "kept"),
    [
        # SYNTHETIC: the compound names this round's own stage, so the lead stays.
        ("Acme closed its Zeta-led Series B of $20 million.", "series_b", ["Zeta"]),
        # SYNTHETIC: stage first, this round's stage.
        ("Acme raised $5 million. The seed round was led by Zeta.", "seed", ["Zeta"]),
        # SYNTHETIC: the deal's stage unknown: nothing is dropped.
        ("Acme raised after its Zeta-led Series A.", None, ["Zeta"]),
    ],
)
def test_own_stage_or_unknown_stage_keeps_the_lead(text: str, stage: str | None, kept: list[str]) -> None:
    assert this_rounds_leads(text, ["Zeta"], stage) == kept
