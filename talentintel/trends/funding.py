"""Funding trends: rounds and USD raised per period, split by sector class, region, round type or investor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES, FundingRound, Investor, RoundInvestor, region_mask
from talentintel.trends.filters import (
    ROUND_TREND_FILTERS,
    clean_text,
    investor_id,
    mask_regions,
    regions,
    sector_classes,
    split_own,
)
from talentintel.trends.periods import as_date, date_bucket, make_window, period_label
from talentintel.trends.series import add_changes, add_shares

SPLITS = ("sector_class", "region", "round_type", "investor")
UNKNOWN = "unknown"  # a round without a type, or without a region


def round_conditions(
    session: Session,
    *,
    sector: Iterable[str] = (),
    region: Iterable[str] = (),
    round_type: Iterable[str] = (),
    investor: str | Iterable[str] | None = None,
    filters: Mapping[str, Any] | None = None,
) -> tuple[list[Any], dict[str, Any]]:
    """Conditions on rounds and the filters as applied; `filters` are ROUND_TREND_FILTERS values as parsed."""
    own, extra = split_own(filters or {})
    region = [*region, *own.get("region", ())]
    investor = [*([investor] if isinstance(investor, str) else investor or ()), *own.get("investor", ())]
    sectors, regs = sector_classes(sector), regions(region)
    types = tuple(clean_text("round_type", t, 30).lower() for t in round_type if t.strip())
    conds: list[Any] = []
    if sectors:
        conds.append(col(FundingRound.sector_class).in_(sectors))
    if regs:
        conds.append(col(FundingRound.region_mask).op("&")(region_mask(regs)) != 0)
    if types:
        conds.append(func.lower(col(FundingRound.round_type)).in_(types))
    investors = [i for i in investor if i.strip()]
    if investors:
        ids = [investor_id(session, ref) for ref in investors]
        backed = select(col(RoundInvestor.round_id)).where(col(RoundInvestor.investor_id).in_(ids))
        conds.append(col(FundingRound.id).in_(backed))
    if extra:
        conds.append(ROUND_TREND_FILTERS.where(extra, session.get_bind().dialect.name))
    applied = {"sector": list(sectors), "region": list(regs), "round_type": list(types), "investor": investors}
    return conds, {**applied, **extra}


def funding_trends(
    session: Session,
    *,
    granularity: str = "month",
    start: date | None = None,
    end: date | None = None,
    by: str = "sector_class",
    sector: Iterable[str] = (),
    region: Iterable[str] = (),
    round_type: Iterable[str] = (),
    investor: str | Iterable[str] | None = None,
    filters: Mapping[str, Any] | None = None,
    top: int = 10,
    today: date | None = None,
) -> dict[str, Any]:
    """Rows per (period, key) with rounds and usd (sum of known amounts) and their shares and change.

    `by` picks the split. A round in two regions counts in both; by investor, a round counts for each of its
    investors and only the `top` investors by dollars in the window are listed. `filters` are ROUND_TREND_FILTERS
    values as parsed (the round list's vocabulary: round, amount_min, country, company...).
    """
    if by not in SPLITS:
        raise InvalidParameter("by", f"must be one of {', '.join(SPLITS)}, not {by!r}")
    if not 1 <= top <= 100:
        raise InvalidParameter("top", "must be between 1 and 100")
    window = make_window(granularity, start, end, today=today)
    conds, applied = round_conditions(
        session, sector=sector, region=region, round_type=round_type, investor=investor, filters=filters
    )
    dialect = session.get_bind().dialect.name
    period = date_bucket(col(FundingRound.announced_on), window.granularity, dialect)
    key_column: Any = {
        "sector_class": col(FundingRound.sector_class),
        "region": col(FundingRound.region_mask),
        "round_type": func.coalesce(func.lower(col(FundingRound.round_type)), UNKNOWN),
        "investor": col(Investor.slug),
    }[by]
    query = select(period, key_column, func.count(), func.coalesce(func.sum(col(FundingRound.amount_usd)), 0.0))
    if by == "investor":
        query = query.join(RoundInvestor, col(RoundInvestor.round_id) == col(FundingRound.id)).join(
            Investor, col(Investor.id) == col(RoundInvestor.investor_id)
        )
    query = query.where(
        col(FundingRound.announced_on) >= window.start, col(FundingRound.announced_on) < window.end, *conds
    ).group_by(literal_column("1"), literal_column("2"))

    cells: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for b, key, n, usd in session.execute(query):
        keys = [str(key)]
        if by == "region":
            wanted = applied["region"]
            keys = mask_regions(int(key or 0), wanted) or ([] if wanted else [UNKNOWN])
        for k in keys:
            cells[(as_date(b), k)][0] += int(n)
            cells[(as_date(b), k)][1] += float(usd or 0)
    keys = _ordered_keys(by, cells, applied, top)
    rows = [
        {
            "period": p.isoformat(),
            "label": period_label(p, window.granularity),
            "key": k,
            "rounds": int(cells[(p, k)][0]) if (p, k) in cells else 0,
            "usd": round(cells[(p, k)][1], 2) if (p, k) in cells else 0.0,
        }
        for k in keys
        for p in window.periods
    ]
    add_shares(rows, ("period",), ("rounds", "usd"))
    add_changes(rows, ("key",), ("rounds", "usd"))
    return {"window": window.as_dict(), "by": by, "filters": applied, "series": rows}


def _ordered_keys(by: str, cells: dict[tuple[date, str], list[float]], filters: dict[str, Any], top: int) -> list[str]:
    seen = {k for (_, k) in cells}
    if by == "sector_class":
        return list(filters["sector"] or SECTOR_CLASSES)
    totals: dict[str, float] = defaultdict(float)
    for (_, k), (n, usd) in cells.items():
        totals[k] += usd + n * 1e-3  # dollars first, round count breaks ties
    ranked = sorted(seen, key=lambda k: (-totals[k], k))
    return ranked[:top] if by == "investor" else ranked
