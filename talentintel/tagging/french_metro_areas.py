"""A French posting places the job by a city's adjective: "En région parisienne ou lilloise, remote essentiellement
avec présentiel occasionnel" (Rumble, unseen_hs9: two postings labeled France, read with no place) — "région
parisienne" is the Paris area, "agglomération lyonnaise" the Lyon area. The gazetteer knows the cities' names, not
their adjectives, so the free-text scan passes them by. Read only when the other rules found no place
(region_followups._unplaced); a partial remote keeps the place (README region rule 5).
"""

from __future__ import annotations

import re

from talentintel.tagging.departement_codes import FRANCE

# the adjectives of France's largest metro areas, masculine or feminine ("bassin lyonnais", "région lyonnaise")
_CITY_ADJECTIVES = (
    r"parisien(?:ne)?|lillois(?:e)?|lyonnais(?:e)?|marseillais(?:e)?|bordelais(?:e)?|toulousain(?:e)?"
    r"|nantais(?:e)?|grenoblois(?:e)?|rennais(?:e)?|strasbourgeois(?:e)?|ni[çc]ois(?:e)?|montpelli[ée]rain(?:e)?"
)
# "région parisienne", "agglomération lilloise", "métropole lyonnaise", "bassin grenoblois", "banlieue parisienne"
_METRO = re.compile(
    rf"\b(?:r[ée]gion|agglom[ée]ration|m[ée]tropole|bassin|banlieue|proche banlieue)\s+({_CITY_ADJECTIVES})\b",
    re.IGNORECASE,
)

__all__ = ["FRANCE", "french_metro_area"]


_CUES = ("gion", "agglom", "tropole", "bassin", "banlieue")


def french_metro_area(text: str) -> str | None:
    """The "région parisienne"-style phrase a French text places the job in, or None."""
    head = text[:6000]
    if not any(cue in head for cue in _CUES):
        return None  # cheap test first: most texts hold none of the area words
    match = _METRO.search(head)
    return match.group(0) if match else None
