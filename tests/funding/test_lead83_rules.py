"""Lead rules from the holdout error catalog of issue 13, session 20 (branch lead83): the mechanisms behind the lead
misses that each session's holdout showed before any rule was written from it.

Texts are read by id from the tuning fixtures (PROVENANCE.md cites each page); one-line inputs marked SYNTHETIC are
made up to pin one rule and are no labeled data.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_investor, parse_deals
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.lead_along_with import along_with_leads
from talentintel.funding.lead_other_raise import other_raise_leads
from talentintel.funding.lead_sole_split import split_sources
from tests.funding.tuning_texts import tuning_text as _text


def _lead_slugs(item_id: str) -> set[str]:
    return {normalize_investor(n)[0] for n in parse_deals(_text(item_id))[0].lead_investors}


@pytest.mark.parametrize(
    ("item_id", "leads"),
    [
        # "led by Franklin Templeton along with ABCDE and Framework Ventures": no comma, one agent phrase.
        (
            "hs15-techtelegraph-bitlayer-11m-series-a-franklin-templeton",
            {"franklin-templeton", "abcde", "framework-ventures"},
        ),
        # "mené par Lightspeed Venture Partners, et parmi le reste de ses actionnaires figurent Eric Schmidht, ...".
        ("hs18-45secondes-mistral-105m-eur-seed-fr", {"lightspeed-venture-partners"}),
        # "100 billion won from the Advanced Strategic Industry Fund, 30 billion won from the Industrial Bank ...".
        ("amw-upstage-kgf", set()),
        ("hs14-asiae-upstage-560bn-won-national-growth-fund", set()),
        # "Por otro, Rain ... $58 millones en una Serie B liderada por Sapphire Ventures": Rain's lead, not M0's.
        ("hs16-cryptovibe-m0-40m-series-b-rain-58m-es", {"polychain-capital", "ribbit-capital"}),
        # Kept: ", and asset management firm Coeli" is a description and a name, no new clause.
        ("fh-1092", {"m2-asset-management", "coeli"}),
    ],
)
def test_catalog_leads(item_id: str, leads: set[str]) -> None:
    assert _lead_slugs(item_id) == leads


def test_along_with_comma_adds_participants_not_leads() -> None:
    # Real (b14-ideaforge-mobius-labs): the comma sets the list off as participants.
    assert along_with_leads(_text("b14-ideaforge-mobius-labs"), lambda _pos: False) == []
    # SYNTHETIC: "alongside existing investors" names participants even without a comma.
    assert (
        along_with_leads("a round led by Foo Ventures alongside existing investors Bar Capital.", lambda _p: False)
        == []
    )


def test_along_with_no_comma_adds_co_leads() -> None:
    # Real (hs16-lambham-physical-intelligence-400m-bezos-lux-thrive): the description before the names is dropped.
    got = along_with_leads(_text("hs16-lambham-physical-intelligence-400m-bezos-lux-thrive"), lambda _pos: False)
    assert got == ["Lux Capital", "Thrive Capital"]


def test_new_clause_after_comma_and_ends_the_leads() -> None:
    # SYNTHETIC: a clause with a preposition after ", and" is no further name; a bare description is.
    assert lead_investors("The round was led by Foo Ventures, and among the other backers are Bar Capital.") == [
        "Foo Ventures"
    ]
    assert lead_investors("The round was led by Accel, Index Ventures, and a16z.") == [
        "Accel",
        "Index Ventures",
        "a16z",
    ]


def test_split_sources() -> None:
    # SYNTHETIC: two sums from two named sources; one sum from one source.
    assert split_sources("It gets $5 million from Foo Capital and $2 million from Bar Bank.")
    assert not split_sources("It raised $5 million from Foo Capital.")


def test_other_raise_keeps_a_co_lead_of_the_same_sum() -> None:
    # SYNTHETIC: the same $10M in both sentences is one round; a different sum is another raise.
    text = "Acme raised $10M led by Foo Ventures. The $10M round was co-led by Bar Capital."
    assert other_raise_leads(text, ["Foo Ventures", "Bar Capital"], "Acme") == ["Foo Ventures", "Bar Capital"]
    text = "Acme raised $10M led by Foo Ventures. Beta raised $58M led by Bar Capital."
    assert other_raise_leads(text, ["Foo Ventures", "Bar Capital"], "Acme") == ["Foo Ventures"]
