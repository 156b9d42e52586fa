"""A subdivision code written right before its country's name is that subdivision: "CO, United States" is Colorado
and "NC, United States" North Carolina, not Colombia and New Caledonia (issue 18, unseen25: Splunk's "CO, United
States | NC, United States | Hybrid Remote" read as latam + oceania + us); "CA, US" is California, "PE, Brazil"
Pernambuco. The country-then-code order ("United States, CA", "Brazil, SE") is read in locations._resolve_code; this
is the other order boards write, the code's own segment naming the country right after it."""

from __future__ import annotations

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
