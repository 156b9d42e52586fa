"""A working-hours window around one zone: "located in a time zone within two to three hours of Australian Eastern
Standard Time (GMT+10)" opens every offset from GMT+7 to GMT+13, so asia and oceania, not the zone's own region
alone (README region rule 6; issue 18, unseen_hs8 hs8t-sigp-executive-assistant, github sigp/positions-vacant ea.md:
read oceania where the label is asia + oceania).

Only a window the sentence states with a number of hours and an explicit UTC/GMT offset is read; "UTC +/- 3" (a
window around UTC itself) stays with locations.utc_regions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.tagging.locations import utc_regions

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(\d|one|two|three|four|five|six)"
# "within two to three hours of", "within 3 hours of", "+/- 2 hours from"
_WINDOW = re.compile(
    r"\b(?:within|plus or minus|\+/-|±)\s+(?:"
    + _COUNT
    + r"\s*(?:to|-|–|or)\s*)?"
    + _COUNT
    + r"\s+hours?\s+(?:of|from)\b",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"(?<![a-z])(?:utc|gmt)\s*([+\-−–])\s*(\d{1,2})(?::?\d\d)?", re.IGNORECASE)


@dataclass(frozen=True)
class ZoneWindow:
    """Offsets from low to high hours around UTC, both ends included."""

    low: int
    high: int

    def regions(self) -> set[str]:
        out: set[str] = set()
        for offset in range(self.low, self.high + 1):
            out |= utc_regions(f"UTC{offset:+d}")
        return out


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def zone_window(sentence: str) -> ZoneWindow | None:
    """The window a sentence opens around an offset it names, or None."""
    window = _WINDOW.search(sentence)
    offset = _OFFSET.search(sentence, window.end()) if window else None
    if window is None or offset is None:
        return None
    hours = max(_count(g) for g in window.groups() if g)
    centre = int(offset.group(2)) * (-1 if offset.group(1) != "+" else 1)
    if hours > 6 or abs(centre) > 14:
        return None  # a wider window is no restriction worth a region
    return ZoneWindow(centre - hours, centre + hours)
