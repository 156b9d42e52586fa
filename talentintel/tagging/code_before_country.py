"""A subdivision code written right before its country's name is that subdivision: "CO, United States" is Colorado
and "NC, United States" North Carolina, not Colombia and New Caledonia (issue 18, unseen25: Splunk's "CO, United
States | NC, United States | Hybrid Remote" read as latam + oceania + us); "CA, US" is California, "PE, Brazil"
Pernambuco. The country-then-code order ("United States, CA", "Brazil, SE") is read in locations._resolve_code; this
is the other order boards write, the code's own segment naming the country right after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from talentintel.tagging.gazetteer import Gazetteer

# match kinds that name exactly one country ("United States", "USA", "Brazil"); a bare code ("US") is still "code"
_COUNTRY_KINDS = ("country", "abbrev")


def _country_after(g: Gazetteer, matches: list[Any], idx: int) -> str | None:
    """The one country the match right after `matches[idx]` names, with nothing between them but punctuation."""
    if idx + 1 >= len(matches):
        return None
    nxt = matches[idx + 1]
    if nxt.start != matches[idx].end:
        return None
    if nxt.kind in _COUNTRY_KINDS and len(nxt.countries) == 1:
        return str(nxt.countries[0])
    if nxt.kind == "code" and nxt.key in g.alpha2:
        return str(nxt.key)
    return None


def subdivision_before_country(g: Gazetteer, matches: list[Any], idx: int) -> bool:
    """Read `matches[idx]`, a bare 2-3 letter code, as a subdivision of the country named right after it; whether
    it was (the caller resolves it the usual way otherwise)."""
    country = _country_after(g, matches, idx)
    if country is None or f"{country}-{matches[idx].key}" not in g.subdivision_codes:
        return False
    m = matches[idx]
    m.kind, m.countries = "subdiv", (country,)
    return True


def subdivision_of_city(g: Gazetteer, m: Any, prev_city: tuple[Any, ...]) -> bool:
    """Read a code right after a city as a subdivision of that city's country when it is one there: "Chennai, TN" is
    Tamil Nadu, not Tennessee (the US-state reading comes first only after a US city). Whether it was."""
    country = next((p.country for p in prev_city if f"{p.country}-{m.key}" in g.subdivision_codes), None)
    if country is None:
        return False
    m.kind, m.countries = "subdiv", (country,)
    return True


_BARE_CODE = re.compile(r"\s*([A-Z]{2})\s*")


def state_segments(g: Gazetteer, segments: list[str]) -> list[str]:
    """The segments without a bare code that is a subdivision of the one country the others name: "Recife/PE" is
    Pernambuco, "Salvador/BA" Bahia, "Maceió/AL" Alagoas, not Peru, Bosnia and Albania (Brazilian boards write the
    state after a slash; issue 18, tag27)."""
    codes = [i for i, s in enumerate(segments) if _BARE_CODE.fullmatch(s)]
    if not codes or len(codes) == len(segments):
        return segments
    from talentintel.tagging.locations import locate  # this module is imported by locations

    others = [s for i, s in enumerate(segments) if i not in codes]
    named = locate(" / ".join(others)).countries
    if len(named) != 1:
        return segments
    drop = {i for i in codes if f"{named[0]}-{segments[i].strip()}" in g.subdivision_codes}
    return [s for i, s in enumerate(segments) if i not in drop]
