"""Rendered job pages kept in the API process until the data under them changes (PostgreSQL).

Recruiters' filters and internal tools' polls ask for the same few pages again and again, and between two scrapes
nothing under them changes. So a rendered page (JSON bytes and ETag) is kept here, keyed by its validated query
(PageQuery: statement shape and parameter values, so `?region=us&sector=ai` and `?sector=ai&region=us` share an
entry), and dropped when the data may have changed:

- Migration 0008 has PostgreSQL NOTIFY `talentintel_changes` after every statement that writes jobs or companies
  (delivered when the writing transaction commits). `ChangeListener` LISTENs on its own connection and bumps the
  cache's generation, which empties it.
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


class PageCache:
    def __init__(self, max_bytes: int, max_age: float) -> None:
        self.max_bytes, self.max_age = max_bytes, max_age
        self._entries: OrderedDict[Any, tuple[float, bytes, str]] = OrderedDict()
        self.size = 0  # bytes of the pages kept
        self.generation = 0
        self.live = False  # True while the change listener is connected: only then is the cache used
        self.hits = self.misses = 0

    def invalidate(self) -> None:
        self.generation += 1
        self._entries.clear()
        self.size = 0

    def set_live(self, live: bool) -> None:
        if live != self.live:
            self.invalidate()  # changes may have gone unheard while the listener was away
            self.live = live

    def get(self, key: Any) -> tuple[bytes, str] | None:
        if not self.live:
            return None
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            self.misses += 1
            return None
        self.hits += 1
        return entry[1], entry[2]

    def put(self, key: Any, generation: int, body: bytes, etag: str) -> None:
        """Store a page read while the generation was `generation` (skipped if a change was heard meanwhile)."""
        if not self.live or generation != self.generation or len(body) > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= len(old[1])
        self._entries[key] = (time.monotonic() + self.max_age, body, etag)
        self.size += len(body)
        while self.size > self.max_bytes:
            _key, (_expiry, dropped, _etag) = self._entries.popitem(last=False)
            self.size -= len(dropped)

    async def get_or_render(self, key: Any, render: Callable[[], Awaitable[tuple[bytes, str]]]) -> tuple[bytes, str]:
        found = self.get(key)
        if found is not None:
            return found
        generation = self.generation
        body, etag = await render()
        self.put(key, generation, body, etag)
        return body, etag


class ChangeListener:
    """LISTEN for change notices on a connection of its own and invalidate `cache`; reconnect when it drops."""

    def __init__(self, dsn: str, cache: PageCache, *, retry_max: float = 30.0) -> None:
        self._dsn, self._cache, self._retry_max = dsn, cache, retry_max
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

    def _notice(self, *_args: Any) -> None:
        self._cache.invalidate()

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
