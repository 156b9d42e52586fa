"""The lean read path for job pages on PostgreSQL: asyncpg connections, statements compiled once per shape.

Building and compiling a SQLAlchemy statement costs about 0.4 ms of Python, more than PostgreSQL needs to answer
it. So a page's statement is compiled once per shape (sort, limit and which filters are set: PageQuery.key) to
SQL with $n parameters, kept here, and run with the page's values as a prepared statement (asyncpg caches it per
connection; the plan is made once). One statement per page, in autocommit: no BEGIN/COMMIT round trips, no
pre-ping. The connections are read-only (default_transaction_read_only) and have JIT off (compiling a plan costs
tens of milliseconds, far more than a page).

Full-text pages are the exception to plan reuse: how many jobs match the words decides the plan (walk the date
index for common words, read the GIN matches and sort for rare ones), so they get a plan for their own words.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg
from sqlalchemy.engine import URL

from talentintel.db import DatabaseUnavailable
from talentintel.logs import get_logger
from talentintel.services.queries import jobs
from talentintel.services.queries.filter_registry import hashable_values
from talentintel.services.queries.params import Page

log = get_logger(__name__)
DIALECT = PGDialect_asyncpg()
# A page costs PostgreSQL well under a millisecond: a few connections keep it busy, and more only make the
# backends compete for the same cores (p99 at 32 clients: 60-80 ms with 2-4 connections, 150 ms with 10).
POOL_SIZE = 4


@dataclass(frozen=True)
class Compiled:
    sql: str
    names: tuple[str, ...]  # bind names in $1..$n order


# Compiled statements by shape, of job pages (keys open with the dialect) and of pg_lists (keys open with the list).
_compiled: dict[tuple[Any, ...], Compiled] = {}


def remember(key: tuple[Any, ...], found: Compiled) -> Compiled:
    if len(_compiled) > 2000:  # shapes are few (filters present x sort x limit); bound it anyway
        _compiled.clear()
    _compiled[key] = found
    return found


def recall(key: tuple[Any, ...]) -> Compiled | None:
    return _compiled.get(key)


# The connection (not the statement) failed: the server restarted, the backend was terminated, the network dropped.
_LOST = (
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,  # admin shutdown, crash shutdown, cannot connect now
    asyncpg.InterfaceError,
    OSError,
    asyncio.TimeoutError,
)


def compiled(query: jobs.PageQuery) -> Compiled:
    found = _compiled.get(query.key)
    if found is None:
        statement = jobs.page_statement(query).compile(dialect=DIALECT)
        names = tuple(statement.positiontup or ())
        unbound = [name for name in names if name not in query.values]
        if unbound:  # a parameter whose value is not in bind_values() would be frozen at its first value
            raise RuntimeError(f"job page statement has parameters outside bind_values(): {unbound}")
        found = remember(query.key, Compiled(statement.string, names))
    return found


async def page(pool: ReadPool, query: jobs.PageQuery) -> Page:
    """The page of a validated query (jobs.page_query(..., "postgresql", ...))."""
    statement = compiled(query)
    args = [query.values[name] for name in statement.names]
    # Full-text pages get a plan for their own words (see the module doc); others reuse the prepared plan.
    rows = await pool.fetch(statement.sql, args, own_plan="q_ts" in query.values)
    return jobs.to_page(rows, query.key[2], query.key[1])


def cache_key(query: jobs.PageQuery) -> tuple[Any, ...]:
    """A hashable key equal for queries that read the same page (same statement, same parameter values)."""
    return query.key, hashable_values(query.values)


class ReadPool:
    """A small pool of asyncpg connections for single read-only statements.

    asyncpg's own Pool costs ~80 us of CPU per acquire/release (timeouts, reset, inactivity timers): as much as a
    page's statement. Here a connection is taken from a list and put back; one that failed or was interrupted
    mid-statement (cancelled request) is closed rather than reused, and its slot is opened again on demand.
    """

    def __init__(self, dsn: str, size: int, server_settings: dict[str, str]) -> None:
        self._dsn, self._size, self._settings = dsn, size, server_settings
        self._idle: list[asyncpg.Connection] = []
        self._waiters: deque[asyncio.Future[asyncpg.Connection | None]] = deque()
        self._open = 0  # connections open or being opened
        self._closed = False

    async def fetch(self, sql: str, args: list[Any], *, own_plan: bool = False) -> list[asyncpg.Record]:
        """Rows of one read-only statement. A pooled connection found dead (PostgreSQL restarted, backend
        terminated) is replaced and the statement run once more, safe as it only reads; when the database stays
        unreachable, DatabaseUnavailable (the API answers 503)."""
        for attempt in (1, 2):
            conn = await self._connection()
            try:
                if own_plan:
                    rows = await (await conn.prepare(sql)).fetch(*args)
                else:
                    rows = await conn.fetch(sql, *args)
            except BaseException as exc:
                lost = isinstance(exc, _LOST)
                # A PostgreSQL error (bad input, timeout) leaves the connection usable; anything else may not.
                if isinstance(exc, asyncpg.PostgresError) and not lost and not conn.is_closed():
                    self._release(conn)
                else:
                    self._discard(conn)
                if lost and attempt == 1:
                    log.info("read_pool.reconnect", error=f"{type(exc).__name__}: {exc}")
                    continue
                if lost:
                    raise DatabaseUnavailable(f"{type(exc).__name__}: {exc}") from exc
                raise
            self._release(conn)
            return rows  # type: ignore[no-any-return]
        raise AssertionError("unreachable")  # pragma: no cover

    async def _connection(self) -> asyncpg.Connection:
        while self._idle:
            conn = self._idle.pop()
            if not conn.is_closed():
                return conn
            self._discard(conn)  # closed while idle (the server went away): open a fresh one instead
        try:
            return await self._acquire()
        except (*_LOST, asyncpg.PostgresError) as exc:
            raise DatabaseUnavailable(f"{type(exc).__name__}: {exc}") from exc

    async def _acquire(self) -> asyncpg.Connection:
        while True:
            if self._closed:
                raise RuntimeError("the read pool is closed")
            if self._open < self._size:
                self._open += 1
                try:
                    return await asyncpg.connect(self._dsn, server_settings=self._settings, command_timeout=60)
                except BaseException:
                    self._open -= 1
                    raise
            waiter: asyncio.Future[asyncpg.Connection | None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            conn = await waiter  # None: a slot was freed, open a connection in it
            if conn is not None:
                return conn

    def _release(self, conn: asyncpg.Connection) -> None:
        if self._closed or conn.is_closed() or conn.is_in_transaction():
            self._discard(conn)
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return
        self._idle.append(conn)

    def _discard(self, conn: asyncpg.Connection) -> None:
        conn.terminate()
        self._open -= 1
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            self._open -= 1
            await conn.close()
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_exception(RuntimeError("the read pool is closed"))


def dsn(url: URL) -> str:
    """The libpq-style DSN asyncpg takes, from a SQLAlchemy URL."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


async def open_pool(url: URL) -> ReadPool | None:
    """A pool of read-only connections to the database at `url` (one opened now, so a wrong URL shows at start),
    or None when it is not PostgreSQL."""
    if url.get_backend_name() != "postgresql":
        return None
    pool = ReadPool(
        dsn(url),
        POOL_SIZE,
        {"jit": "off", "default_transaction_read_only": "on", "application_name": "talentintel-api-read"},
    )
    await pool.fetch("SELECT 1", [])
    return pool
