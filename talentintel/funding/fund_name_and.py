"""A fund's proper name that holds "and" is one investor (issue 13, tuning_hs9; branch fund41).

"led by the Pontifax Global Food and Agriculture Technology Fund" (hs9-anterra-blue-river-17m-series-b) was split at
"and" into "Pontifax Global Food" and "Agriculture Technology Fund": two halves, neither a firm. The join holds when
"and" joins two fields of activity, the words after it end on a fund word (Fund, Foundation, Trust) and the words
before it end on no firm word of their own ("Sequoia Capital and Accel Growth Fund" stays two).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The two words "and" joins are the fund's fields ("Food and Agriculture", "Health and Wellness"): "Elo Mutual Pension
# Insurance and World Fund" (hs5-ip3127-iqm) and "Balderton and SoftBank Vision Fund 2" (dd-wayve) are two investors.
_FIELD = (
    r"(?:Food|Agriculture|Agri|Technology|Technologies|Tech|Health|Healthcare|Wellness|Life|Sciences?|Energy|Climate|"
    r"Education|Infrastructure|Innovation|Growth|Sustainability|Development|Mobility|Industry|Industries|Environment|"
    r"Water|Nutrition|Media|Entertainment|Security|Defen[cs]e|Space|Materials|Manufacturing|Research|Society)"
)
_JOINED = re.compile(
    rf"\b(?P<first>(?:[A-Z][\w'’-]*\s){{0,4}}{_FIELD}\s)and\s(?P<second>{_FIELD}\s(?:[A-Z][\w'’-]*\s){{0,3}}"
    r"(?:Fund|Foundation|Trust))\b(?!\s(?:\d|[IVX]+\b))"
)
_GLUE = "\x00"


def protect(segment: str, firm_like: Callable[[str], bool]) -> str:
    """`segment` with the "and" inside one fund's name glued, so a list split keeps the name whole."""

    def glue(m: re.Match[str]) -> str:
        if firm_like(m.group("first").strip()):
            return m.group(0)
        return m.group(0).replace(" and ", f"{_GLUE}and{_GLUE}")

    return _JOINED.sub(glue, segment)


def restore(name: str) -> str:
    return name.replace(_GLUE, " ")
