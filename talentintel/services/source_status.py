"""How each source is doing: last success, freshness, failure streak and the data quality of its last run.

Shared by GET /v1/sources/{name}, `talentintel sources status` and the freshness gauge of /metrics. A source is
stale when it never succeeded or its last success is older than two of its intervals.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.db import session_scope
from talentintel.services.queries.params import NotFound
from talentintel.services.queries.tables import SCRAPE_RUNS, SOURCES
from talentintel.types import utcnow

_COLUMNS = (
    SOURCES.c.id,
    SOURCES.c.name,
    SOURCES.c.kind,
    SOURCES.c.enabled,
    SOURCES.c.interval_seconds,
    SOURCES.c.last_run_at,
    SOURCES.c.last_success_at,
    SOURCES.c.last_status,
    SOURCES.c.last_error,
    SOURCES.c.consecutive_failures,
    SOURCES.c.held_shrink,
)


def _latest_quality(conn: Connection, source_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The quality of each source's newest run that recorded one."""
    newest = (
        select(SCRAPE_RUNS.c.source_id, func.max(SCRAPE_RUNS.c.id).label("run_id"))
        .where(SCRAPE_RUNS.c.quality.is_not(None), SCRAPE_RUNS.c.source_id.in_(source_ids))
        .group_by(SCRAPE_RUNS.c.source_id)
        .subquery()
    )
    rows = conn.execute(
        select(SCRAPE_RUNS.c.source_id, SCRAPE_RUNS.c.quality).join(newest, newest.c.run_id == SCRAPE_RUNS.c.id)
    )
    return {sid: quality for sid, quality in rows}


def _status(row: Any, quality: dict[str, Any] | None, now: datetime) -> dict[str, Any]:
    success = row.last_success_at
    freshness = (now - success).total_seconds() if success else None
    return {
        "name": row.name, "kind": row.kind, "enabled": row.enabled, "last_status": row.last_status,
        "last_run_at": row.last_run_at, "last_success_at": success,
        "freshness_seconds": round(freshness) if freshness is not None else None,
        "failure_streak": row.consecutive_failures,
        "stale": freshness is None or freshness > 2 * row.interval_seconds,
        "shrink_held": row.held_shrink, "last_error": row.last_error, "quality": quality,
    }  # fmt: skip


def statuses(session: Session, name: str | None = None) -> list[dict[str, Any]]:
    """Every source (or the one named), stale ones first, then the least fresh."""
    conn = session.connection()
    stmt = select(*_COLUMNS)
    if name is not None:
        stmt = stmt.where(SOURCES.c.name == name)
    rows = list(conn.execute(stmt))
    if name is not None and not rows:
        raise NotFound("name", f"no source {name!r}")
    qualities = _latest_quality(conn, [r.id for r in rows])
    now = utcnow()
    out = [_status(r, qualities.get(r.id), now) for r in rows]
    return sorted(
        out,
        key=lambda s: (
            not s["stale"],
            -(s["freshness_seconds"] if s["freshness_seconds"] is not None else float("inf")),
            s["name"],
        ),
    )


def freshness_gauge() -> dict[str, float]:
    """Seconds since each enabled source last succeeded (-1: never), for /metrics."""
    with session_scope() as session:
        rows = session.connection().execute(
            select(SOURCES.c.name, SOURCES.c.last_success_at).where(SOURCES.c.enabled.is_(True))
        )
        now = utcnow()
        return {name: (now - at).total_seconds() if at else -1.0 for name, at in rows}
