"""A posting's regions: its location strings first, then hints in the title, then in the description."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from talentintel.tagging.locations import LocationResult, locate, locate_in_text

# Location-like tails of a title: "Engineer (Remote, EU)", "Engineer - London", "Engineer | APAC".
_TITLE_TAIL = re.compile(r"\(([^()]{2,60})\)|\[([^\[\]]{2,60})\]|\s[-–—|@]\s+([^-–—|]{2,60})$")
# "remote within the US", "based in Berlin", "Location: London, UK"
_DESC_HINT = re.compile(
    r"\b(?:remote|remotely|based|located|location|locations|hiring|work from|office|candidates)\b[^.\n]{0,30}?"
    r"(?:\b(?:in|within|across|from|throughout)\b|:)\s+(?:the\s+|our\s+)?"
    r"((?:[A-Z][\w.&'-]*|EMEA|APAC|LATAM)(?:[ ,/-]+(?:[A-Z][\w.&'-]*|or|and|&)){0,5})"
)
# Runs of capitalized words (and all-caps region words) in free text: candidate place names.
_CAPITALIZED = re.compile(r"(?:[A-Z][\w.'&-]*)(?:[ ,/]+(?:[A-Z][\w.'&-]*))*")
_REMOTE_DESC = re.compile(
    r"\b(?:fully remote|100% remote|remote[- ]first role"
    r"|this (?:is a|role is|position is)(?: fully| a)? remote|work remotely from anywhere)\b",
    re.IGNORECASE,
)


@dataclass
class RegionResult:
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    remote: bool = False
    confidence: float = 0.0
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def add(self, source: str, raw: str, loc: LocationResult) -> None:
        self.countries.update(loc.countries)
        self.regions.update(loc.regions)
        self.remote = self.remote or loc.remote
        if loc.countries or loc.regions or loc.remote:
            self.evidence.append(
                {
                    "location": raw,
                    "field": source,
                    "countries": list(loc.countries),
                    "regions": list(loc.regions),
                }
            )


def posting_regions(title: str, description: str, locations: Sequence[str]) -> RegionResult:
    out = RegionResult()
    for raw in locations:
        if raw and raw.strip():
            out.add("location", raw, locate(raw))
    if out.regions:
        out.confidence = 0.95
    _title_places(out, title or "")
    if out.regions and not out.confidence:
        out.confidence = 0.85
    if not out.regions and description:
        for match in _DESC_HINT.finditer(description[:6000]):
            loc = locate(match.group(1))
            if loc.regions:
                out.add("description", match.group(1), loc)
        if out.regions:
            out.confidence = 0.6
    if not out.remote and description and _REMOTE_DESC.search(description):
        out.remote = True
        out.evidence.append({"remote": _REMOTE_DESC.search(description).group(0), "field": "description"})  # type: ignore[union-attr]
    return out


def _title_places(out: RegionResult, title: str) -> None:
    """Places named in a title: "Sales Director, Japan", "Engineer - EMEA Remote", "Deal Strategist - CDMX".

    Region words ("EMEA") widen the location; countries and cities only fill in when the location named nothing
    (a title "Cross Border China" does not move a Singapore job).
    """
    had_regions = bool(out.regions)
    for chunk in _CAPITALIZED.findall(title):
        loc = locate_in_text(chunk)
        if not (loc.countries or loc.regions):
            continue
        words = [p for p in loc.places if p in _region_word_keys()]
        if had_regions and not words:
            continue
        out.add("title", chunk, LocationResult(() if had_regions else loc.countries, loc.regions, False, loc.places))
    for match in _TITLE_TAIL.finditer(title):
        tail = next(g for g in match.groups() if g)
        if locate(tail).remote:
            out.remote = True


def _region_word_keys() -> frozenset[str]:
    from talentintel.tagging.gazetteer import gazetteer

    return frozenset(gazetteer().region_words)


def text_regions(text: str) -> RegionResult:
    """Regions named in free text (announcements): capitalized place names, countries and region words."""
    out = RegionResult()
    for chunk in _CAPITALIZED.findall(text or ""):
        loc = locate_in_text(chunk)
        if loc.countries or loc.regions:
            out.add("text", chunk, LocationResult(loc.countries, loc.regions, False, loc.places))
    if out.regions:
        out.confidence = 0.7
    return out
