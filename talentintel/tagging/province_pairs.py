"""A city followed by its province ("Ensenada, Buenos Aires", "San Juan, San Juan"): the province is the city's
first-level subdivision, so the city is the one in that province's country.

Argentine boards (Bumeran, ZonaJobs) write every place as "city, province", and a province named like a big city
("Buenos Aires", "San Juan", "Córdoba") was read as that city: both names then added their own most populous
country, and Ensenada (Baja California, 440,000 people) outran Ensenada (Buenos Aires) and San Juan, Puerto Rico
outran San Juan, Argentina (unseen_hs19: two Bumeran posts tagged MX and PR, both AR). The second name counts as a
subdivision only when the first city has a namesake in a country where it is one.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from talentintel.tagging.gazetteer import fold
from talentintel.tagging.location_lookup import Match


@cache
def _subdivision_countries() -> dict[str, tuple[str, ...]]:
    """Folded first-level subdivision name -> the countries that have one so named (ISO 3166-2)."""
    import pycountry  # lazy: built on first use, like the gazetteer

    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out.setdefault(fold(sub.name), []).append(sub.country_code)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in out.items()}


def provinces_after_cities(matches: list[Match]) -> None:
    """Read a city name right after another city as that city's province where the first city has a namesake in a
    country with such a province: the second match becomes that subdivision (the first then adds no country)."""
    for prev, m in pairwise(matches):
        if prev.kind != "city" or m.kind != "city" or prev.end != m.start:
            continue
        countries = _subdivision_countries().get(m.key)
        if not countries:
            continue
        inside = next((p.country for p in prev.candidates if p.country in countries), None)
        if inside is not None:
            m.kind, m.countries = "subdiv", (inside,)
