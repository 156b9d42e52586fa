"""Region rules from the tagging tuning files, issue 18, branch region_t27 (unseen57 was committed alone and scored
once before them): an academic employer's own name places an on-site job that names no other place ("TU Darmstadt",
"Inria Rennes", "HOCHSCHULE AALEN", "Lund University", "Hochschule für Musik Karlsruhe"; institution_places.py), and a
comma list of places in two or more countries names each of them ("Berlin, Toronto, or Berkeley"; place_lists.py).

Only real fixture rows are used, quoted with their ids; the negatives quote the same texts' sentences or the rule's
exclusions.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.institution_places import institution_places
from talentintel.tagging.locations import locate
from talentintel.tagging.place_lists import list_items
from tests.tagging.batches import by_id


@pytest.mark.parametrize(
    ("name", "item_id", "country"),
    [
        ("unseen23", "un23-dod-perun-openings", "DE"),  # "Employment by TU Darmstadt according to TV-H pay scale"
        ("unseen_hs26", "hs26-pg-inria-xai", "FR"),  # "The Inria Rennes - Bretagne Atlantique Centre is one of ..."
        ("unseen_hs26b", "hs26b-bw-aalen-data-science-professor", "DE"),  # "HOCHSCHULE AALEN"
        ("unseen57", "un57-hunt-lund-phd-ml", "SE"),  # "A new PhD position ... is available at Lund University."
        ("unseen57", "un57-aes-ka-music-informatics", "DE"),  # "Die Hochschule für Musik Karlsruhe ist eine ..."
        ("unseen57", "un57-wi-cais-bochum-w2", "DE"),  # "An der Universität Wuppertal hat der*die Stelleninhaber*in"
    ],
)
def test_an_institutions_town_places_the_job(name: str, item_id: str, country: str) -> None:
    tagged = tag_item(by_id(name)[item_id])
    assert set(tagged.countries) == {country}
    assert tagged.regions == ["europe"]


def test_the_employers_town_comes_before_a_place_the_work_travels_to() -> None:
    # "data exchange between The Gambia and University of Tübingen", "willingness to travel to Gambia": Tübingen
    tagged = tag_item(by_id("unseen57")["un57-kp-tue-fair-ai-postdoc"])
    assert set(tagged.countries) == {"DE"} and tagged.regions == ["europe"]


@pytest.mark.parametrize(
    "text",
    [
        "possible visits to University College London and the Italian Institute of Technology",  # unseen57, Southampton
        "im gemeinsamen Verfahren mit der Bergischen Universität Wuppertal",  # unseen57, CAIS: a partner
        "a PhD from Lund University",  # a degree is no employer
        "Georgetown University",  # a town name several countries hold (Guyana's capital, a Texas city)
        "Stanford University",  # a town under 50,000 people
        "tu CV est bienvenu",  # "tu" in French is no Technische Universität
    ],
)
def test_a_partner_a_degree_or_an_ambiguous_name_places_nothing(text: str) -> None:
    assert institution_places(text) == []


@pytest.mark.parametrize(
    ("name", "item_id", "countries"),
    [
        # "This is a contract position located in either Toronto, Berlin, or San Francisco with the possibility ..."
        ("unseen_hs26b", "hs26b-aib-ui-designer", {"CA", "DE", "US"}),
        # "Note: This position is full time and located in either Berlin, Toronto, or Berkeley."
        ("unseen_hs26b", "hs26b-aib-content-writer", {"CA", "DE", "US"}),
        # location "San Francisco, London, India, REMOTE (US)": London is no Kentucky town beside San Francisco
        ("unseen53", "un53-hn-jigsawstack", {"GB", "IN", "US"}),
    ],
)
def test_a_list_of_places_in_several_countries_names_each(name: str, item_id: str, countries: set[str]) -> None:
    assert set(tag_item(by_id(name)[item_id]).countries) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Austin, Texas, USA", ("US",)),  # a state and a country qualify the city
        ("London, Ontario, Canada", ("CA",)),
        ("Córdoba, Andalusia, Spain", ("ES",)),  # Córdoba read alone is Argentina's
        ("New York, NY, United States", ("US",)),
    ],
)
def test_a_city_with_its_qualifiers_is_no_list(text: str, countries: tuple[str, ...]) -> None:
    assert list_items(text) == []
    assert locate(text).countries == countries


def test_a_groups_footprint_list_stays_out() -> None:
    # "an international company ... present in France, Tunisia, Cambodia and China" (unseen_hs6): the group, not the job
    tagged = tag_item(by_id("unseen_hs6")["hs6t-khmercoders-digitarm-developers"])
    assert set(tagged.countries) == {"KH"}
