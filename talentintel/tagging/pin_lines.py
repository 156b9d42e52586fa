"""A location pin's line ("📍 Remote (Global) | 🕐 Posted 2 hours ago | 💰 …"), read like a "Location:" label.

Telegram and LinkedIn job posts mark their fields with emoji instead of words: the round pushpin stands where a board
writes "Location:" ("📍 US - Remote", "📍 Remote - Greece or Belgium", "📍 深圳"). Read as running text, "Remote
(Global)" made no remote job (no "fully remote" phrase) and "Greece or Belgium" sat beside "a major US-based project"
(unseen_hs16: three "📍 Remote (Global)" posts tagged no region, MindWave's tagged the US too). The pin's value ends
where the post's next field starts (a pipe, a line break). A pin over a heading ("📍 Job Overview") places nothing.
A line break may be written as markup a site renders later ("{br}", "<br>"): a pin closing a heading ("Requisitos
📍{br}- Experiencia en lenguajes como JavaScript") has no value on its line, and "como" (Spanish "like") read as Como,
Italy placed an Argentine conference sponsor's job in Europe (unseen_hs19, Fantommers).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.tagging.cjk import cjk_places, merge
from talentintel.tagging.locations import LocationResult, locate

PIN = "\U0001f4cd"  # ROUND PUSHPIN; U+FE0F (emoji presentation) may follow it
_PIN_LINE = re.compile(PIN + r"\ufe0f?[ \t]*(?:[:：][ \t]*)?((?:(?!\{br\}|<br)[^\n|;；。]){1,60})", re.IGNORECASE)


def pin_places(head: str, add: Callable[[str, str, LocationResult], None]) -> None:
    """Calls add("description", value, place) for each pinned value that names a place or remote work."""
    if PIN not in head:
        return  # cheap test first: nearly every text has no pin
    for match in _PIN_LINE.finditer(head):
        raw = match.group(1).strip()
        loc = merge(locate(raw), cjk_places(raw, global_words=True))
        if loc.countries or loc.regions or loc.remote:
            add("description", raw, loc)
