"""A list of three or more big cities joined by commas ("Berlin, Amsterdam, Hamburg, Munich, or Stuttgart"): each city
is a place of its own, not a qualifier of the one before it as in "London, Ontario" (two items) or "Austin, Texas, USA"
(a state and a country are no city)."""

from __future__ import annotations

import re

from talentintel.tagging.gazetteer import fold, gazetteer
from talentintel.tagging.locations import LocationResult, locate

# unseen_hs7 (issue 18, tag29): "Honeypot.io - Software Developer - Berlin, Amsterdam, Hamburg, Munich, or Stuttgart"
# was tagged Germany alone: after Berlin named Germany, Amsterdam was read as a qualifier with no German candidate and
# dropped. Only lists of 3+ items, each a city of 500,000+ people (its best candidate) and no country, US state or Canadian province
# (Berlin, a city-state, is a city here).
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+")
_BIG = 500_000


def city_list_places(text: str) -> LocationResult | None:
    """The places of a comma list of big cities, each read alone; None when text is no such list."""
    if text.count(",") < 2:
        return None
    g = gazetteer()
    items = [item for item in _ITEM_SPLIT.split(text.strip()) if item]
    if len(items) < 3:
        return None
    for item in items:
        key = fold(item)
        cands = g.cities.get(key)
        if not cands or cands[0].population < _BIG or key in g.countries or key in g.us_states or key in g.ca_provinces:
            return None
    found = [locate(item) for item in items]
    return LocationResult(
        tuple(sorted({c for loc in found for c in loc.countries})),
        tuple(sorted({r for loc in found for r in loc.regions})),
        False,
        tuple(p for loc in found for p in loc.places),
    )
