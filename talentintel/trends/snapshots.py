"""Daily snapshots of job counts, so trend history survives postings that close, get retagged or are deleted.

A beat task calls take_daily_snapshot(session, day) once a day (for the day that just ended, or today so far);
running it again for the same day rewrites that day's rows with the same key (unique key + upsert), so it is
idempotent and a later run only corrects the counts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, func, not_, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from talentintel.models import SECTOR_CLASSES, Job, TrendSnapshot
from talentintel.trends.counts import ALL, closed_at, is_closed, seen_at
from talentintel.trends.filters import mask_regions
from talentintel.types import utcnow

Key = tuple[str, str, str]  # sector_class, region, country


def day_counts(session: Session, day: date) -> dict[Key, list[int]]:
    """[open at the end of `day`, new on `day`, closed on `day`] per (sector_class, region, country) key."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    end = start + timedelta(days=1)
    closed_before_end = and_(is_closed, closed_at < end)
    query = (
        select(
            col(Job.sector_class),
            col(Job.region_mask),
            col(Job.countries_key),
            func.sum(case((not_(closed_before_end), 1), else_=0)),
            func.sum(case((seen_at >= start, 1), else_=0)),
            func.sum(case((and_(is_closed, closed_at >= start, closed_at < end), 1), else_=0)),
        )
        .where(seen_at < end, or_(not_(is_closed), closed_at >= start))
        .group_by(col(Job.sector_class), col(Job.region_mask), col(Job.countries_key))
    )
    out: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sector, mask, ckey, *figures in session.execute(query):
        keys = [(sector, ALL, ALL)]
        keys += [(sector, region, ALL) for region in mask_regions(mask)]
        keys += [(sector, ALL, c) for c in (ckey or "").split(",") if c]
        for key in keys:
            for i, n in enumerate(figures):
                out[key][i] += int(n or 0)
    # The day's total rows always exist, even at zero: they mark the day as snapshotted.
    for sector in SECTOR_CLASSES:
        out[(sector, ALL, ALL)]  # the defaultdict creates the zero row
    return out


def _insert(session: Session) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def take_daily_snapshot(session: Session, day: date) -> int:
    """Write the counts of UTC `day`; returns the number of rows written. Does not commit."""
    counts = day_counts(session, day)
    now = utcnow()
    values = [
        {
            "day": day,
            "sector_class": sector,
            "region": region,
            "country": country,
            "open_jobs": figures[0],
            "new_jobs": figures[1],
            "closed_jobs": figures[2],
            "created_at": now,
            "updated_at": now,
        }
        for (sector, region, country), figures in sorted(counts.items())
    ]
    table = TrendSnapshot.__table__  # type: ignore[attr-defined]
    for chunk in range(0, len(values), 500):
        stmt = _insert(session)(table).values(values[chunk : chunk + 500])
        stmt = stmt.on_conflict_do_update(
            index_elements=["day", "sector_class", "region", "country"],
            set_={
                "open_jobs": stmt.excluded.open_jobs,
                "new_jobs": stmt.excluded.new_jobs,
                "closed_jobs": stmt.excluded.closed_jobs,
                "updated_at": stmt.excluded.updated_at,
            },
        )
        session.execute(stmt)
    # A key that no longer has any job (its postings were deleted or retagged) must not keep yesterday's figures.
    keys = [(s, r, c) for (s, r, c) in counts]
    session.execute(
        delete(table).where(
            table.c.day == day, tuple_(table.c.sector_class, table.c.region, table.c.country).not_in(keys)
        )
    )
    return len(values)
