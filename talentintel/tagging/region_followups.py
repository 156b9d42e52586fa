"""Second looks at a posting's regions once the README rules have run (regions.posting_regions): a title's territory
word beside a concrete title place (title_territory); for a remote job the rules found no place for, a restriction
said in other words than their English cues (restriction_phrases, remote_work_places: "Work in the UK ... fully
remote") or a hybrid week at the employer's own office (hybrid_office); with no place at all, a Brazilian state's code
(brazil_states), a French town by its département number (departement_codes), a French city's area by its adjective
(french_metro_areas), an Indonesian regency or province by its administrative word (indonesian_divisions), a site by its distance from a town (distance_places) or a US state named in the text of an
on-site job (us_state_text) or a country's hiring system or company form (hiring_systems); and a hybrid job the "remote anywhere = global" fallback would call worldwide
(hybrid_mode)."""

from __future__ import annotations

from collections.abc import Sequence

from talentintel.tagging.brazil_states import brazil_state_slot
from talentintel.tagging.departement_codes import FRANCE, departement_town
from talentintel.tagging.distance_places import distance_place
from talentintel.tagging.french_metro_areas import french_metro_area
from talentintel.tagging.hiring_systems import hiring_system_place
from talentintel.tagging.hybrid_mode import hybrid_mode
from talentintel.tagging.hybrid_office import hybrid_office
from talentintel.tagging.indonesian_divisions import INDONESIA, indonesian_division
from talentintel.tagging.locations import LocationResult
from talentintel.tagging.pay_places import pay_places
from talentintel.tagging.regions import GLOBAL_FALLBACK, RegionResult
from talentintel.tagging.remote_work_places import remote_work_places
from talentintel.tagging.restriction_phrases import restriction_places
from talentintel.tagging.title_territory import concrete_over_territory, employer_slots
from talentintel.tagging.us_state_text import us_state_in_text


def _fell_back(found: RegionResult) -> bool:
    """Whether the only region is the fallback's "global" (remote, no place named anywhere)."""
    return found.regions == {"global"} and not found.countries and GLOBAL_FALLBACK in found.evidence


def _anywhere_field(found: RegionResult) -> bool:
    """Whether the only region is "global" read from a location field that says anywhere ("Anywhere in the World",
    "Worldwide": a board's default) with no other place: like the fallback, it yields to a stated restriction ("This
    is a North America-based role", issue 18 unseen43)."""
    return (
        found.regions == {"global"}
        and not found.countries
        and bool(found.evidence)
        and all(e.get("field") == "location" and e.get("regions") == ["global"] for e in found.evidence)
    )


def _replace_fallback(found: RegionResult, places: Sequence[tuple[str, LocationResult]], confidence: float) -> None:
    found.regions = set()
    found.evidence = [e for e in found.evidence if e != GLOBAL_FALLBACK]
    for raw, loc in places:
        found.add("description", raw, loc)
    found.confidence = confidence


def _unplaced(found: RegionResult, title: str, text: str, locations: Sequence[str], company: str | None = None) -> None:
    """No country anywhere, and no region but perhaps the fallback's "global"."""
    restricted = restriction_places(text) if _fell_back(found) or _anywhere_field(found) else []
    if not restricted and _fell_back(found):  # "Work in the UK or in Berlin, Germany fully remote"
        restricted = [(w.raw, w.place) for w in remote_work_places(text)]
    office = hybrid_office(text) if not restricted and _fell_back(found) else None
    if office is not None:  # "Remote" in the field, a hybrid week at "our ... Berlin office" in the text
        restricted = [(office.raw, office.place)]
    if restricted:
        _replace_fallback(found, restricted, 0.6)
        return
    state = brazil_state_slot(title, locations, text)
    if state is not None:
        _replace_fallback(found, [(state, LocationResult(("BR",), ("latam",), False, (state,)))], 0.7)
        return
    town = departement_town(text) if not found.regions and not found.remote else None
    if town is not None:  # "basé à Lavaur (81)": a French town by its département number
        _replace_fallback(found, [(town, FRANCE)], 0.6)
        return
    metro = french_metro_area(text) if not found.regions or _fell_back(found) else None
    if metro is not None:  # "En région parisienne ou lilloise": a French city's area by its adjective
        _replace_fallback(found, [(metro, FRANCE)], 0.6)
        return
    division = indonesian_division(locations, text) if not found.regions else None
    if division is not None:  # "Kabupaten Penukal Abab Lematang Ilir": a regency too small for the gazetteer
        _replace_fallback(found, [(division, INDONESIA)], 0.6)
        return
    site = distance_place(text) if not found.regions and not found.remote else None
    if site is not None:  # "situated approximately 90km East of Polokwane": a site by its distance from a town
        _replace_fallback(found, [site], 0.5)
        return
    stated = pay_places(text) if not found.regions and not any(x.strip() for x in locations) else []
    if stated:  # "New York Pay Range:", "relocate to New York, NY", "US-based job postings" (pay_places.py)
        _replace_fallback(found, stated, 0.5)
        return
    us_state = us_state_in_text(text) if not found.regions and not found.remote else None
    if us_state is not None:
        _replace_fallback(found, [(us_state, LocationResult(("US",), ("us",), False, (us_state,)))], 0.5)
        return
    system = hiring_system_place(text, company) if not found.regions and not found.remote else None
    if system is not None:  # "[CANDIDATES WHO REQUIRE WORK PASSES NEED NOT APPLY]", "Pte. Ltd." (hiring_systems.py)
        _replace_fallback(found, [system], 0.5)
        return
    mode = hybrid_mode(title, locations) if _fell_back(found) else None
    if mode is not None:
        _replace_fallback(found, [], 0.0)
        found.evidence.append({"rule": f"a {mode} job names an office: no worldwide remote"})


def follow_up(
    found: RegionResult, title: str, text: str, locations: Sequence[str], company: str | None = None
) -> RegionResult:
    employer_slots(found, company)
    concrete_over_territory(found)
    if not found.countries and (not found.regions or _fell_back(found) or _anywhere_field(found)):
        _unplaced(found, title, text, locations, company)
    return found
