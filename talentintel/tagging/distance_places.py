"""A site placed by its distance from a town: "its chromite processing plant, situated approximately 90km East of
Polokwane / 65km West of Burgersfort" (an executive-search board, unseen_hs9: labeled South Africa, read with no
place). Mines, plants and farms sit outside any town, so the posting names the nearest ones by distance and
direction; the free-text scan, strict about small cities in running text, passes them by. The town after
"<number> km <direction> of" is read as a location field would read it. Read only for an on-site job the other rules
found no place for (region_followups._unplaced).
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult, locate

# "90km East of Polokwane", "65 km west of Burgersfort", "40 kilometres north-east of Perth", "30 miles outside Reno"
_DISTANCE = re.compile(
    r"\b\d{1,4}\s?(?i:km|kms|kilometres|kilometers|miles|mi)\s+"
    r"(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west|outside|from)\s+(?:of\s+)?"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
)


def distance_place(text: str) -> tuple[str, LocationResult] | None:
    """The first town a distance phrase names that reads as a place, with what it names; None when none does."""
    head = text[:6000]
    if "km" not in head and "kilomet" not in head and "mile" not in head:
        return None  # cheap test first: most texts give no distance
    for match in _DISTANCE.finditer(head):
        town = match.group(1)
        loc = locate(town)
        if loc.countries and not loc.remote:
            return town, loc
    return None
