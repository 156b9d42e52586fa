"""One word or phrase of a location string looked up in the gazetteer: a region, a remote word, a code, a place.

Moved out of `locations` (399 lines) in session 9, unchanged: `locations._scan` slides over a segment's words and asks
`lookup` for each n-gram; strict mode (free text, `locate_in_text`) takes only big cities, countries and region words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from talentintel.tagging.gazetteer import Gazetteer, Place

# Short lowercase tokens that are still meaningful in a location string.
_LOWER_OK = {"usa", "uk", "uae", "nyc", "eu", "us"}
# Free text (strict mode): only these short tokens, and only big cities, count as places.
_STRICT_SHORT = {"us", "usa", "uk", "uae", "eu", "nyc", "emea", "apac", "latam"}
STRICT_MIN_CITY_POPULATION = 500_000


@dataclass
class Match:
    kind: str  # region | remote | noise | abbrev | country | code | state | province | city | subdiv | tz
    key: str
    start: int
    end: int
    upper: bool
    after_unmatched: bool = False  # an unrecognised word precedes it ("Mossville, IL")
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    candidates: tuple[Place, ...] = ()


def strip_accents(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is, and no ASCII character combines
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lookup(g: Gazetteer, key: str, n: int, original: str, strict: bool, shouting: bool = False) -> Match | None:
    upper = original.isupper()
    short = n == 1 and len(key) <= 3
    if short and original.islower() and key not in _LOWER_OK:
        return None
    if strict:
        return _lookup_strict(g, key, n, original)
    found = _lookup_words(g, key, original, upper, short, shouting)
    if found is None and short and upper:
        found = _lookup_code(g, key, original)
    return found or _lookup_names(g, key, n, upper)


def _lookup_words(g: Gazetteer, key: str, original: str, upper: bool, short: bool, shouting: bool) -> Match | None:
    """Region words, remote words, noise and abbreviations."""
    if key in g.remote_words and key not in g.region_words:
        return Match("remote", key, 0, 0, upper)
    if key in g.region_words:
        regions, countries = g.region_words[key]
        return Match("region", key, 0, 0, upper, countries=countries, regions=regions)
    # "in" / "or" are noise, but "Remote - IN" and "Bend, OR" are codes (unless the whole segment is upper case)
    code_case = short and len(key) == 2 and upper and not shouting and original in g.us_states
    if key in g.noise_words and not code_case:
        return Match("noise", key, 0, 0, upper)
    if key in g.abbreviations:
        return Match("abbrev", key, 0, 0, upper, countries=(g.abbreviations[key],))
    return None


# "MRT" is the Mass Rapid Transit of Bangkok, Singapore, Taipei, Kaohsiung, Kuala Lumpur and Jakarta in job locations
# and directions ("MRT สามย่าน", unseen49; a Kuala Lumpur posting's directions, unseen_hs4), not Mauritania's alpha-3
# code: both JobThai "MRT <station>" locations read Mauritania (issue 18, unseen49).
_TRANSIT = frozenset({"MRT"})


def _lookup_code(g: Gazetteer, key: str, original: str) -> Match | None:
    """An upper-case code of two or three letters: a country, state or province code, or a time zone."""
    code = original.upper()
    if len(code) == 2 and (code in g.alpha2 or code in g.us_states or code in g.ca_provinces):
        return Match("code", code, 0, 0, True)
    if key in g.timezones:  # before alpha-3: "EST" is a time zone far more often than Estonia
        return Match("tz", key, 0, 0, True, regions=g.timezones[key])
    if len(code) == 3 and code in g.alpha3 and code not in _TRANSIT:
        return Match("country", key, 0, 0, True, countries=(g.alpha3[code],))
    return None


def _lookup_names(g: Gazetteer, key: str, n: int, upper: bool) -> Match | None:
    """Place names: countries, US states, Canadian provinces, cities, other subdivisions, time-zone names."""
    if key == "georgia":  # the country or the US state: decided by the rest of the location
        return Match("georgia", key, 0, 0, upper)
    if key in g.countries:
        return Match("country", key, 0, 0, upper, countries=(g.countries[key],))
    if key in g.us_states:
        return Match("state", key, 0, 0, upper, countries=("US",))
    if key in g.ca_provinces:
        return Match("province", key, 0, 0, upper, countries=("CA",))
    if key in g.cities:
        return Match("city", key, 0, 0, upper, candidates=tuple(g.cities[key]))
    if key in g.subdivisions:
        return Match("subdiv", key, 0, 0, upper, countries=(g.subdivisions[key],))
    if key in g.timezones and (upper or n > 1):
        return Match("tz", key, 0, 0, upper, regions=g.timezones[key])
    return None


def _lookup_strict(g: Gazetteer, key: str, n: int, original: str) -> Match | None:
    known_short = original.isupper() and (key in g.region_words or key in g.abbreviations)
    if n == 1 and len(key) <= 4 and key not in _STRICT_SHORT and not known_short:
        return None
    if n == 1 and len(key) <= 3 and not original.isupper():
        return None  # free text writes the codes in capitals: "Join Us" / "About Us" is the pronoun (unseen14)
    if key in g.text_not_places:
        return None
    if key in g.region_words and "global" not in g.region_words[key][0]:
        regions, countries = g.region_words[key]
        return Match("region", key, 0, 0, True, countries=countries, regions=regions)
    if key in g.abbreviations:
        return Match("abbrev", key, 0, 0, True, countries=(g.abbreviations[key],))
    if key in g.countries and key != "georgia":
        return Match("country", key, 0, 0, True, countries=(g.countries[key],))
    big = [p for p in g.cities.get(key, ()) if p.population >= STRICT_MIN_CITY_POPULATION]
    if big:
        return Match("city", key, 0, 0, True, candidates=tuple(big))
    return None
