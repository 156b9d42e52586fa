"""Pages of /v1/funding-rounds and /v1/companies for the API's async routes, and their page-cache keys.

Like job pages (job_pages), a page is read from the PostgreSQL read pool when the app has one (pg_lists: one
prepared statement per shape, no session, no thread hop), else with a session in a worker thread (SQLite, or an app
started without its lifespan); both build the same items. The routes keep rendered pages in the page cache
(page_cache, keyed by cache_key) until a table they read from changes.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread

from talentintel.db import session_scope
from talentintel.services.queries import companies, funding, pg_lists
from talentintel.services.queries.filter_registry import FilterValues, hashable_values
from talentintel.services.queries.params import Page
from talentintel.services.queries.pg_read import ReadPool


def cache_key(kind: str, filters: FilterValues, sort: str, limit: int, cursor: str | None) -> tuple[Any, ...]:
    """Equal for requests that read the same page: the list, its validated filters (in any order), sort, size and
    cursor."""
    return kind, tuple(sorted(hashable_values(filters.values))), sort, int(limit), cursor


async def rounds(
    pool: ReadPool | None, filters: funding.RoundFilters, *, sort: str, limit: int, cursor: str | None
) -> Page:
    if pool is not None:
        return await pg_lists.rounds(pool, filters, sort=sort, limit=limit, cursor_token=cursor)

    def read() -> Page:
        with session_scope() as session:
            return funding.list_rounds(session, filters, sort=sort, limit=limit, cursor_token=cursor)

    return await anyio.to_thread.run_sync(read)


async def company_list(
    pool: ReadPool | None, filters: companies.CompanyFilters, *, sort: str, limit: int, cursor: str | None
) -> Page:
    if pool is not None:
        return await pg_lists.companies_page(pool, filters, sort=sort, limit=limit, cursor_token=cursor)

    def read() -> Page:
        with session_scope() as session:
            return companies.list_companies(session, filters, sort=sort, limit=limit, cursor_token=cursor)

    return await anyio.to_thread.run_sync(read)
