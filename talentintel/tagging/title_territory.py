"""A territory word in a title yields to a concrete place in the same title, as it yields to one in the location
(README region rule 3): "Lead Engineer - ANZ - Wellington - Permanent" is Wellington, not Australia + New Zealand
(issue 18, unseen25: ANZ is the bank). Only separate title slots are weighed against each other; the location's own
places are never dropped."""

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


def concrete_over_territory(found: RegionResult) -> None:
    """Drop a title's territory slots when another title slot names a concrete place (in place, on `found`)."""
    title = [e for e in found.evidence if e.get("field") == "title" and "location" in e]
    territory = [e for e in title if _territory(str(e["location"]))]
    if not territory or not any(e not in territory and e.get("countries") for e in title):
        return
    kept = [e for e in found.evidence if e not in territory]
    found.countries -= _union(territory, "countries") - _union(kept, "countries")
    found.regions -= _union(territory, "regions") - _union(kept, "regions")
    found.evidence = [*kept, {"rule": "a title's territory word yields to a concrete place in the title"}]
