"""Job trends: open and newly posted jobs per week or month, by sector class and region, with shares and change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlmodel import Session

from talentintel.models import REGIONS
from talentintel.trends.counts import ALL, merged_counts, sector_list
from talentintel.trends.filters import job_filter
from talentintel.trends.periods import make_window, period_label
from talentintel.trends.series import add_changes, add_shares

SOURCES = ("auto", "live", "snapshots")
METRICS = ("open", "new", "closed")


def job_trends(
    session: Session,
    *,
    granularity: str = "week",
    start: date | None = None,
    end: date | None = None,
    sector: Iterable[str] = (),
    region: Iterable[str] = (),
    country: Iterable[str] = (),
    company: str | int | Iterable[str | int] | None = None,
    investor: str | int | Iterable[str | int] | None = None,
    filters: Mapping[str, Any] | None = None,
    by_region: bool = True,
    source: str = "auto",
    today: date | None = None,
) -> dict[str, Any]:
    """Rows per (region, period, sector class): open at the period's end, new (posted) and closed in it.

    Region "all" counts each job once; a job tagged with two regions also counts in each of them. Shares are within
    the period and region, changes against the previous period of the same region and sector class. `filters`
    are JOB_TREND_FILTERS values as parsed (the job list's vocabulary: skill, seniority, remote, q...).
    """
    window = make_window(granularity, start, end, today=today)
    flt = job_filter(
        session, sector=sector, region=region, country=country, company=company, investor=investor, filters=filters
    )
    counts = merged_counts(session, window, flt, source=source, by_region=by_region)
    present = counts.regions()
    regions = [ALL, *(r for r in (flt.regions or REGIONS) if r in present or r in flt.regions)] if by_region else [ALL]
    rows: list[dict[str, Any]] = []
    for reg in regions:
        for p in window.periods:
            for sector_class in sector_list(flt):
                cell = counts.cells.get((p, reg, sector_class))
                rows.append(
                    {
                        "period": p.isoformat(),
                        "label": period_label(p, window.granularity),
                        "region": reg,
                        "sector_class": sector_class,
                        "open": cell.open if cell else 0,
                        "new": cell.new if cell else 0,
                        "closed": cell.closed if cell else 0,
                    }
                )
    add_shares(rows, ("region", "period"), ("open", "new"))
    add_changes(rows, ("region", "sector_class"), ("open", "new"))
    return {
        "window": window.as_dict(),
        "filters": flt.as_dict(),
        "source": source,
        "periods": [
            {
                "period": p.isoformat(),
                "label": period_label(p, window.granularity),
                "source": "snapshots" if p in counts.covered else "live",
            }
            for p in window.periods
        ],
        "series": rows,
    }
