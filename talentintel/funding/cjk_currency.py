"""A Chinese sum's currency named before its number, with "元" after it.

"獲得新台幣3億元B輪融資", "NT$3億元", "港幣5億元", "HK$5億元": Taiwan and Hong Kong dollars written so were read as
yuan (fund51, tuning_batch31); Taiwanese press writes every sum this way. Split from cjk.py to keep it under 400 lines.
"""

from __future__ import annotations

import re

# The currency named before the number, "元" after it: "獲得新台幣3億元B輪融資", "NT$3億元", "港幣5億元", "HK$5億元" (fund51:
# Taiwan and Hong Kong dollars written so were read as yuan; Taiwanese press writes every sum this way).
_BEFORE = re.compile(r"(新台幣|新台币|台幣|台币|NT\$|港幣|港币|港元|HK\$|人民幣|人民币|日幣|日币)\s?$", re.IGNORECASE)
_CODES = {
    "新台幣": "TWD",
    "新台币": "TWD",
    "台幣": "TWD",
    "台币": "TWD",
    "NT$": "TWD",
    "港幣": "HKD",
    "港币": "HKD",
    "港元": "HKD",
    "HK$": "HKD",
    "人民幣": "CNY",
    "人民币": "CNY",
    "日幣": "JPY",
    "日币": "JPY",
}


def named_before(text: str, start: int) -> str | None:
    """The ISO code of a currency named just before the number at `start`, if any."""
    found = _BEFORE.search(text[max(0, start - 5) : start])
    return _CODES[found.group(1).upper()] if found else None
