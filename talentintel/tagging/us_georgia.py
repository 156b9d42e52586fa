"""A location of just "Georgia" is the country unless the location itself says US; a US board's posting says which
Georgia in its text instead: "our mining operations in La Fayette, GA" (issue 18, unseen22: Minerset's site manager
in Georgia read as the country, mena). When the location's only place is Georgia and the text names a town with the
state code ("Dalton, GA") or "Georgia, USA", the location is read as the US state.
"""

from __future__ import annotations

import re

from talentintel.tagging.location_triples import city_state_country
from talentintel.tagging.locations import LocationResult, locate
from talentintel.tagging.small_towns import small_town

_BARE_GEORGIA = re.compile(r"^\W*georgia\W*$", re.IGNORECASE)
# a capitalized town then the state code, or the state named with its country
_US_GEORGIA = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, GA\b|\bGeorgia,? (?:US|USA|United States)\b")


def us_georgia(location: str, text: str) -> bool:
    """Whether a bare "Georgia" location is the US state by what the posting's text says."""
    return bool(_BARE_GEORGIA.match(location or "")) and bool(_US_GEORGIA.search(text or ""))


def located(location: str, text: str) -> LocationResult:
    """The places of one location string, a bare "Georgia" read by the posting's text."""
    if us_georgia(location, text):
        return locate(f"{location.strip()}, US")
    found = city_state_country(location) or locate(location)
    if found.countries or found.regions or found.remote:
        return found
    return small_town(location) or found
