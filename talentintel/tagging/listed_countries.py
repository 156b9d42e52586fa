"""The countries of the cities a posting lists beside a region word, within that region: "リモート (北米)、SF、NYC"
(unseen41, Brilliant) is remote in North America with offices in San Francisco and New York, so the country is the
US and the regions stay the US and Canada. A city outside the region word's regions adds nothing: it is no place the
slot offers."""

from __future__ import annotations

from talentintel.tagging.locations import LocationResult, locate_in_text
from talentintel.tagging.title_places import CAPITALIZED


def countries_within(text: str, regions: set[str]) -> list[tuple[str, LocationResult]]:
    """(chunk, place) for each capitalized place in the text whose regions all lie inside `regions`."""
    out = []
    for found in CAPITALIZED.finditer(text):
        loc = locate_in_text(found.group(0))
        if loc.countries and set(loc.regions) <= regions:
            out.append((found.group(0), LocationResult(loc.countries, loc.regions, False, loc.places)))
    return out
