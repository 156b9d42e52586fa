"""Steps 3 and 4 of an upsert: this source's sightings, and the open/closed state of the jobs they list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, exists
from sqlalchemy.engine import Connection

from talentintel.services.ingest import bulk
from talentintel.services.ingest.classify import Plan, Sighted
from talentintel.services.ingest.items import Item, cut
from talentintel.services.queries.tables import JOBS, SIGHTINGS

# An unchanged job's last_seen_at moves at most this often: rewriting every wide job row (and its generated search
# vector) on each scrape of an unchanged board would cost more than the whole rest of ingest. Sightings, a narrow
# table, always get the exact time.
LAST_SEEN_STEP = timedelta(hours=1)


def insert_sightings(conn: Connection, source_id: int, rows: list[tuple[int, Item, str]], now: datetime) -> None:
    """rows: (job id, posting, the rule that put it on that job)."""
    bulk.insert_new(
        conn,
        SIGHTINGS,
        [
            {
                "job_id": job_id,
                "source_id": source_id,
                "external_id": item.external_id,
                "url": cut(item.posting.url, 2000),
                "content_hash": item.hash,
                "first_seen_at": now,
                "last_seen_at": now,
                "active": True,
                "match_rule": rule,
                "partial": item.partial,
            }
            for job_id, item, rule in rows
        ],
        ["source_id", "external_id"],
    )


def refresh_sightings(conn: Connection, plan: Plan, now: datetime) -> None:
    """Changed sightings take the new hash and URL; unchanged ones are touched (exact last-seen time, active)."""
    bulk.update_rows(
        conn,
        SIGHTINGS,
        [
            {
                "id": sid,
                "content_hash": item.hash,
                "url": cut(item.posting.url, 2000),
                "last_seen_at": now,
                "active": True,
                "partial": item.partial,
            }
            for item, sid, _ in plan.changed
        ],
    )
    bulk.update_in(conn, SIGHTINGS, [sid for sid, _ in plan.unchanged], {"last_seen_at": now, "active": True})


def seen_again(conn: Connection, reopen_ids: list[int], touch_ids: list[int], now: datetime) -> list[int]:
    """Closed jobs among `reopen_ids` reopen (returns their ids); `touch_ids` move last_seen_at, at most hourly."""
    reopened = [j for (j,) in bulk.select_in(conn, (JOBS.c.id,), JOBS.c.id, reopen_ids, JOBS.c.status == "closed")]
    bulk.update_in(conn, JOBS, reopened, {"status": "open", "closed_at": None, "updated_at": now})
    bulk.update_in(conn, JOBS, touch_ids, {"last_seen_at": now}, JOBS.c.last_seen_at < now - LAST_SEEN_STEP)
    return reopened


def close_sightings(conn: Connection, gone: Sequence[Sighted], now: datetime) -> list[int]:
    """The sightings go inactive; a job with no active sighting left closes (its id is returned)."""
    if not gone:
        return []
    bulk.update_in(conn, SIGHTINGS, [s.sighting_id for s in gone], {"active": False}, SIGHTINGS.c.active.is_(True))
    other = SIGHTINGS.alias("other")
    still_listed = exists().where(and_(other.c.job_id == JOBS.c.id, other.c.active.is_(True)))
    closing = [
        j
        for (j,) in bulk.select_in(
            conn, (JOBS.c.id,), JOBS.c.id, sorted({s.job_id for s in gone}), JOBS.c.status == "open", ~still_listed
        )
    ]
    bulk.update_in(conn, JOBS, closing, {"status": "closed", "closed_at": now, "updated_at": now})
    return closing
