"""A CJK location label written as a markdown heading with its value on the next line, as the Taiwanese community
board github b2etw/jobs lays out every post ("# 公司地址\\n新北市新店區民權路88-3號5樓"): README region rule 1's
location line, which regions._LOCATION_LINE reads only as "label: value" on one line or for English labels (issue 18,
unseen_hs8: hs8t-b2etw-ponddy-backend read asia + us from "總部成立於美國矽谷" where its address says Taiwan).

The value may offer remote work first and the office as an option ("遠端全職，亦可使用台北市政府站 AppWorks Co-working
Space": full-time remote, the Taipei desk may also be used): remote, and the office restricts nothing (README rule 7;
hs8t-b2etw-alphalytics-onchain-backend read asia + us from its founders' countries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from talentintel.tagging.locations import LocationResult

_LABELS = "公司地址|工作地點|工作地点|辦公地點|办公地点|上班地點|上班地点|工作地址|公司位置|工作城市|근무지|勤務地"
# English boards' careers pages head the place the same way ("## Work Location\n\nGlobal Remote", dotbit's repository,
# unseen_hs9: read with no region). A bare "## Location" heading is not read: over the tuning fixtures it took the
# first line of a paragraph that offers remote beside an office (hs8t-sigp-frontend-developer read AU, label global)
_ENGLISH = "work location|job location"
_ENGLISH_CUE = re.compile(_ENGLISH, re.IGNORECASE)
_HEADING = re.compile(
    r"^[ \t]*#{1,6}[ \t]*(?:"
    + _LABELS
    + r"|(?i:"
    + _ENGLISH
    + r"))[ \t]*[:：]?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[*•·-][ \t]+)?([^\n#]{1,120})$",
    re.MULTILINE,
)
# remote work first, then an office "also" on offer: 亦可 / 也可 / 或 (zh), "or" / "optionally"
_REMOTE_FIRST = re.compile(r"^\s*(?:全職|全职)?\s*(?:遠端|远程|遠程|远端|remote)", re.IGNORECASE)
_ALSO = re.compile(r"亦可|也可|或可|可選|可选|\bor\b|\boptional(?:ly)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class HeadingLocation:
    """The value under a location heading and what it names."""

    raw: str
    place: LocationResult


def heading_locations(head: str, read: Callable[[str], LocationResult]) -> Iterator[HeadingLocation]:
    """Each location heading's value in head, read by `read` (a location field's reader); a remote value that offers
    an office as an option is remote alone."""
    if "#" not in head or not (any(label in head for label in _LABELS.split("|")) or _ENGLISH_CUE.search(head)):
        return
    for match in _HEADING.finditer(head):
        raw = match.group(1).strip()
        if _REMOTE_FIRST.search(raw) and _ALSO.search(raw):
            yield HeadingLocation(raw, LocationResult((), (), True, ()))
            continue
        loc = read(raw)
        if loc.countries or loc.regions or loc.remote:
            yield HeadingLocation(raw, loc)
