"""A job's place stated only in its pay or relocation lines, for a posting with no location field and no place found
(issue 18, unseen40: a job seeker's saved copies of US postings, the board's location field not kept):

- a pay range headed by its place: "**New York Pay Range: $201,900---$302,900 USD**" (un40-krb-doordash-ml-voice);
- a move the candidate must make: "Ability to relocate to New York, NY or Pittsburgh, PA" (un40-krb-duolingo-ai-
  research);
- the pay notice's "X-based" postings, roles or employees: "we share base pay ranges for all US-based job postings"
  (un40-krb-reddit-mle-relevance).

The free-text scan reads only the first 2,000 characters and these lines close a posting; they are read here over the
whole text. A pay notice's "Compensation in other geographies may vary" names no place and adds none.
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult, locate
from talentintel.tagging.marked_places import places_before

_PLACE = r"[A-Z][\w.&'’-]*"
_PLACES = rf"({_PLACE}(?:(?:[ ,/-]+|\s+(?:or|and|&)\s+){_PLACE}){{0,5}})"
# "relocate to New York, NY or Pittsburgh, PA", "relocation to Dubai is offered"
_RELOCATE = re.compile(rf"\b(?i:relocate|relocating|relocation)\s+to\s+(?:the\s+)?{_PLACES}")
# Markers found first, their place read in the few characters before them (marked_places).
_BEFORE = (
    # "New York Pay Range:", "California Base Salary Range", "Seattle Hiring Range" (up to three words before)
    (
        re.compile(r"\s(?:Base\s+)?(?:Pay|Salary|Compensation|Hiring)\s+Range\b"),
        re.compile(rf"({_PLACE}(?:\s+{_PLACE}){{0,2}})$"),
    ),
    # "all US-based job postings", "benefits to U.S.-based employees", "Canada-based roles"
    (
        re.compile(
            r"-based\s+(?:job\s+postings?|postings?|roles?|positions?|jobs?|employees|candidates|hires|team members)\b"
        ),
        re.compile(rf"(?<![\w.])(U\.S\.|U\.K\.|{_PLACE})$"),
    ),
)
_WINDOW = 40


def _stated(text: str) -> list[str]:
    raws = [m.group(1) for m in _RELOCATE.finditer(text)] if "elocat" in text else []
    for marker, place in _BEFORE:
        raws += [found.group(1) for found in places_before(text, marker, place, _WINDOW)]
    return raws


def pay_places(text: str) -> list[tuple[str, LocationResult]]:
    """The places the text's pay and relocation lines name, as (raw, place), in order of the patterns."""
    if "Range" not in text and "elocat" not in text and "-based" not in text:  # cheap test first
        return []
    out: list[tuple[str, LocationResult]] = []
    for raw in _stated(text):
        loc = locate(raw)
        if loc.countries:
            out.append((raw, LocationResult(loc.countries, loc.regions, False, loc.places)))
    return out
