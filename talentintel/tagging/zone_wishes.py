"""A location string that names time zones only as a wish restricts nothing (README region rule: a time-zone
preference is no restriction): "Open globally (strong overlap with GMT+3 to GMT+8 preferred)" is worldwide, not Asia
and Europe (unseen21); "Remote (GMT+3 to GMT+8 preferred)" likewise.

Only the regions read from zones and UTC offsets are dropped; a country or region word in the same string still counts
("Remote (US preferred)" stays the US), unless the word names a time zone in a segment that wishes for it: "Fully
remote; Asia time zones preferred, open globally" is worldwide (unseen26; issue 18, tag61).
"""

from __future__ import annotations

import re

# The same wish words as the text's working-hours scan (timezone_hints): a wish is no condition.
# "Some overlap with GMT+3 working hours so we can actually talk to you sometimes" (unseen42, Jiga: work from anywhere)
# asks for a few shared hours, not for the zone.
WISH = re.compile(
    r"\b(?:prefer\w*|ideally|nice to have|bonus|a plus|some overlap)\b|优先|優先|歓迎|우대", re.IGNORECASE
)


def zones_only_wished(location: str) -> bool:
    """True when the location string words its zones as a preference."""
    return bool(WISH.search(location))


# a time zone named by a place's or region's word ("Asia time zones", "North American time zones", "EST timezone")
_ZONE_NAME = re.compile(r"\b(?:[A-Z][\w.+-]*\s+){1,2}time[\s-]?zones?\b")


def without_wished_zones(segments: list[str]) -> list[str]:
    """The location's segments with the time zones a segment only wishes for taken out ("Asia time zones
    preferred, open globally" keeps "preferred, open globally")."""
    return [_ZONE_NAME.sub(" ", s) if WISH.search(s) else s for s in segments]
