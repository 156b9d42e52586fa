"""What the per-language round readers share (arabic.py / deals_ar, hindi.py / deals_hi, polish.py / deals_pl): the
sentence around a match, cut at each script's own sentence ends, and the headline round made of what a reader found,
its amount in USD at the rate of the announcement's year."""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.fx import to_usd
from talentintel.funding.types import Deal

# A Latin-script sentence ends at "!", "?", a line break, or a point before a space or the end: "2,5 milljónir" and
# "24.3 millions" keep their decimal marks (the Polish, Scandinavian, Icelandic and Hebrew readers share it).
SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s|$)")


def sentence_span(text: str, at: int, ends: re.Pattern[str]) -> tuple[int, int]:
    """(start, end) of the sentence of `text` around position `at`, the sentence ends being `ends`' matches."""
    starts = [m.end() for m in ends.finditer(text, 0, at)]
    end = ends.search(text, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


def reader_round(
    company: str | None,
    money: tuple[float, str, str] | None,
    stage: str | None,
    leads: list[str],
    day: date | None,
    announced: date | None,
) -> Deal:
    """A round from one reader's findings. `money` is (value, currency, as written): amount_usd at the rate of
    `day`'s year (None when the rate table has no such currency, as for PLN today)."""
    deal = Deal(kind="round", company=company, announced_on=announced, round=stage)
    if money:
        usd = to_usd(money[0], money[1], day.year if day else None)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = money[1], money[2]
    deal.lead_investors = leads
    deal.investors = list(leads)
    return deal
