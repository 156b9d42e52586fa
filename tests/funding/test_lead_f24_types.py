"""A title-case type word before a lead's name is no part of it (session 24, branch lead_f24, issue 13).

Real texts read by id from the tuning fixtures (PROVENANCE.md cites each page); the split_names inputs are quoted from
those pages or, marked SYNTHETIC, made up to pin what the rule must leave alone.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_investor, parse_deals
from talentintel.funding.investor_names import split_names
from tests.funding.tuning_texts import tuning_text as _text


def _lead_slugs(item_id: str) -> set[str]:
    return {normalize_investor(n)[0] for n in parse_deals(_text(item_id))[0].lead_investors}


@pytest.mark.parametrize(
    ("item_id", "leads"),
    [
        # "Chinese MNC Alibaba has reportedly led a funding round of over US$ 600 million" (cdomagazine).
        ("b23-cdomagazine-alibaba-minimax-600m", {"alibaba"}),
        # "en una operación liderada por el fondo Venture Capital CRV, uno de los más antiguos de Silicon Valley".
        ("b56-cronicaglobal-factorial-crv-polaroo-es", {"crv"}),
    ],
)
def test_type_word_before_lead(item_id: str, leads: set[str]) -> None:
    assert _lead_slugs(item_id) == leads


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("Chinese MNC Alibaba", ["Alibaba"]),
        ("el fondo Venture Capital CRV, uno de los más antiguos de Silicon Valley", ["CRV"]),
        # SYNTHETIC: a firm whose own name starts with the word, or where only a kind word would remain.
        ("VC Initiative Ventures", ["VC Initiative Ventures"]),
        ("Venture Capital Partners", ["Venture Capital Partners"]),
        ("Venture Capital Fund of America", ["Venture Capital Fund of America"]),
    ],
)
def test_split_names_type_word(phrase: str, names: list[str]) -> None:
    assert split_names(phrase) == names
