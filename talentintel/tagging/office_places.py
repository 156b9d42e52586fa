"""A named office of a job that is not remote: "3 days a week at our Limassol office", "join our Porto hub". The
free-text scan keeps to big cities (small ones collide with ordinary words); an office's name is a place whatever its
size (the issue's Cyprus / Malta class)."""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult, locate

_OFFICE_OF = re.compile(
    r"\b(?:our|the|your)\s+((?:[A-Z][\w'.-]*\s+){1,3}?)(?:office|offices|hub|headquarters|HQ|campus|studio|branch)\b"
)
_OFFICE_WORDS = ("office", "hub", "headquarters", "HQ", "campus", "studio", "branch")


def office_places(text: str) -> list[tuple[str, LocationResult]]:
    """(name, place) of each office the text names by its city."""
    if not any(word in text for word in _OFFICE_WORDS):
        return []  # cheap test first: the regex over the lead is not free
    out = []
    for match in _OFFICE_OF.finditer(text):
        name = match.group(1).strip()
        loc = locate(name)
        if loc.countries:
            out.append((name, LocationResult(loc.countries, loc.regions, False, loc.places)))
    return out
