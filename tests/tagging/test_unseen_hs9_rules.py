"""Rules from unseen_hs9 (tests/fixtures/tagging/unseen_hs9.jsonl, the session-9 holdout scored once and then moved
to tuning data; issue 18, branch tag37): an employer whose other postings split between the sectors is a mixed shop
and gives no postings prior (tagging/mixed_employers.py); a French city's area by its adjective places the job
(tagging/french_metro_areas.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.company import CompanyContext, company_knowledge
from talentintel.tagging.distance_places import distance_place
from talentintel.tagging.evaluate import tag_item, tag_items
from talentintel.tagging.footprint import without_team_places
from talentintel.tagging.french_metro_areas import french_metro_area
from talentintel.tagging.mixed_employers import mixed_split
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS9 = by_id("unseen_hs9")
DWARVES = [item for key, item in HS9.items() if key.startswith("hs9t-dwarves-")]
FIXED_SIBLINGS = ("hs9t-dwarves-sales-manager", "hs9t-dwarves-fintech-fullstack-malaysia", "hs9t-dwarves-gopher-saigon")


# --- a mixed shop's siblings give no prior -----------------------------------------------------------------------------


@pytest.mark.parametrize("item_id", FIXED_SIBLINGS)
def test_hs9_mixed_employer_postings_stay_none(item_id: str) -> None:
    # real: seven Dwarves Foundation postings, one crypto, one AI, two read both, three naming no sector
    results = dict(zip([i["id"] for i in DWARVES], tag_items(DWARVES), strict=True))
    assert results[item_id].sector_class == "none"
    assert not any("postings" in line for line in results[item_id].evidence["company"])


def test_mixed_split_counts() -> None:
    assert mixed_split({"crypto": 1, "ai": 1, "both": 2, "none": 2}, 0.5)  # the real Dwarves siblings
    assert not mixed_split({"crypto": 3, "both": 1, "none": 2}, 0.5)  # one sector: no split
    assert not mixed_split({"both": 4, "none": 2}, 0.5)  # a crypto-and-AI company says so with both postings
    assert not mixed_split({}, 0.5)


def test_mixed_employer_synthetic_context() -> None:
    # SYNTHETIC: a consultancy's six other postings, split the same way, give no postings prior...
    mixed = company_knowledge("Acme Studio", CompanyContext(postings={"crypto": 2, "ai": 2, "both": 2, "none": 1}))
    assert not any(e["source"] == "postings" for e in mixed.evidence)
    # ...while a crypto employer's majority still gives one (OpenZeppelin's case, unseen_hs5)
    crypto = company_knowledge("Acme Chain", CompanyContext(postings={"crypto": 4, "none": 3}))
    assert crypto.prior.get("crypto", 0) >= 0.8


# --- a French city's area by its adjective -----------------------------------------------------------------------------


@pytest.mark.parametrize("item_id", ["hs9t-rumble-nlp-engineer", "hs9t-rumble-frontend-developer"])
@pytest.mark.parametrize("company_blind", [False, True])
def test_hs9_french_metro_area_places_the_job(item_id: str, company_blind: bool) -> None:
    # real: "En région parisienne ou lilloise, remote essentiellement avec présentiel occasionnel"
    result = tag_item(HS9[item_id], company_blind=company_blind)
    assert (result.regions, result.countries) == (["europe"], ["FR"])


def test_french_metro_area_phrases() -> None:
    real = "### Où ?\n\nEn région parisienne ou lilloise, remote essentiellement avec présentiel occasionnel."
    assert french_metro_area(real) == "région parisienne"
    # SYNTHETIC: another area word and city, and an English text that names none
    assert french_metro_area("Poste basé dans l'agglomération lyonnaise, 2 jours de télétravail.") == (
        "agglomération lyonnaise"
    )
    assert french_metro_area("We work across the region with partners in Paris.") is None
    synthetic = tag_posting(title="Data engineer", description="CDI en métropole lilloise, télétravail partiel.")
    assert (synthetic.regions, synthetic.countries) == (["europe"], ["FR"])


# --- an English location heading with its value on the next line ------------------------------------------------------


@pytest.mark.parametrize("company_blind", [False, True])
def test_hs9_work_location_heading(company_blind: bool) -> None:
    # real: "## Work Location\n\nGlobal Remote" closes the dotbit posting
    result = tag_item(HS9["hs9t-dotbit-social-media-specialist"], company_blind=company_blind)
    assert (result.regions, result.countries) == (["global"], [])


def test_work_location_heading_synthetic() -> None:
    # SYNTHETIC: the same heading naming a city; a bare "## Location" heading stays unread by this rule
    placed = tag_posting(title="Designer", description="We design things.\n\n### Job Location\n\nLisbon, Portugal\n")
    assert (placed.regions, placed.countries) == (["europe"], ["PT"])


# --- a site by its distance from a town --------------------------------------------------------------------------------


@pytest.mark.parametrize("company_blind", [False, True])
def test_hs9_site_by_distance(company_blind: bool) -> None:
    # real: "its chromite processing plant, situated approximately 90km East of Polokwane / 65km West of Burgersfort"
    result = tag_item(HS9["hs9t-execplacements-chrome-plant-foreman"], company_blind=company_blind)
    assert (result.regions, result.countries) == (["africa"], ["ZA"])


def test_distance_place_synthetic() -> None:
    real = "its chromite processing plant, situated approximately 90km East of Polokwane / 65km West of Burgersfort."
    found = distance_place(real)
    assert found is not None and found[0] == "Polokwane" and found[1].countries == ("ZA",)
    # SYNTHETIC: another direction and unit; a distance with no town after it names nothing
    synthetic = distance_place("The mill sits 40 kilometres north-east of Kalgoorlie, fly-in fly-out.")
    assert synthetic is not None and synthetic[1].countries == ("AU",)
    assert distance_place("Runs 10 km of cable per day.") is None


# --- a remote job's seat said as "we are located in" / "operations based in" -------------------------------------------


@pytest.mark.parametrize("company_blind", [False, True])
def test_hs9_remote_job_seat(company_blind: bool) -> None:
    # real: "Remote job"; "We are located in Stockholm but doesn't mean you have to be - this is a remote-friendly
    # workplace."
    result = tag_item(HS9["hs9t-vele-mavenoid-ai-engineer"], company_blind=company_blind)
    assert (result.regions, result.countries) == (["global"], [])


def test_remote_job_seat_synthetic() -> None:
    text = "We're a remote team with core operations based in Denver, Colorado. Work from anywhere."  # SYNTHETIC
    assert "Denver" not in without_team_places(text, remote=True)
    assert "Denver" in without_team_places(text, remote=False)  # an onsite job's seat is its place
