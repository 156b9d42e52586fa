"""Aggregators write a location as "city, state code, country code" and fill a part they lack with a placeholder:
"Mumbai, MH, IN", "N/A, N/A, IN", "N/A, KA, IN" (a job-of-the-day list fed by a job-search API, unseen20). The last
code is then the country, not the US state the same letters spell: read alone after "N/A", "IN" was Indiana and
"DE" Delaware, so three Indian internships were tagged us. The triple form decides it: three comma parts, the last an
ISO country code, the middle one a placeholder or a subdivision code of that country ("MH", "KA" of India; "TX" of
the US keeps "Austin, TX, US" as it was)."""

from __future__ import annotations

import re

from talentintel.tagging.gazetteer import gazetteer
from talentintel.tagging.locations import LocationResult, locate

_PLACEHOLDER = re.compile(r"(?:n/?a|none|null|unknown|not specified|-+|—)?", re.IGNORECASE)
_CODE = re.compile(r"[A-Z]{2}")


def _placeholder(part: str) -> bool:
    """An empty part or a filler standing for one ("N/A", "null", "-")."""
    return bool(_PLACEHOLDER.fullmatch(part))


def city_state_country(location: str) -> LocationResult | None:
    """The place a "city, state code, country code" string names, or None when the string is not of that form."""
    parts = [p.strip() for p in location.split(",")]
    if len(parts) != 3 or not _CODE.fullmatch(parts[2]):
        return None
    city, state, country = parts
    g = gazetteer()
    if country not in g.alpha2:
        return None
    if not (_placeholder(state) or (_CODE.fullmatch(state) and f"{country}-{state}" in g.subdivision_codes)):
        return None
    named = locate(country)
    if not named.countries:
        return None
    remote = not _placeholder(city) and locate(city).remote
    places = (*named.places, city) if not _placeholder(city) else named.places
    return LocationResult(named.countries, named.regions, remote, places)
