"""A comma list of places in different countries names each of them: "Berlin, Toronto, Berkeley, or San Francisco",
"San Francisco, London, India, REMOTE (US)". Read as one location, a later city was a qualifier of the first one's
country ("Toronto, Berlin" kept Toronto alone; London beside San Francisco was London, Kentucky) and the list lost its
other countries: issue 18, a blockchain company's careers pages (unseen_hs26b, three postings) and a Hacker News
hiring comment's location (unseen53).

A list here is three or more items, each a country or a city of 100,000+ people read alone (a remote or hybrid word
may stand beside them), in two or more countries, where no country item is the country of a city before it: "Austin,
Texas, USA", "Córdoba, Andalusia, Spain" and "London, Ontario, Canada" keep their qualifiers (city_list.py reads a
title's list of 500,000+ cities the same way).
"""

from __future__ import annotations

import re

from talentintel.tagging.gazetteer import fold, gazetteer

_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+")
_ITEM = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
# "located in either Berlin, Toronto, Berkeley, or San Francisco": the list inside running text
TEXT_LIST = re.compile(
    rf"{_ITEM}(?:[ \t]*,[ \t]*(?:(?:or|and)[ \t]+)?{_ITEM}){{1,}}(?:,?[ \t]+(?:or|and)[ \t]+{_ITEM})?"
)
_MODE_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site)\b", re.IGNORECASE)
_TOWN = 100_000


def _country_alone(item: str) -> tuple[str, bool] | None:
    """(country, is a country item) of one item read alone, None when it is no such place."""
    g = gazetteer()
    key = fold(item.strip(" ."))
    if key in g.countries:
        return g.countries[key], True
    if key in g.us_states or key in g.ca_provinces:
        return None
    cands = g.cities.get(key)
    if not cands or cands[0].kind != "city" or cands[0].population < _TOWN:
        return None
    # a region of the same name elsewhere makes the name a qualifier ("Victoria", Australia); Berlin is both at home
    return (cands[0].country, False) if g.subdivisions.get(key, cands[0].country) == cands[0].country else None


def list_items(text: str) -> list[str]:
    """The items of a comma list of places in two or more countries; [] when text is no such list."""
    if text.count(",") < 2 and not (text.count(",") == 1 and (" or " in text or " and " in text)):
        return []
    items = [item.strip() for item in _ITEM_SPLIT.split(text.strip().rstrip(".")) if item.strip()]
    places: list[tuple[str, str, bool]] = []
    for item in items:
        found = _country_alone(item)
        if found is None and not _MODE_WORDS.search(item):
            return []
        if found is not None:
            places.append((item, *found))
    if len(places) < 3 or len({country for _, country, _ in places}) < 2:
        return []
    g = gazetteer()
    for at, (_, country, is_country) in enumerate(places):
        earlier = (g.cities.get(fold(item), ()) for item, _, was_country in places[:at] if not was_country)
        if is_country and any(p.country == country for cands in earlier for p in cands):
            return []  # "Córdoba, Spain, ...": the country qualifies the city before it
    return items
