"""A territory word in a title yields to a concrete place in the same title, as it yields to one in the location
(README region rule 3): "Lead Engineer - ANZ - Wellington - Permanent" is Wellington, not Australia + New Zealand
(issue 18, unseen25: ANZ is the bank). And a title slot that is the employer's own name names the employer, not a
place: "[BELO HORIZONTE, MG] VAGA DESENVOLVEDOR JAVA [EFETIVA] | BHS" is BHS, not the Bahamas' ISO code (unseen25,
scored on arrival after the rules). Only title slots are dropped; the location's own places never are."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from talentintel.tagging.gazetteer import fold, gazetteer
from talentintel.tagging.locations import locate

if TYPE_CHECKING:
    from talentintel.tagging.regions import RegionResult


def _territory(raw: str) -> bool:
    """Whether a title slot names only region words ("EMEA", "ANZ", "APAC Remote"), no city or country."""
    places = locate(raw).places
    words = gazetteer().region_words
    return bool(places) and all(fold(p) in words for p in places)


def _union(entries: list[dict[str, Any]], key: str) -> set[str]:
    return {value for e in entries for value in e.get(key, ())}


def _drop(found: RegionResult, dropped: list[dict[str, Any]], rule: str) -> None:
    kept = [e for e in found.evidence if e not in dropped]
    found.countries -= _union(dropped, "countries") - _union(kept, "countries")
    found.regions -= _union(dropped, "regions") - _union(kept, "regions")
    found.evidence = [*kept, {"rule": rule}]


def employer_slots(found: RegionResult, company: str | None) -> None:
    """Drop a title slot that is the employer's name ("… | BHS" at BHS) (in place, on `found`)."""
    title = [e for e in found.evidence if e.get("field") == "title"]
    if not title or not company or len(company.strip()) < 2:
        return  # most postings' titles name no place: no folding for them
    name = fold(company)
    slots = [e for e in title if fold(str(e.get("location", ""))) == name]
    if slots:
        _drop(found, slots, "a title slot naming the employer is no place")


def concrete_over_territory(found: RegionResult) -> None:
    """Drop a title's territory slots when another title slot names a concrete place (in place, on `found`)."""
    title = [e for e in found.evidence if e.get("field") == "title" and "location" in e]
    if len(title) < 2 or not any(e.get("countries") for e in title):
        return  # no territory slot and concrete slot both: no slot to locate again (most titles name one place)
    territory = [e for e in title if _territory(str(e["location"]))]
    if not territory or not any(e not in territory and e.get("countries") for e in title):
        return
    _drop(found, territory, "a title's territory word yields to a concrete place in the title")
