"""Daily snapshots of job counts, so trend history survives postings that close, get retagged or are deleted.

A beat task calls take_daily_snapshot(session, day) once a day (for the day that just ended, or today so far);
running it again for the same day rewrites that day's rows with the same key (unique key + upsert), so it is
idempotent and a later run only corrects the counts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, case, delete, func, literal_column, not_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from talentintel.models import SECTOR_CLASSES, Job, TrendSnapshot
from talentintel.trends.counts import ALL, closed_at, is_closed, seen_at
from talentintel.trends.filters import mask_regions
from talentintel.trends.periods import as_date
from talentintel.types import utcnow

Key = tuple[str, str, str]  # sector_class, region, country
Group = tuple[str, int, str]  # sector_class, region_mask, countries_key: what the database groups on


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _day_of(column: Any, dialect: str) -> Any:
    """The UTC day of a timestamp, as SQL."""
    if dialect == "postgresql":
        return func.timezone(literal_column("'UTC'"), column).cast(Date)
    return func.date(column)


def _expand(group: Group) -> list[Key]:
    sector, mask, ckey = group
    keys = [(sector, ALL, ALL)]
    keys += [(sector, region, ALL) for region in mask_regions(mask)]
    keys += [(sector, ALL, c) for c in (ckey or "").split(",") if c]
    return keys


def range_counts(session: Session, first: date, last: date) -> dict[date, dict[Key, list[int]]]:
    """[open at the end of the day, new that day, closed that day] per key, for each UTC day first..last.

    Three grouped scans whatever the number of days (the same shape as the live trend counts): open jobs that
    appeared before `first`, jobs that appeared in the range by day, and jobs closed since `first` by day.
    """
    dialect = session.get_bind().dialect.name
    start, end = _midnight(first), _midnight(last) + timedelta(days=1)
    by = [col(Job.sector_class), col(Job.region_mask), col(Job.countries_key)]
    positions: list[Any] = [literal_column(str(i)) for i in range(1, 6)]
    q_open = select(*by, func.count()).where(not_(is_closed), seen_at < start).group_by(*positions[:3])
    q_new = (
        select(_day_of(seen_at, dialect), *by, func.count())
        .where(seen_at >= start, seen_at < end)
        .group_by(*positions[:4])
    )
    closed_day = case((closed_at < end, _day_of(closed_at, dialect)), else_=None)
    q_closed = (
        select(closed_day, seen_at < start, *by, func.count())
        .where(is_closed, closed_at >= start, seen_at < end)
        .group_by(*positions[:5])
    )
    opening: dict[Group, int] = defaultdict(int)
    moves: dict[date, dict[Group, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for sector, mask, ckey, n in session.execute(q_open):
        opening[(sector, mask, ckey)] += n
    for day, sector, mask, ckey, n in session.execute(q_new):
        moves[as_date(day)][(sector, mask, ckey)][0] += n
    for day, before, sector, mask, ckey, n in session.execute(q_closed):
        if before:
            opening[(sector, mask, ckey)] += n
        if day is not None:
            moves[as_date(day)][(sector, mask, ckey)][1] += n

    running = dict(opening)
    out: dict[date, dict[Key, list[int]]] = {}
    day = first
    while day <= last:
        counts: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0])
        for group, (new, closed) in moves.get(day, {}).items():
            running[group] = running.get(group, 0) + new - closed
            for key in _expand(group):
                counts[key][1] += new
                counts[key][2] += closed
        for group, n in running.items():
            if n:
                for key in _expand(group):
                    counts[key][0] += n
        for sector in SECTOR_CLASSES:  # the day's total rows exist even at zero: they mark the day as snapshotted
            counts[(sector, ALL, ALL)]  # the defaultdict creates the zero row
        out[day] = counts
        day += timedelta(days=1)
    return out


def day_counts(session: Session, day: date) -> dict[Key, list[int]]:
    return range_counts(session, day, day)[day]


def _insert(session: Session) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def take_daily_snapshot(session: Session, day: date) -> int:
    """Write the counts of UTC `day`; returns the number of rows written. Does not commit."""
    return backfill_snapshots(session, day, day)


def backfill_snapshots(session: Session, first: date, last: date) -> int:
    """Write the counts of every UTC day first..last (history for days before snapshots were taken, as far as the
    jobs table still knows it); returns the number of rows written. Does not commit."""
    now = utcnow()
    table = TrendSnapshot.__table__  # type: ignore[attr-defined]
    written = 0
    for day, counts in range_counts(session, first, last).items():
        values = [
            {"day": day, "sector_class": sector, "region": region, "country": country, "open_jobs": figures[0],
             "new_jobs": figures[1], "closed_jobs": figures[2], "created_at": now, "updated_at": now}
            for (sector, region, country), figures in sorted(counts.items())
        ]  # fmt: skip
        for chunk in range(0, len(values), 500):
            stmt = _insert(session)(table).values(values[chunk : chunk + 500])
            stmt = stmt.on_conflict_do_update(
                index_elements=["day", "sector_class", "region", "country"],
                set_={name: stmt.excluded[name] for name in ("open_jobs", "new_jobs", "closed_jobs", "updated_at")},
            )
            session.execute(stmt)
        # A key that no longer has any job (its postings were deleted or retagged) must not keep stale figures.
        session.execute(
            delete(table).where(
                table.c.day == day,
                tuple_(table.c.sector_class, table.c.region, table.c.country).not_in(list(counts)),
            )
        )
        written += len(values)
    return written
