"""Round stages written in Hindi (issue 13, tuning_batch19; branch fund26).

Hindi business press writes the English stage in Devanagari: "कू ने सीरीज बी फंडिंग में 30 मिलियन डॉलर जुटाए हैं"
(b19-thedailyvoice-hi-koo: Koo raised $30 million in Series B funding), "सीड राउंड" (seed round), "प्री-सीरीज ए".
"""

from __future__ import annotations

import re

_LETTER = {"ए": "a", "बी": "b", "सी": "c", "डी": "d", "ई": "e", "एफ": "f"}
_SERIES = re.compile(r"(?<!प्री-)(?<!प्री\s)सीरीज\s?(एफ|ए|बी|सी|डी|ई)(?![\u0900-\u097f])")
_SEED = re.compile(r"(?<!प्री-)(?<!प्री\s)सीड\s(?:राउंड|फंडिंग)")


def hindi_stage(text: str) -> str | None:
    """The stage a Hindi text names ("सीरीज बी" -> series_b, "सीड राउंड" -> seed), if any."""
    m = _SERIES.search(text)
    if m:
        return f"series_{_LETTER[m.group(1)]}"
    return "seed" if _SEED.search(text) else None
