"""Places joined by "and" / "&" in one location string are a list, not a city and its qualifier: "San Francisco and
Berlin" is the US and Germany ("London, Ontario" still qualifies London). Names that hold the word themselves
("Trinidad and Tobago", "Bosnia and Herzegovina", "North and South America") are kept whole."""

from __future__ import annotations

import re
from functools import cache

from talentintel.tagging.gazetteer import fold, gazetteer

# "North/South America", "North & Latin America": two regions sharing one noun, written out before the split
_SHARED_AMERICA = re.compile(
    r"\b(north|south|central|latin)\s*(?:/|&|and)\s*(north|south|central|latin)\s+america\b", re.I
)
_AND = re.compile(r"\s+(?:and|und|et|y|e)\s+|\s*&\s*", re.IGNORECASE)
_WORDS = frozenset(("and", "und", "et", "y", "e"))


@cache
def _names_with_and() -> tuple[str, ...]:
    # Built once, on the first location holding a conjunction; a set test per name's words, not five substring
    # searches per name: 127 -> 24 ms over the gazetteer's names, the same 191 names.
    g = gazetteer()
    names = (*g.countries, *g.region_words, *g.subdivisions, *g.cities, *g.abbreviations)
    return tuple(sorted({n for n in names if not _WORDS.isdisjoint(n.split(" "))}))


def expand_shared_noun(location: str) -> str:
    """ "Remote (North/South America)" -> "Remote (North America / South America)"."""
    if "america" not in location.lower():
        return location
    return _SHARED_AMERICA.sub(lambda m: f"{m.group(1)} America / {m.group(2)} America", location)


def split_conjunctions(segment: str) -> list[str]:
    """The segment's parts around "and" / "&", or the segment whole when a place's own name holds the word."""
    if not _AND.search(segment):
        return [segment]
    folded = f" {fold(segment.replace('&', ' and '))} "  # "North & South America" is the region's name too
    if any(f" {name} " in folded for name in _names_with_and()):
        return [segment]
    return [part for part in _AND.split(segment) if part.strip()]
