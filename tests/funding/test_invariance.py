"""Name-shape invariance of `parse_deals`: a real tuning text with its company or lead swapped for an unseen name
must give that name back (scripts/funding_invariance.py measures it over every tuning round).

Every variant below is SYNTHETIC: a real text of the named tuning file with one name replaced, labeled here by the
swap (the expected answer is the swapped name). The originals are real (tests/fixtures/funding/PROVENANCE.md).
"""

from __future__ import annotations

import pytest

from talentintel.funding.deals import parse_deals
from talentintel.funding.lower_brands import brand_words
from tests.funding.tuning_texts import real_text as _real
from tests.funding.tuning_texts import swapped_text as _synthetic


@pytest.mark.parametrize("brand", ["zentra", "plinko"])
def test_a_lowercase_brand_is_the_company(brand: str) -> None:
    # SYNTHETIC: devset fh-1122 ("RecargaPay bags $70m Series C") with RecargaPay written as a lowercase brand.
    text = _synthetic("devset.jsonl", "fh-1122", {"RecargaPay": brand})
    head = parse_deals(text)[0]
    assert head.company == brand  # was "Brazilian Fintech": no lowercase word was ever a candidate
    assert head.amount_usd == 70_000_000


def test_a_lowercase_brand_in_a_headline_only() -> None:
    # SYNTHETIC: devset fh-1124 ("Descomplica banks $84.5m investment"), the raiser named once, in the headline.
    text = _synthetic("devset.jsonl", "fh-1124", {"Descomplica": "zentra"})
    assert parse_deals(text)[0].company == "zentra"  # was "Valor Capital Group", the first lead


def test_lowercase_words_that_are_no_brand() -> None:
    # Real texts: a careless lowercase headline ("digital bank Northmill raises €24.7M") and a name with its first
    # letter lost ("Valiu snags ..." then "aliu, a blockchain-based ..."): neither word is a brand.
    assert brand_words(_real("devset.jsonl", "fh-1092")) == set()
    assert brand_words(_real("devset.jsonl", "fh-1120")) == set()
    assert parse_deals(_real("devset.jsonl", "fh-1120"))[0].company == "Valiu"


@pytest.mark.parametrize("firm", ["Morgan & Reyes", "Hale & Okafor"])
def test_an_ampersand_firm_announcing_its_lead(firm: str) -> None:
    # SYNTHETIC: devset dd-prime-intellect ("Radical Ventures announced our lead investment in Prime Intellect's
    # $130M Series A") with the lead an "X & Y" firm.
    text = _synthetic("devset.jsonl", "dd-prime-intellect", {"Radical Ventures": firm})
    head = parse_deals(text)[0]
    assert head.lead_investors == [firm]  # was the last word only ("Reyes")
    assert head.company == "Prime Intellect"  # was the firm itself


def test_a_firm_named_like_a_place_keeps_its_name() -> None:
    # SYNTHETIC: devset fh-1122 ("... raised $70 million in Series C funding from Fuel Venture Capital and IDC
    # Ventures") with two unseen leads; "Quillon" is also a place name, which the place-dropping rule cut off.
    text = _synthetic(
        "devset.jsonl", "fh-1122", {"Fuel Venture Capital": "Quillon Labs", "IDC Ventures": "Brenvik Labs"}
    )
    assert parse_deals(text)[0].lead_investors == ["Quillon Labs", "Brenvik Labs"]  # was ["Labs", "Brenvik Labs"]
