"""Job counts per period, sector class and region: live from the jobs table, or from the daily snapshots.

Live counting is two GROUP BY queries whatever the window: jobs by the period they appeared in (those from before the
window in one "already open" bucket) and jobs by the period they closed in. Open at the end of period p is then
already-open + appeared up to p - closed up to p. Regions come back as the job's bit mask and are expanded here, so
the database groups on one small integer instead of unnesting JSON.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, func, literal_column, not_, select
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES, Job, TrendSnapshot
from talentintel.trends.filters import JobFilter, mask_regions
from talentintel.trends.periods import Window, as_date, bucket, period_start

ALL = "all"
# When a job appeared: its posting date when the source gives one, else when we first saw it.
seen_at = func.coalesce(col(Job.posted_at), col(Job.first_seen_at))
# When it closed: closed_at, or the last sighting for a closed job that never got one.
closed_at = func.coalesce(col(Job.closed_at), col(Job.last_seen_at))
is_closed = col(Job.status) == "closed"


@dataclass
class Cell:
    open: int = 0
    new: int = 0
    closed: int = 0


@dataclass
class PeriodCounts:
    """cells[(period, region, sector_class)]; `covered` lists the periods the snapshots answered."""

    cells: dict[tuple[date, str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    covered: set[date] = field(default_factory=set)

    def regions(self) -> set[str]:
        return {region for (_, region, _) in self.cells}


def _by_position(*positions: int) -> list[Any]:
    # GROUP BY 1, 2, 3: the bucket expression carries bound parameters that PostgreSQL would not match twice.
    return [literal_column(str(p)) for p in positions]


def _region_keys(mask: int, flt: JobFilter, by_region: bool) -> list[str]:
    return [ALL, *mask_regions(mask, flt.regions)] if by_region else [ALL]


def _deltas(
    session: Session, window: Window, flt: JobFilter, start: datetime
) -> tuple[dict[tuple[str, int], int], dict[tuple[date, str, int], list[int]]]:
    """Open jobs at `start` per (sector, mask), and [new, closed] per (period, sector, mask) from `start` to the end.

    Three index-only scans on PostgreSQL: open jobs that appeared before `start` (partial index of open jobs), jobs
    that appeared in the range, and jobs closed since `start` (partial index of closed jobs; those that appeared
    before `start` were still open then).
    """
    dialect = session.get_bind().dialect.name
    end = window.end_dt
    conds = flt.conditions(dialect)
    by = [col(Job.sector_class), col(Job.region_mask)]
    q_open = select(*by, func.count()).where(not_(is_closed), seen_at < start, *conds).group_by(*_by_position(1, 2))
    # A job that appeared in the range but "closed" before `start` (a source's dates contradicting each other) would
    # count as open from then on; not filtering it keeps this scan on the narrow index of appearance dates.
    q_new = (
        select(bucket(seen_at, window.granularity, dialect), *by, func.count())
        .where(seen_at >= start, seen_at < end, *conds)
        .group_by(*_by_position(1, 2, 3))
    )
    closed_in = case((closed_at < end, bucket(closed_at, window.granularity, dialect)), else_=None)
    q_closed = (
        select(closed_in, seen_at < start, *by, func.count())
        .where(is_closed, closed_at >= start, seen_at < end, *conds)
        .group_by(*_by_position(1, 2, 3, 4))
    )
    already: dict[tuple[str, int], int] = defaultdict(int)
    deltas: dict[tuple[date, str, int], list[int]] = defaultdict(lambda: [0, 0])
    for sector, mask, n in session.execute(q_open):
        already[(sector, mask)] += n
    for b, sector, mask, n in session.execute(q_new):
        deltas[(as_date(b), sector, mask)][0] += n
    for b, before, sector, mask, n in session.execute(q_closed):
        if before:
            already[(sector, mask)] += n
        if b is not None:
            deltas[(as_date(b), sector, mask)][1] += n
    return already, deltas


def live_counts(
    session: Session,
    window: Window,
    flt: JobFilter,
    *,
    by_region: bool = True,
    periods: list[date] | None = None,
) -> PeriodCounts:
    """Counts for `periods` (a tail of the window's periods; all by default) from the jobs table."""
    periods = periods or window.periods
    start = datetime(periods[0].year, periods[0].month, periods[0].day, tzinfo=UTC)
    already, deltas = _deltas(session, window, flt, start)
    out = PeriodCounts()
    for sector, mask in set(already) | {(s, m) for (_, s, m) in deltas}:
        running = already.get((sector, mask), 0)
        regions = _region_keys(mask, flt, by_region)
        for p in periods:
            new, closed = deltas.get((p, sector, mask), (0, 0))
            running += new - closed
            for region in regions:
                cell = out.cells[(p, region, sector)]
                cell.open += running
                cell.new += new
                cell.closed += closed
    return out


def snapshot_supports(flt: JobFilter, by_region: bool) -> str | None:
    """Why the snapshots cannot answer these filters (None when they can): they keep no company, and one split."""
    if flt.needs_jobs_table:
        return "snapshots keep counts by sector class, region and country only; the other filters need source=live"
    if len(flt.countries) > 1 or (flt.countries and (flt.regions or by_region)):
        return "snapshots answer one country only, without a region filter or by_region"
    if len(flt.regions) > 1:
        return "snapshots cannot combine several regions into one total; give one region"
    return None


def covered_periods(session: Session, window: Window) -> set[date]:
    """Periods before the current one with a snapshot for every day."""
    days = session.execute(
        select(col(TrendSnapshot.day))
        .where(col(TrendSnapshot.day) >= window.start, col(TrendSnapshot.day) < window.end)
        .where(col(TrendSnapshot.region) == ALL, col(TrendSnapshot.country) == ALL)
        .distinct()
    ).scalars()
    per_period: dict[date, int] = defaultdict(int)
    for day in days:
        per_period[period_start(as_date(day), window.granularity)] += 1
    periods = window.periods
    out = set()
    for i, p in enumerate(periods):
        nxt = periods[i + 1] if i + 1 < len(periods) else window.end
        if per_period.get(p, 0) == (nxt - p).days:
            out.add(p)
    return out


def snapshot_counts(
    session: Session, window: Window, flt: JobFilter, *, by_region: bool = True, only: set[date] | None = None
) -> PeriodCounts:
    """Counts from the snapshots: open at the last snapshotted day of each period, new and closed summed."""
    why = snapshot_supports(flt, by_region)
    if why:
        raise InvalidParameter("source", why)
    snap = TrendSnapshot
    # Plain columns, not ORM objects: two years of daily rows are tens of thousands of them.
    query = select(
        col(snap.day), col(snap.region), col(snap.sector_class), col(snap.open_jobs), col(snap.new_jobs),
        col(snap.closed_jobs),
    ).where(col(snap.day) >= window.start, col(snap.day) < window.end)  # fmt: skip
    if flt.sectors:
        query = query.where(col(TrendSnapshot.sector_class).in_(flt.sectors))
    if flt.countries:
        query = query.where(col(TrendSnapshot.country) == flt.countries[0], col(TrendSnapshot.region) == ALL)
    else:
        query = query.where(col(TrendSnapshot.country) == ALL)
        if flt.regions:
            query = query.where(col(TrendSnapshot.region).in_(flt.regions))
        elif not by_region:
            query = query.where(col(TrendSnapshot.region) == ALL)
    out = PeriodCounts()
    last_day: dict[tuple[date, str, str], date] = {}
    for raw_day, snap_region, sector_class, open_jobs, new_jobs, closed_jobs in session.execute(query):
        day = as_date(raw_day)
        p = period_start(day, window.granularity)
        if only is not None and p not in only:
            continue
        if flt.countries:
            keys = [ALL]
        elif flt.regions:  # one region: its rows are also the total
            keys = [ALL, snap_region] if by_region else [ALL]
        else:
            keys = [snap_region]
        for region in keys:
            key = (p, region, sector_class)
            cell = out.cells[key]
            cell.new += new_jobs
            cell.closed += closed_jobs
            if key not in last_day or day > last_day[key]:
                last_day[key] = day
                cell.open = open_jobs
        out.covered.add(p)
    return out


def merged_counts(
    session: Session, window: Window, flt: JobFilter, *, source: str, by_region: bool = True
) -> PeriodCounts:
    """source=live|snapshots|auto.

    auto answers every past period that has a snapshot for each of its days from the snapshots (history that
    survives deleted postings), and the periods after the last of them (normally just the current one) live, so
    today's open count is the jobs table's truth. Only the rows of those live periods and the open jobs are read.
    Gaps between snapshotted periods fall back to counting everything live.
    """
    if source == "live":
        return live_counts(session, window, flt, by_region=by_region)
    if source == "snapshots":
        return snapshot_counts(session, window, flt, by_region=by_region)
    if source != "auto":
        raise InvalidParameter("source", f"must be live, snapshots or auto, not {source!r}")
    covered = set() if snapshot_supports(flt, by_region) else covered_periods(session, window)
    if not covered:
        return live_counts(session, window, flt, by_region=by_region)
    out = snapshot_counts(session, window, flt, by_region=by_region, only=covered)
    last = max(covered)
    tail = [p for p in window.periods if p > last]
    if any(p not in covered for p in window.periods if p < last):
        live = live_counts(session, window, flt, by_region=by_region)
        live.cells.update(out.cells)
        live.covered = covered
        return live
    if tail:
        out.cells.update(live_counts(session, window, flt, by_region=by_region, periods=tail).cells)
    out.covered = covered
    return out


def sector_list(flt: JobFilter) -> tuple[str, ...]:
    return flt.sectors or SECTOR_CLASSES
