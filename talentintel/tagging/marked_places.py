"""The place named just before a marker: "New York Pay Range" (pay_places), "Japan-based investors", "싱가폴, 베트남 등
동남아시아 지역에서 운영" (market_places). The marker is found first and the place read in a short window before it:
a place pattern opening with a capital's class (or a Hangul word) tried at every position costs ~200 us a 6 KB text,
while the markers are rare."""

from __future__ import annotations

import re
from collections.abc import Iterator


def places_before(text: str, marker: re.Pattern[str], place: re.Pattern[str], window: int) -> Iterator[re.Match[str]]:
    """Each match of `place` in the `window` characters before a match of `marker` (ending right at the marker)."""
    for match in marker.finditer(text):
        found = place.search(text, max(0, match.start() - window), match.start())
        if found:
            yield found
