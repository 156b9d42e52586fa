"""One raw location string -> countries (ISO 3166 alpha-2), regions and a remote flag.

Handles "San Francisco, CA", "NYC / London / Singapore", "Remote - US", "Remote (APAC)", "Anywhere",
"London, Ontario", "Portland, OR", time-zone hints ("Remote (EST)") and local names ("München"); places after
"excluding" / "outside" / "non-" are dropped ("Worldwide (excluding US)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from talentintel.tagging.code_before_country import state_segments, subdivision_before_country, subdivision_of_city
from talentintel.tagging.conjunctions import expand_shared_noun, split_conjunctions
from talentintel.tagging.gazetteer import CJK, Gazetteer, Place, fold, gazetteer
from talentintel.tagging.korean_addresses import without_name_codes
from talentintel.tagging.latin_addresses import address_countries
from talentintel.tagging.location_lookup import Match, lookup, strip_accents
from talentintel.tagging.native_glosses import without_glosses
from talentintel.tagging.place_lists import list_items
from talentintel.tagging.province_pairs import provinces_after_cities
from talentintel.tagging.role_words import names_a_role
from talentintel.tagging.zone_wishes import without_wished_zones, zones_only_wished

# Segment separators between independent locations; commas are NOT among them ("Paris, France").
_SEGMENTS = re.compile(r"[/;|•·\n]+|\s+\+\s+|\s+(?:or|oder|ou|o)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+")
THAI = re.compile(r"[\u0e00-\u0e7f]")  # Thai-script locations: thai_places.py
# Latin letters glued to CJK script on both sides are a piece of a CJK name, not a code: "인천IT타워" (Incheon's IT
# Tower, issue 18, unseen37) is no Italy.
_GLUED_LATIN = re.compile(rf"(?<={CJK.pattern})[A-Za-z]+(?={CJK.pattern})")
# (?<![a-z]) rather than \b: Chinese writes "与UTC+8时区" with no space, and Han letters are word characters
_UTC = re.compile(r"(?<![a-z])(?:utc|gmt)\s*([+\-−–]\s*\d{1,2})(?::?\d\d)?", re.IGNORECASE)
# "UTC +/- 3", "GMT±2": a window around UTC itself.
_UTC_WINDOW = re.compile(r"(?<![a-z])(?:utc|gmt)\s*(?:±|\+\s*/\s*-|\+-)\s*\d", re.IGNORECASE)
# "GMT+8" is an offset, not Greenwich time itself: the word is read as UTC before the zone words are looked up
GMT_OFFSET = re.compile(r"(?<![a-z])gmt(?=\s*[+\-−–±])", re.IGNORECASE)
# An exclusion clause runs to the next comma, bracket, " - " or segment break: "Anywhere except US or Canada",
# "(non-US)", "Global ex-US".
_EXCLUDED = re.compile(
    r"\b(?:excl(?:\.|uding\b|udes?\b)|except(?:ing)?\b|outside(?:\s+of)?\b|not\s+in\b|non\s*-|ex-)"
    r"[^(),;|\n]*?(?=\s[-–—]\s|[(),;|\n]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LocationResult:
    """What one raw location string says."""

    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    remote: bool = False
    places: tuple[str, ...] = field(default=(), compare=False)  # the names that matched, for evidence


# Region acronyms that name other things too: the GNU compiler ("GCC, Clang"), South Africa's mine manager's
# Government Certificate of Competency ("GCC Mines & Works", unseen15). In free text they are the Gulf only alone or
# before a word of the region ("GCC countries", "GCC-based").
_AMBIGUOUS_REGION = frozenset({"gcc"})
_REGION_NOUNS = frozenset(
    {
        "region",
        "regions",
        "countries",
        "country",
        "market",
        "markets",
        "states",
        "nationals",
        "national",
        "wide",
        "based",
        "area",
    }
)


def _names_something_else(g: Gazetteer, key: str, before: str, following: list[str]) -> bool:
    if key in g.software_names:  # "Cairo Developer", "Phoenix LiveView", "AWS Athena": the software (places.toml)
        return before in g.trade_before or (bool(following) and following[0] in g.trade_after)
    if key in g.region_words and names_a_role(following):
        return True  # "the North American Finance Manager" is a colleague's title, no place (role_words)
    return key in _AMBIGUOUS_REGION and bool(following) and following[0] not in _REGION_NOUNS


def _scan(g: Gazetteer, segment: str, strict: bool = False) -> list[Match]:
    originals = _TOKEN.findall(strip_accents(segment))
    shouting = segment.isupper() and any(len(t) > 3 for t in originals)  # "REMOTE IN USA", not "IN" or "NY, CA"
    # an ASCII token is letters and digits only ([^\W_]+): its fold is its lowercase (locate is ~9% of a cold posting)
    folded = [t.lower() if t.isascii() else fold(t) for t in originals]
    out: list[Match] = []
    i = 0
    unmatched = False
    while i < len(folded):
        if folded[i].isdigit():
            i += 1
            continue
        for n in range(min(g.max_ngram, len(folded) - i), 0, -1):
            key = " ".join(folded[i : i + n])
            original = " ".join(originals[i : i + n])
            m = lookup(g, key, n, original, strict, shouting)
            before = folded[i - 1] if i else ""
            if m is not None and strict and _names_something_else(g, key, before, folded[i + n : i + n + 3]):
                m = None
            if m is not None:
                m.start, m.end, m.after_unmatched = i, i + n, unmatched
                out.append(m)
                unmatched = False
                i += n
                break
        else:
            unmatched = True
            i += 1
    return out


def _state_runs(g: Gazetteer, matches: list[Match]) -> set[int]:
    """Indexes of codes in a run of adjacent codes with a US-only state code: "CA, CO, NY" are all states."""
    out: set[int] = set()
    run: list[int] = []
    for idx in [*range(len(matches)), -1]:
        m = matches[idx] if idx >= 0 else None
        if m is not None and m.kind == "code" and run and matches[run[-1]].end == m.start:
            run.append(idx)
            continue
        if any(matches[i].key in g.us_states and matches[i].key not in g.alpha2 for i in run):
            out.update(i for i in run if matches[i].key in g.us_states)
        run = [idx] if m is not None and m.kind == "code" else []
    return out


def _resolve_codes(g: Gazetteer, matches: list[Match]) -> None:
    """A 2-letter code is a US state or Canadian province right after a city there (or after a state, or among
    US-only state codes), a time zone when it is one ("PT", "ET") and no city of that country precedes it, else
    a country code."""
    in_state_run = _state_runs(g, matches)
    for idx, m in enumerate(matches):
        if m.kind == "code" and not subdivision_before_country(g, matches, idx):
            _resolve_code(g, m, matches[idx - 1] if idx > 0 else None, idx in in_state_run)


def _code_context(m: Match, prev: Match | None, in_state_run: bool) -> tuple[tuple[Place, ...], bool, bool]:
    """(the city right before the code, whether a US state fits here, whether a Canadian province does)."""
    prev_city = prev.candidates if prev is not None and prev.kind == "city" else ()
    prev_us = prev is not None and prev.kind in ("abbrev", "state") and "US" in prev.countries
    after_us_city = any(p.country == "US" and p.admin1 == m.key for p in prev_city)
    state_here = prev_us or after_us_city or in_state_run or (m.after_unmatched and not prev_city)
    province_here = any(p.country == "CA" for p in prev_city) or (prev is not None and prev.kind == "province")
    return prev_city, state_here, province_here


def _resolve_code(g: Gazetteer, m: Match, prev: Match | None, in_state_run: bool) -> None:
    code = m.key
    prev_city, state_here, province_here = _code_context(m, prev, in_state_run)
    tz = code.lower()
    if tz in g.timezones and code in g.alpha2 and not any(p.country == code for p in prev_city):
        m.kind, m.regions = "tz", g.timezones[tz]
    elif code in g.us_states and state_here:
        m.kind, m.countries = "state", ("US",)
    elif code in g.ca_provinces and province_here:
        m.kind, m.countries = "province", ("CA",)
    elif prev is not None and prev.kind == "country" and f"{prev.countries[0]}-{code}" in g.subdivision_codes:
        m.kind, m.countries = "subdiv", prev.countries  # "Brazil, SE" is Sergipe, "United States, CA" California
    elif code in g.alpha2 and any(p.country == code for p in prev_city):
        m.kind, m.countries = "country", (code,)
    elif subdivision_of_city(g, m, prev_city):
        pass  # "Chennai, TN" is Tamil Nadu, not Tennessee (code_before_country)
    elif code in g.alpha2 and not prev_city:
        m.kind, m.countries = "country", (code,)
    elif code in g.us_states:
        m.kind, m.countries = "state", ("US",)
    elif code in g.ca_provinces:
        m.kind, m.countries = "province", ("CA",)
    else:
        m.kind = "noise"


_NAMED = ("region", "abbrev", "country", "state", "province", "subdiv")


def _city_country(m: Match, countries: set[str], georgia: bool, us_context: bool) -> tuple[str | None, bool]:
    """(the country a city adds, whether the city counts as a named place) given what the segment already names."""
    if georgia:
        return None, any(p.country in ("GE", "US") for p in m.candidates)
    if countries:
        return None, any(p.country in countries for p in m.candidates)
    best = m.candidates[0]
    if us_context and any(p.country == "US" for p in m.candidates):
        best = next(p for p in m.candidates if p.country == "US")
    return best.country, True


# A city of a million listed after another place with no state or country after it is that city, not a namesake town
# of the country named before: "engineering opportunities available in NYC, London and Amsterdam" read London,
# Kentucky beside New York (issue 18, unseen47). "London, Ontario" and "London, KY" keep their qualifier. A location
# string only: free text's capitalized chunks (locate_in_text) string unrelated names together.
_METROPOLIS = 1_000_000
_TOWN = 100_000


def _listed_metropolis(m: Match, matches: list[Match], countries: set[str]) -> bool:
    best = m.candidates[0] if m.candidates else None
    if best is None or best.population < _METROPOLIS or best.country in countries:
        return False
    if any(p.country in countries and p.population >= _TOWN for p in m.candidates):
        return False
    return not any(x.kind in _NAMED and x.start >= m.end for x in matches)


def _georgia(matches: list[Match], countries: set[str], us_context: bool) -> str:
    """ "Georgia": the US state when the rest of the location is in the US, else the country."""
    cands = [p.country for m in matches if m.kind == "city" for p in m.candidates]
    return "US" if "GE" not in cands and ("US" in cands or us_context or "US" in countries) else "GE"


def _segment_places(
    g: Gazetteer, segment: str, us_context: bool, strict: bool
) -> tuple[set[str], set[str], bool, set[str], list[str]]:
    matches = _scan(g, segment, strict)
    _resolve_codes(g, matches)
    provinces_after_cities(matches)  # "Ensenada, Buenos Aires" (province_pairs.py)
    countries: set[str] = set()
    regions: set[str] = set()
    tz_regions: set[str] = set()
    names: list[str] = []
    remote = any(m.kind == "remote" or (m.kind == "region" and "global" in m.regions) for m in matches)
    for m in matches:
        if m.kind == "country" and m.key in g.word_codes and segment.strip(" .()[]") != m.key:
            continue  # "AI" inside a longer segment is the field, not Anguilla
        if m.kind in _NAMED:
            countries.update(m.countries)
            regions.update(m.regions)
            names.append(m.key)
        elif m.kind == "tz":
            tz_regions.update(m.regions)
    georgia = any(m.kind == "georgia" for m in matches)
    for m in matches:
        if m.kind == "city" and countries and not (strict or georgia) and _listed_metropolis(m, matches, countries):
            countries.add(m.candidates[0].country)  # "NYC, London and Amsterdam": London is London
            names.append(m.key)
        elif m.kind == "city":
            country, named = _city_country(m, countries, georgia, us_context)
            if country:
                countries.add(country)
            if named:
                names.append(m.key)
    if georgia:
        countries.add(_georgia(matches, countries, us_context))
        names.append("georgia")
    # "Anywhere in the US", "Worldwide (Europe)": the place narrows the global word.
    if "global" in regions and (countries or len(regions) > 1):
        regions.discard("global")
    return countries, regions, remote, tz_regions, names


def utc_regions(text: str) -> set[str]:
    """Regions of the UTC/GMT offsets a text names ("UTC+8" asia, "GMT-5" us, "UTC +/- 3" europe)."""
    out: set[str] = {"europe"} if _UTC_WINDOW.search(text) else set()
    for raw in _UTC.findall(text):
        offset = int(raw.replace(" ", "").replace("−", "-").replace("–", "-"))
        if -10 <= offset <= -4:
            out.add("us")
        elif offset == -3:
            out.add("latam")
        elif -1 <= offset <= 3:
            out.add("europe")
        elif offset == 4:
            out.add("mena")
        elif 5 <= offset <= 9:
            out.add("asia")
        elif 10 <= offset <= 13:
            out.add("oceania")
    return out


@lru_cache(maxsize=65_536)
def locate(location: str) -> LocationResult:
    """Countries, regions and remote flag for ONE raw location string (cached: boards repeat them a lot)."""
    return _locate(location, strict=False)


@lru_cache(maxsize=65_536)
def locate_in_text(chunk: str) -> LocationResult:
    """Like locate() for a capitalized chunk of free text: countries, region words and big cities only."""
    return _locate(chunk, strict=True)


def _union(found: list[LocationResult]) -> LocationResult:
    return LocationResult(
        tuple(sorted({c for loc in found for c in loc.countries})),
        tuple(sorted({r for loc in found for r in loc.regions})),
        any(loc.remote for loc in found),
        tuple(p for loc in found for p in loc.places),
    )


def _locate(location: str, *, strict: bool) -> LocationResult:
    if not location or not location.strip():
        return LocationResult()
    # "벤처캐피털(VC)": venture capital's gloss, not Saint Vincent (native_glosses)
    location = without_glosses(location)
    if not strict and THAI.search(location):
        from talentintel.tagging.cjk import merge
        from talentintel.tagging.thai_places import thai_places  # builds on this module's LocationResult

        # the Thai words are read by thai_places alone: as Latin tokens they matched foreign cities' Thai names
        return merge(_locate(THAI.sub(" ", location), strict=False), thai_places(location))
    if not strict and CJK.search(location):
        from talentintel.tagging.cjk import cjk_places, merge  # cjk builds on this module's LocationResult

        # a code glued to a Hangul name is the name's ("SG아트타워", "SK하이닉스"; korean_addresses.py)
        latin = CJK.sub(" ", _GLUED_LATIN.sub(" ", without_name_codes(location)))
        # beside Han, Hangul or kana a word code is the field ("杭州 AI"): CJK scripts spell countries out (安圭拉)
        codes = gazetteer().word_codes
        if any(w.strip(".,()") in codes for w in latin.split()):
            latin = " ".join(w for w in latin.split() if w.strip(".,()") not in codes)
        return merge(_locate(latin, strict=False), cjk_places(location))
    if not strict and location.count(",") >= 2 and (items := list_items(location)):
        return _union([_locate(item, strict=False) for item in items])  # "San Francisco, London, India" (place_lists)
    g = gazetteer()
    location = expand_shared_noun(GMT_OFFSET.sub("UTC", _EXCLUDED.sub(" ", location)))
    parts = [part for s in _SEGMENTS.split(location) if s and s.strip() for part in split_conjunctions(s)]
    segments = state_segments(g, parts)  # "Recife/PE" is Pernambuco (code_before_country)
    wished = zones_only_wished(location)  # "(GMT+3 to GMT+8 preferred)" restricts nothing (zone_wishes)
    if wished:  # "Asia time zones preferred": a zone named by a region's word is a wish too
        segments = without_wished_zones(segments)
    us_context = bool(re.search(r"\b(US|USA|United States)\b", location))
    countries: set[str] = set()
    regions: set[str] = set()
    tz_regions: set[str] = set()
    names: list[str] = []
    remote = False
    lone_tz: set[str] = set()  # "Remote (LatAm/US timezones)": a segment naming only a zone names that region
    for segment in segments:
        c, r, rem, tz, n = _segment_places(g, segment, us_context, strict)
        countries |= c
        regions |= r
        tz_regions |= tz
        if tz and not c and not r:
            lone_tz |= tz
        names.extend(n)
        remote = remote or rem
    if not countries and not regions:
        regions = set() if wished else tz_regions | utc_regions(location)
    elif len(segments) > 1 and not wished:
        regions |= lone_tz
    countries.update(address_countries(location))
    for country in countries:
        region = g.region_of(country)
        if region:
            regions.add(region)
    return LocationResult(tuple(sorted(countries)), tuple(sorted(regions)), remote, tuple(names))
