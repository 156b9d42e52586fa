"""A working-hours condition in a posting's text names its region when nothing else does (README region rule 6):
"You must be able to work within UTC+/-3 hours", "4 hours of overlap with EST", "collaborating during CET hours".

Read only from a sentence that speaks of hours, time zones or overlap, so a stray "EST." or "GMT" in a company
history names nothing; a remote job with such a condition is not worldwide (unseen17, the issue's "UTC+/-3",
"CET hours" class). Under a nice-to-have header the hours are a wish like the rest of its items: rotki's "4 hours daily
overlap with European working hours" under "## Non-technical bonus points:" (unseen_hs19) restricts nothing.
"""

from __future__ import annotations

import re

from talentintel.tagging.country_zones import FOREIGN_CHEAP, FOREIGN_CUE, country_zone_regions
from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.gazetteer import fold, gazetteer
from talentintel.tagging.locations import GMT_OFFSET, utc_regions
from talentintel.tagging.sections import MINOR, section_kinds
from talentintel.tagging.text import lowered
from talentintel.tagging.zone_window import zone_window
from talentintel.tagging.zone_wishes import WISH

_CUE = re.compile(
    r"\b(?:hours?|time ?zones?|overlap|working day|business day)\b|(?<![a-z])(?:utc|gmt)|时区|時區|タイムゾーン|시간대",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.\n;!?。；，、]+")
_ABBREV = re.compile(r"\b[A-Z]{3,4}\b")
_NAMED = re.compile(r"\b(?:pacific|eastern|central|mountain) time\b|\b(?:us|european) time ?zones\b", re.IGNORECASE)
# Upper-case words that are time zones in the table but far more often something else in a job text: Information and
# Communication Technology, Goods and Services Tax, art, a cat, to eat, "what".
_NOT_ZONES = frozenset({"ict", "gst", "art", "cat", "eat", "wat"})
# A wish is no condition: "we prefer that you have availability during GMT+3 work hours" at an all-remote company
# is still worldwide (unseen14/15 XAEGIR).
_SOFT = WISH
# Words any sentence with a condition holds: a text naming none of them is spared the sentence scan.
_CHEAP = (
    "utc",
    "gmt",
    "hour",
    "time zone",
    "timezone",
    "overlap",
    "时区",
    "時區",
    "タイムゾーン",
    "시간대",
    *FOREIGN_CHEAP,
)


_CHEAP_CUES = Cues(_CHEAP)
_FOREIGN_CUES = Cues(FOREIGN_CHEAP)


def timezone_regions(text: str) -> tuple[set[str], str]:
    """(regions, the sentence) of the first working-hours condition in the text; (set(), "") when there is none."""
    head = text[:6000]
    low = lowered(head)  # cached: == head.lower()
    if not holds_any(low, _CHEAP_CUES):
        return set(), ""
    zones = gazetteer().timezones
    foreign = holds_any(low, _FOREIGN_CUES)  # "fuseau horaire", "huso horario": read only where written
    kinds: list[str] | None = None  # each line's section, read once a sentence holds a cue
    for match in _SENTENCE.finditer(head):
        sentence = match.group(0)
        cued = _CUE.search(sentence) or (foreign and FOREIGN_CUE.search(sentence))
        if not cued or _SOFT.search(sentence):
            continue
        kinds = kinds if kinds is not None else section_kinds(head.split("\n"))
        if kinds[head.count("\n", 0, match.start())] == MINOR:
            continue
        window = zone_window(sentence)  # "within two to three hours of ... (GMT+10)": GMT+7 to GMT+13
        regions = window.regions() if window else utc_regions(sentence)
        for word in _ABBREV.findall(GMT_OFFSET.sub("UTC", sentence)):
            key = word.lower()
            if key not in _NOT_ZONES:
                regions.update(zones.get(key, ()))
        for named in _NAMED.finditer(sentence):
            regions.update(zones.get(fold(named.group(0)), ()))
        regions |= country_zone_regions(sentence)  # "(France time zone)", "+/- 3h de la France"
        if regions:
            return regions, sentence.strip()
    return set(), ""
