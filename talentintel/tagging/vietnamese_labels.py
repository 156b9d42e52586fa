"""Vietnamese boards' work-place label ("Địa điểm làm việc: Q.6"), read like a location field.

A district number alone ("Q.6", "Quận 6") under that label is a district of Ho Chi Minh City or Hanoi: the posting is
in Vietnam (unseen_hs6: "Địa điểm làm việc: Q.6" found no place). Only under the label: elsewhere "Q.6" is as often a
question's number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.tagging.locations import LocationResult, locate

_LABEL = re.compile(r"\b(?:Địa điểm làm việc|Nơi làm việc|Địa chỉ làm việc)\s*[:：]\s*([^\n;|]{1,60})", re.IGNORECASE)
_DISTRICT = re.compile(r"(?:Q|Quận)\.?\s?\d{1,2}\b", re.IGNORECASE)


def vietnamese_work_places(head: str, add: Callable[[str, str, LocationResult], None]) -> None:
    """Calls add("description", value, place) for each labeled work place the text names."""
    if "làm việc" not in head.lower():
        return  # cheap test first: nearly every text is in another language
    for match in _LABEL.finditer(head):
        raw = match.group(1).strip()
        loc = locate(raw)
        if not (loc.countries or loc.regions) and _DISTRICT.match(raw):
            loc = LocationResult(("VN",), ("asia",), False, (raw,))
        if loc.countries or loc.regions or loc.remote:
            add("description", raw, loc)
