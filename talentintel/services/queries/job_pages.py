"""One entry point for a page of jobs, whichever reader the caller holds: the asyncpg read pool (PostgreSQL: one
prepared statement, no transaction, no thread hop) or, without one, a session in a worker thread (SQLite, or an app
started without its lifespan). Both run the same statement (jobs.page_statement) and build the same items."""

from __future__ import annotations

import anyio.to_thread

from talentintel.db import get_engine, session_scope
from talentintel.services.queries import jobs, pg_read
from talentintel.services.queries.params import Page


def prepare(
    filters: jobs.JobFilters, *, pool: pg_read.ReadPool | None, sort: str | None, limit: int, cursor: str | None
) -> jobs.PageQuery:
    """The page's validated parameters (InvalidParameter naming the culprit) for the reader that will run it."""
    dialect = "postgresql" if pool is not None else get_engine().dialect.name
    return jobs.page_query(filters, dialect, sort=sort, limit=limit, cursor_token=cursor)


async def read(pool: pg_read.ReadPool | None, query: jobs.PageQuery) -> Page:
    if pool is not None:
        return await pg_read.page(pool, query)
    return await anyio.to_thread.run_sync(_session_page, query)


def _session_page(query: jobs.PageQuery) -> Page:
    with session_scope() as session:
        rows = session.connection().execute(jobs.page_statement(query)).all()
    return jobs.to_page(rows, query.key[2], query.key[1])
