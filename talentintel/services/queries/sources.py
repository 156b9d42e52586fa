"""Scrape sources and their runs, for operators (admin scope)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from talentintel.services.queries import cursor, keyset
from talentintel.services.queries.params import NotFound, Page
from talentintel.services.queries.tables import SCRAPE_RUNS, SOURCES

SOURCE_COLUMNS = (
    SOURCES.c.id, SOURCES.c.name, SOURCES.c.kind, SOURCES.c.url, SOURCES.c.company, SOURCES.c.investor,
    SOURCES.c.enabled, SOURCES.c.interval_seconds, SOURCES.c.last_run_at, SOURCES.c.last_success_at,
    SOURCES.c.last_status, SOURCES.c.last_error, SOURCES.c.consecutive_failures, SOURCES.c.backoff_until,
    SOURCES.c.status, SOURCES.c.origin,
)  # fmt: skip
RUN_COLUMNS = (
    SCRAPE_RUNS.c.id, SCRAPE_RUNS.c.started_at, SCRAPE_RUNS.c.finished_at, SCRAPE_RUNS.c.status, SCRAPE_RUNS.c.new,
    SCRAPE_RUNS.c.updated, SCRAPE_RUNS.c.unchanged, SCRAPE_RUNS.c.closed, SCRAPE_RUNS.c.failed,
    SCRAPE_RUNS.c.duration_ms, SCRAPE_RUNS.c.error, SCRAPE_RUNS.c.message,
)  # fmt: skip
SOURCE_SORT = keyset.SortKey(SOURCES.c.name, SOURCES.c.id, False, str)
RUN_SORT = keyset.SortKey(SCRAPE_RUNS.c.id, SCRAPE_RUNS.c.id, True, int)


def _names(columns: tuple[Any, ...], row: Any) -> dict[str, Any]:
    return {c.name: row[i] for i, c in enumerate(columns)}


def list_sources(
    session: Session, *, limit: int = 50, cursor_token: str | None = None, status: str | None = None
) -> Page:
    conn = session.connection()
    base = select(*SOURCE_COLUMNS, SOURCE_SORT.key.label("sort_key"))
    if status is not None:
        base = base.where(SOURCES.c.status == status)
    scope = f"name:{status or ''}"  # a cursor of one status's list is no cursor of another's
    stmt = keyset.apply(base, SOURCE_SORT, cursor.decode(cursor_token, "sources", scope), limit)
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "sources", scope, lambda r: (r[-1], r[0]))
    return Page([_names(SOURCE_COLUMNS, r) for r in rows], next_cursor)


def source_id(session: Session, name: str) -> int:
    found = session.connection().execute(select(SOURCES.c.id).where(SOURCES.c.name == name)).scalar()
    if found is None:
        raise NotFound("name", f"no source {name!r}")
    return int(found)


def list_runs(session: Session, name: str, *, limit: int = 50, cursor_token: str | None = None) -> Page:
    sid = source_id(session, name)
    stmt = keyset.apply(
        select(*RUN_COLUMNS, RUN_SORT.key.label("sort_key")).where(SCRAPE_RUNS.c.source_id == sid),
        RUN_SORT,
        cursor.decode(cursor_token, "runs", name),
        limit,
    )
    rows, next_cursor = keyset.page(
        list(session.connection().execute(stmt)), limit, "runs", name, lambda r: (r[-1], r[0])
    )
    return Page([_names(RUN_COLUMNS, r) for r in rows], next_cursor)
