"""Fund ingestion: a venture firm raising, closing or launching a fund, stored as one `Fund` row per close.

A fund close is capital an investor commits to a focus (crypto, AI), which users watch beside company rounds; it is
not a round, so it never creates a company. The same close reported twice (two outlets the same week, a re-run of a
source) is one row: same manager, compatible fund names ("Seed IV" and "fourth seed fund" name the same fund) and
announced within `SAME_FUND_DAYS` of each other, or, without dates, amounts within 10%. A later report adds its
source and fills what the first left empty; it never overwrites a stored value.

`create_fund` is the one place a new fund row is made: events about new funds (webhooks) hook in there.
Never commits (the boundary owns the transaction).
"""

from __future__ import annotations

import re
from typing import Literal

from sqlmodel import Session, col, select

from talentintel import events
from talentintel.items import FundItem
from talentintel.models import Fund, Investor, region_mask
from talentintel.services.reports import merge_report
from talentintel.types import utcnow

# Reports of one close spread over days to weeks (a blog post, then the press, then a filing); two closes of one
# fund (first and final) are months apart. The same window as for rounds (services.funding.SAME_ROUND_DAYS).
SAME_FUND_DAYS = 45
Change = Literal["new", "updated", "unchanged"]


_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10", "debut": "1", "inaugural": "1", "maiden": "1", "one": "1",
    "two": "2", "three": "3", "four": "4", "five": "5",
}  # fmt: skip
_ROMAN = {"i": 1, "v": 5, "x": 10}
_FILLER = frozenset({"fund", "funds", "the", "its", "a", "lp", "l", "p", "vehicle", "new", "of", "and", "usd"})


def _roman(token: str) -> str | None:
    if not token or len(token) > 5 or any(ch not in _ROMAN for ch in token):
        return None
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(token) and _ROMAN[token[i + 1]] > value else value
    return str(total) if total > 0 else None


def name_tokens(fund_name: str | None, manager: str = "") -> frozenset[str]:
    """The words that tell one fund of a manager from another: "Galaxy Ventures Fund I LP" of Galaxy -> {ventures, 1};
    ordinals and Roman numerals become numbers, so "Fund IV", "fourth fund" and "Fund 4" agree."""
    if not fund_name:
        return frozenset()
    skip = _FILLER | set(re.findall(r"[a-z0-9]+", manager.lower()))
    out = set()
    for token in re.findall(r"[a-z0-9]+", fund_name.lower()):
        token = _ORDINALS.get(token, token)
        token = re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", token)
        token = _roman(token) or token
        if token not in skip:
            out.add(token)
    return frozenset(out)


def names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Unknown names agree with anything; otherwise one must be the other or a part of it ("Seed IV" / "fund IV")."""
    return not a or not b or a <= b or b <= a


def same_fund(row: Fund, item: FundItem, manager: str) -> bool:
    """Whether `item` reports the close stored in `row` (both of the same manager)."""
    row_name, item_name = name_tokens(row.fund_name, manager), name_tokens(item.fund_name, manager)
    if not names_agree(row_name, item_name):
        return False
    similar = None
    if row.amount_usd and item.amount_usd:
        similar = abs(row.amount_usd - item.amount_usd) <= 0.1 * row.amount_usd
    # Two sizes far apart are two funds ("$500M early fund and $1B growth fund", one named) unless both names say
    # the same fund (a first close, then the final close).
    if similar is False and not (row_name and row_name == item_name):
        return False
    if row.announced_on and item.announced_on:
        return abs((row.announced_on - item.announced_on).days) <= SAME_FUND_DAYS
    return bool(similar)


def dedupe_key(investor: Investor, item: FundItem) -> str:
    """Manager, fund name, date and size: a report with the same key is the same close (one with another key may
    still be, see same_fund)."""
    name = "-".join(sorted(name_tokens(item.fund_name, investor.name))) or "fund"
    when = item.announced_on.isoformat() if item.announced_on else "undated"
    return f"{investor.slug}|{name}|{when}|{item.amount_usd or 0:.0f}"[:400]


def focus_class(focus: list[str]) -> str:
    """none | crypto | ai | both, as sector_class is for jobs and rounds (the filters share one vocabulary)."""
    crypto, ai = "crypto" in focus, "ai" in focus
    return "both" if crypto and ai else "crypto" if crypto else "ai" if ai else "none"


def create_fund(session: Session, *, investor: Investor, item: FundItem, source: str, key: str) -> Fund:
    """Insert a fund row for a close not seen before. The only place funds are created: an event about a new
    fund (the `fund.announced` webhook) belongs here, after the flush that gives the row its id."""
    focus, regions = sorted(set(item.focus)), sorted(set(item.regions))
    assert investor.id is not None
    fund = Fund(
        investor_id=investor.id,
        dedupe_key=key,
        fund_name=item.fund_name,
        amount_usd=item.amount_usd,
        amount_original=item.amount_original,
        currency=item.currency,
        announced_on=item.announced_on,
        focus=focus,
        focus_class=focus_class(focus),
        regions=regions,
        region_mask=region_mask(regions),
        title=item.title,
        summary=item.summary,
        url=item.url,
        sources=[source],
    )
    session.add(fund)
    session.flush()
    assert fund.id is not None
    events.emit(session, events.FUND_ANNOUNCED, [fund.id])  # webhooks: sent after this transaction commits
    return fund


def _merge(row: Fund, item: FundItem, source: str) -> bool:
    """Add the source and fill what the stored row lacks; True when anything changed."""
    changed = merge_report(
        row,
        source,
        (
            ("fund_name", item.fund_name),
            ("amount_usd", item.amount_usd),
            ("amount_original", item.amount_original),
            ("currency", item.currency),
            ("announced_on", item.announced_on),
            ("title", item.title),
            ("summary", item.summary),
            ("url", item.url),
        ),
    )
    if item.focus and not row.focus:
        row.focus, row.focus_class = list(item.focus), focus_class(list(item.focus))
        changed = True
    if changed:
        row.updated_at = utcnow()
    return changed


def upsert_fund(session: Session, *, source: str, item: FundItem) -> tuple[Fund, Change]:
    """Store one reported fund close, merged into the same close when already known; returns (row, what changed)."""
    from talentintel.services.funding import upsert_investor  # funding imports this module for its ingest

    if not item.manager or not item.manager.strip():
        raise ValueError("fund without a manager: nothing to link it to")
    if item.amount_usd is not None and not 0 <= item.amount_usd < 1e13:
        raise ValueError(f"fund amount_usd out of range: {item.amount_usd!r}")
    investor = upsert_investor(session, item.manager)
    key = dedupe_key(investor, item)
    existing = session.exec(select(Fund).where(col(Fund.investor_id) == investor.id).order_by(col(Fund.id))).all()
    row = next((r for r in existing if r.dedupe_key == key), None) or next(
        (r for r in existing if same_fund(r, item, investor.name)), None
    )
    if row is None:
        return create_fund(session, investor=investor, item=item, source=source, key=key), "new"
    if _merge(row, item, source):
        session.add(row)
        return row, "updated"
    return row, "unchanged"
