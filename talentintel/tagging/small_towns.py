"""A location field that names only a town below the gazetteer's city size: "Pérols" (Hérault, 9k people) is France,
"María Elena" (Antofagasta, 7k) Chile (issue 18: tuning misses of unseen21, a French accounting office and a Chilean
mine's shift, both read as no place). The location field says where the job is, so a town of 5,000+ people whose
name one country alone holds counts there; running text and titles never read these (far too many common words are
a town somewhere). The index is built on first use, only for location fields nothing else resolves."""

from __future__ import annotations

import re
from functools import cache

from talentintel.tagging.gazetteer import fold, gazetteer
from talentintel.tagging.locations import LocationResult

# one to four words, the first capitalized, letters only: a town's name, not "Office" with a number or a sentence
_TOWN = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_]+){0,3}$")


@cache
def _towns() -> dict[str, str]:
    """Folded town name -> its country, for towns of 5,000+ people whose name only one country holds."""
    from talentintel.tagging.gazetteer import geonames_file  # the gazetteer's own geonames reader

    seen: dict[str, set[str]] = {}
    for row in geonames_file("cities5000.json").values():
        seen.setdefault(fold(row["name"]), set()).add(row["countrycode"])
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1 and len(name) >= 4}


def small_town(location: str) -> LocationResult | None:
    """The country of a location field that is a small town's name (its part before a comma), if one country has it."""
    head = (location or "").split(",")[0].strip()
    if not head[:1].isupper() or not _TOWN.match(head):
        return None
    g = gazetteer()
    key = fold(head)
    if key in g.remote_words or key in g.noise_words or key in g.region_words:
        return None
    country = _towns().get(key)
    region = g.region_of(country) if country else None
    if country is None or region is None:
        return None
    return LocationResult((country,), (region,), False, (key,))
