"""Fund capital trends: funds raised and their USD per period, split by focus sector class, region or manager.

The capital venture firms commit to crypto, AI or both is the leading edge of the movement users watch: it is
invested in rounds over the following years. Same periods, shares and changes as the round trends (funding.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES, Fund, Investor, region_mask
from talentintel.trends.filters import (
    FUND_TREND_FILTERS,
    investor_id,
    mask_regions,
    regions,
    sector_classes,
    split_own,
)
from talentintel.trends.periods import as_date, date_bucket, make_window, period_label
from talentintel.trends.series import add_changes, add_shares

SPLITS = ("sector_class", "region", "investor")
UNKNOWN = "unknown"  # a fund without a region


def fund_trends(
    session: Session,
    *,
    granularity: str = "month",
    start: date | None = None,
    end: date | None = None,
    by: str = "sector_class",
    sector: Iterable[str] = (),
    region: Iterable[str] = (),
    investor: Iterable[str] = (),
    filters: Mapping[str, Any] | None = None,
    top: int = 10,
    today: date | None = None,
) -> dict[str, Any]:
    """Rows per (period, key) with `funds` and `usd` (sum of known fund sizes) and their shares and change.

    `by=sector_class` splits by the fund's focus class; a fund in two regions counts in both; by investor, only the
    `top` managers by dollars in the window are listed. `filters` are FUND_TREND_FILTERS values as parsed (the fund
    list's vocabulary: focus, amount_min, amount_max...)."""
    if by not in SPLITS:
        raise InvalidParameter("by", f"with measure=fund_capital, must be one of {', '.join(SPLITS)}, not {by!r}")
    if not 1 <= top <= 100:
        raise InvalidParameter("top", "must be between 1 and 100")
    window = make_window(granularity, start, end, today=today)
    own, extra = split_own(filters or {})
    sectors, regs = sector_classes(sector), regions([*region, *own.get("region", ())])
    managers = [i for i in [*investor, *own.get("investor", ())] if i.strip()]
    conds: list[Any] = []
    if sectors:
        conds.append(col(Fund.focus_class).in_(sectors))
    if regs:
        conds.append(col(Fund.region_mask).op("&")(region_mask(regs)) != 0)
    if managers:
        conds.append(col(Fund.investor_id).in_([investor_id(session, ref) for ref in managers]))
    if extra:
        conds.append(FUND_TREND_FILTERS.where(extra, session.get_bind().dialect.name))
    period = date_bucket(col(Fund.announced_on), window.granularity, session.get_bind().dialect.name)
    key_column: Any = {
        "sector_class": col(Fund.focus_class), "region": col(Fund.region_mask), "investor": col(Investor.slug)
    }[by]  # fmt: skip
    query = (
        select(period, key_column, func.count(), func.coalesce(func.sum(col(Fund.amount_usd)), 0.0))
        .join(Investor, col(Investor.id) == col(Fund.investor_id))
        .where(col(Fund.announced_on) >= window.start, col(Fund.announced_on) < window.end, *conds)
        .group_by(literal_column("1"), literal_column("2"))
    )
    cells: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for bucket, key, n, usd in session.execute(query):
        keys = [str(key)]
        if by == "region":
            keys = mask_regions(int(key or 0), regs) or ([] if regs else [UNKNOWN])
        for k in keys:
            cells[(as_date(bucket), k)][0] += int(n)
            cells[(as_date(bucket), k)][1] += float(usd or 0)
    rows = [
        {
            "period": p.isoformat(),
            "label": period_label(p, window.granularity),
            "key": k,
            "funds": int(cells[(p, k)][0]) if (p, k) in cells else 0,
            "usd": round(cells[(p, k)][1], 2) if (p, k) in cells else 0.0,
        }
        for k in _ordered_keys(by, cells, sectors, top)
        for p in window.periods
    ]
    add_shares(rows, ("period",), ("funds", "usd"))
    add_changes(rows, ("key",), ("funds", "usd"))
    applied = {"sector": list(sectors), "region": list(regs), "investor": managers, **extra}
    return {"window": window.as_dict(), "by": by, "measure": "fund_capital", "filters": applied, "series": rows}


def _ordered_keys(by: str, cells: dict[tuple[date, str], list[float]], sectors: tuple[str, ...], top: int) -> list[str]:
    if by == "sector_class":
        return list(sectors or SECTOR_CLASSES)
    totals: dict[str, float] = defaultdict(float)
    for (_, k), (n, usd) in cells.items():
        totals[k] += usd + n * 1e-3  # dollars first, fund count breaks ties
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    return ranked[:top] if by == "investor" else ranked
