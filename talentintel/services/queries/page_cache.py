"""Rendered list pages (/v1/jobs, /v1/funding-rounds, /v1/companies) kept in the API process until the data under
them changes (PostgreSQL).

Recruiters' filters and internal tools' polls ask for the same few pages again and again, and between two scrapes
nothing under them changes. So a rendered page (JSON bytes and ETag) is kept here, keyed by its validated query
(for jobs PageQuery: statement shape and parameter values, so `?region=us&sector=ai` and `?sector=ai&region=us`
share an entry), with the tables it was read from, and dropped when one of them may have changed:

- Migrations 0008 and 0018 have PostgreSQL NOTIFY `talentintel_changes` with the table's name after every statement
  that writes jobs, companies, funding rounds, their investors or the companies' investors (delivered when the
  writing transaction commits). `ChangeListener` LISTENs on its own connection and bumps the cache's generation,
  dropping the pages read from that table (a notice without a known table name drops every page).
- A page read before a change but stored after its notice would be stale: an entry is stored only if the generation
  did not move while it was being read.
- While the listener is not connected (start, database restart) nothing is served from or stored in the cache;
  it reconnects with backoff. Entries also expire after `max_age` seconds, and the oldest go when the pages kept
  pass `max_bytes` in all.

Only the API's lean read path uses it; rate limits, auth, logs and metrics still apply to every request.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from talentintel.logs import get_logger

log = get_logger(__name__)
CHANNEL = "talentintel_changes"


# The tables each list's pages are read from (filters included): a notice for one of them drops those pages.
JOB_TABLES = frozenset({"jobs", "companies"})
ROUND_TABLES = frozenset({"funding_rounds", "companies", "round_investors", "investors"})
COMPANY_TABLES = frozenset({"companies", "jobs", "company_investors", "investors"})
ALL_TABLES = JOB_TABLES | ROUND_TABLES | COMPANY_TABLES
KEYS_TABLE = "api_keys"  # its notices are for the API's cache of verified keys


class PageCache:
    def __init__(self, max_bytes: int, max_age: float) -> None:
        self.max_bytes, self.max_age = max_bytes, max_age
        # key -> (expiry, body, etag, tables read)
        self._entries: OrderedDict[Any, tuple[float, bytes, str, frozenset[str]]] = OrderedDict()
        self.size = 0  # bytes of the pages kept
        self.generation = 0
        self.live = False  # True while the change listener is connected: only then is the cache used
        self.hits = self.misses = 0
        self._rendering: dict[Any, tuple[asyncio.Future[tuple[bytes, str]], int]] = {}  # key -> (page, generation)

    def invalidate(self, table: str | None = None) -> None:
        """A change to `table` (None or a table no page declares: any change): its pages go. Pages being read
        meanwhile are not stored (the generation moved)."""
        self.generation += 1
        if table is None or table not in ALL_TABLES:
            self._entries.clear()
            self.size = 0
            return
        for key in [k for k, entry in self._entries.items() if table in entry[3]]:
            self.size -= len(self._entries.pop(key)[1])

    def set_live(self, live: bool) -> None:
        if live != self.live:
            self.invalidate()  # changes may have gone unheard while the listener was away
            self.live = live

    def get(self, key: Any, *, count_miss: bool = True) -> tuple[bytes, str] | None:
        if not self.live:
            return None
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            self.misses += count_miss
            return None
        self.hits += 1
        return entry[1], entry[2]

    def put(self, key: Any, generation: int, body: bytes, etag: str, tables: frozenset[str] = ALL_TABLES) -> None:
        """Store a page read from `tables` while the generation was `generation` (skipped if a change was heard
        meanwhile)."""
        if not self.live or generation != self.generation or len(body) > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= len(old[1])
        self._entries[key] = (time.monotonic() + self.max_age, body, etag, tables)
        self.size += len(body)
        while self.size > self.max_bytes:
            _key, (_expiry, dropped, _etag, _tables) = self._entries.popitem(last=False)
            self.size -= len(dropped)

    async def get_or_render(
        self,
        key: Any,
        render: Callable[[], Awaitable[tuple[bytes, str]]],
        tables: frozenset[str] = ALL_TABLES,
        *,
        also: Any = None,
    ) -> tuple[bytes, str]:
        """The cached page of `key`, else render() it and keep it until one of `tables` changes; under the key
        `also` too when given (the request's query string as sent, looked up before validating it)."""
        generation = self.generation
        found = self.get(key)
        if found is None:
            found = await self._joined(key, generation)
            if found is None:
                body, etag = await self._render(key, generation, render)
                self.put(key, generation, body, etag, tables)
                found = body, etag
        if also is not None:
            self.put(also, generation, found[0], found[1], tables)
        return found

    async def _joined(self, key: Any, generation: int) -> tuple[bytes, str] | None:
        """The page another request is rendering for `key` since no change was heard, once it has it (requests
        for a page nobody has cached yet, e.g. just after a change, read it once, not once each); None when there
        is none, or it failed or was cancelled (the caller renders it itself)."""
        pending = self._rendering.get(key)
        if pending is None or pending[1] != generation or not self.live:
            return None
        await asyncio.wait({pending[0]})  # its outcome, without taking on its cancellation
        if pending[0].cancelled() or pending[0].exception() is not None:
            return None
        return pending[0].result()

    async def _render(
        self, key: Any, generation: int, render: Callable[[], Awaitable[tuple[bytes, str]]]
    ) -> tuple[bytes, str]:
        rendering: asyncio.Future[tuple[bytes, str]] = asyncio.get_running_loop().create_future()
        self._rendering[key] = (rendering, generation)
        try:
            page = await render()
            rendering.set_result(page)
            return page
        finally:
            if not rendering.done():
                rendering.cancel()
            if self._rendering.get(key, (None,))[0] is rendering:
                del self._rendering[key]


class ChangeListener:
    """LISTEN for change notices on a connection of its own and invalidate `cache`; reconnect when it drops."""

    def __init__(
        self, dsn: str, cache: PageCache, *, retry_max: float = 30.0, on_key_change: Callable[[], None] | None = None
    ) -> None:
        self._dsn, self._cache, self._retry_max = dsn, cache, retry_max
        self._on_key_change = on_key_change  # an API key was revoked or deleted (migration 0018)
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="page-cache-listener")

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._cache.set_live(False)

    def _notice(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        if payload == KEYS_TABLE:  # no page reads keys
            if self._on_key_change is not None:
                self._on_key_change()
            return
        self._cache.invalidate(payload or None)

    async def _run(self) -> None:
        delay = 0.5
        while not self._stopping.is_set():
            try:
                await self._listen()
                delay = 0.5  # it was connected: the next attempt starts over
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("page_cache.listener_lost", error=str(exc), retry_in_s=delay)
            if self._stopping.is_set():
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=delay)
            delay = min(delay * 2, self._retry_max)

    async def _listen(self) -> None:
        """One connection's life: the cache is live from LISTEN until the connection is lost."""
        conn = await asyncpg.connect(self._dsn, server_settings={"application_name": "talentintel-api-listen"})
        lost = asyncio.Event()
        try:
            conn.add_termination_listener(lambda _conn: lost.set())
            await conn.add_listener(CHANNEL, self._notice)
            self._cache.set_live(True)
            while not lost.is_set() and not self._stopping.is_set():
                # A connection can also die silently (network): a cheap query now and then finds out.
                try:
                    await asyncio.wait_for(lost.wait(), timeout=10)
                except TimeoutError:
                    await asyncio.wait_for(conn.execute("SELECT 1"), timeout=5)
            if lost.is_set():
                log.warning("page_cache.listener_closed")
        finally:
            self._cache.set_live(False)
            if not conn.is_closed():
                conn.terminate()
