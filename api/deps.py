"""Route dependencies: the request's session (it owns the transaction), API-key auth with scopes, rate limits."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from api.errors import ApiProblem
from talentintel import db
from talentintel.db import session_scope
from talentintel.services import apikeys
from talentintel.services.ratelimit import InProcessLimiter, Limiter

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key from `talentintel apikey create --scope read|admin`, sent as `Authorization: Bearer <key>`.",
)


def reject_nul_bytes(request: Request) -> None:
    """No database stores a NUL in text; a parameter carrying one is refused (400) before it reaches a query.
    Every /v1 route checks it first, in its auth dependency (require)."""
    for name, value in (*request.query_params.multi_items(), *request.path_params.items()):
        if "\x00" in str(value):
            raise ApiProblem(
                400,
                f"{name}: must not contain NUL characters",
                params=[{"name": name, "reason": "contains a NUL character"}],
            )


async def db_session() -> AsyncIterator[Session]:
    """One transaction per request: committed when the route returns, rolled back when it raises.

    Async so that opening the session costs no thread hop (a Session does no I/O until used); the commit or
    rollback, which do, run in the thread pool.
    """
    session = Session(db.get_engine(), expire_on_commit=False)
    try:
        yield session
        if session.in_transaction():
            await run_in_threadpool(session.commit)
    except BaseException:
        await run_in_threadpool(session.rollback)
        raise
    finally:
        session.close()


@dataclass(frozen=True)
class Principal:
    key_id: int
    scope: str


class AuthCache:
    """Recently verified keys, so a burst of requests costs one database lookup per key every `ttl` seconds.
    A revoked key therefore stops working within `ttl` seconds (5 by default); on PostgreSQL with the page cache's
    change listener connected, at once (migration 0018 announces revocations and the listener clears this).

    Why `verify` and not get/put around each lookup: when an entry expired, every request in flight for that key
    missed together and each ran its own lookup in the thread pool. At 32 connections on bench_1m that stalled all
    32 requests for 40-200 ms every `ttl` seconds (the bursts that set the list p99, bench/README.md). Now the
    first miss looks up and the others wait for it, and a key in use is re-verified in the background during the
    last fifth of its ttl, so a steadily used key never expires under its requests."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._entries: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()
        self._inflight: dict[str, tuple[asyncio.AbstractEventLoop, asyncio.Task[Principal | None]]] = {}

    def get(self, key_hash: str) -> Principal | None:
        entry = self._entries.get(key_hash)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, key_hash: str, principal: Principal) -> None:
        if self.ttl <= 0:
            return
        with self._lock:
            if len(self._entries) > 10_000:
                self._entries.clear()
            self._entries[key_hash] = (principal, time.monotonic() + self.ttl)

    def drop(self, key_hash: str) -> None:
        with self._lock:
            self._entries.pop(key_hash, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    async def verify(self, key_hash: str, load: Callable[[], Awaitable[Principal | None]]) -> Principal | None:
        """The principal of a key: cached, else one `load` shared by every request waiting on the same key."""
        entry = self._entries.get(key_hash)
        now = time.monotonic()
        if entry is not None and entry[1] >= now:
            if entry[1] - now < self.ttl / 5:
                self._lookup_task(key_hash, load)  # refresh ahead; this request keeps the still-valid entry
            return entry[0]
        return await asyncio.shield(self._lookup_task(key_hash, load))

    def _lookup_task(
        self, key_hash: str, load: Callable[[], Awaitable[Principal | None]]
    ) -> asyncio.Task[Principal | None]:
        loop = asyncio.get_running_loop()
        running = self._inflight.get(key_hash)
        if running is not None and running[0] is loop and not running[1].done():
            return running[1]
        task = loop.create_task(self._load(key_hash, load))
        # A refresh nobody awaits may fail (database down): its error is the next miss's to report, not the loop's.
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        self._inflight[key_hash] = (loop, task)
        return task

    async def _load(self, key_hash: str, load: Callable[[], Awaitable[Principal | None]]) -> Principal | None:
        try:
            principal = await load()
        finally:
            self._inflight.pop(key_hash, None)
        if principal is None:
            self.drop(key_hash)  # revoked since it was cached: refused from now on
        else:
            self.put(key_hash, principal)
        return principal


def _unauthorized(detail: str) -> ApiProblem:
    return ApiProblem(
        401, detail, params=[{"name": "Authorization", "reason": detail}], headers={"WWW-Authenticate": "Bearer"}
    )


def _lookup(key_hash: str, plaintext: str) -> Principal | None:
    with session_scope() as session:  # its own short transaction: last_used_at is recorded even on a 4xx
        key = apikeys.authenticate(session, plaintext)
        return None if key is None or key.id is None else Principal(key.id, key.scope)


def credentials_of(request: Request) -> HTTPAuthorizationCredentials | None:
    """What `bearer` (HTTPBearer without auto_error) reads from the Authorization header, read here without a
    dependency of its own: each dependency costs FastAPI ~15-20 us a request to resolve, and every /v1 request
    resolved three (NUL check, auth, bearer) where one does. `bearer` still documents the scheme (api.docs)."""
    authorization = request.headers.get("authorization")
    scheme, credentials = get_authorization_scheme_param(authorization)
    if not (authorization and scheme and credentials) or scheme.lower() != "bearer":
        return None
    return HTTPAuthorizationCredentials(scheme=scheme, credentials=credentials)


async def authenticate(request: Request) -> Principal:
    """The key of a request, checked from its Authorization header alone (the body guard calls this before any
    body is read); ApiProblem 401 without a valid key."""
    return await _principal(request, credentials_of(request))


async def _principal(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise _unauthorized("send an API key as 'Authorization: Bearer <key>'")
    principal = await verify_key(request.app.state.auth_cache, credentials.credentials)
    if principal is None:
        raise _unauthorized("the API key is unknown or revoked")
    return principal


async def verify_key(cache: AuthCache, plaintext: str) -> Principal | None:
    """The principal of an API key in plain text, None when unknown or revoked (REST and MCP share this)."""
    key_hash = apikeys.hash_key(plaintext)
    return await cache.verify(key_hash, lambda: run_in_threadpool(_lookup, key_hash, plaintext))


def require(scope: str) -> Callable[..., Awaitable[Principal]]:
    """Dependency factory: parameters without NUL bytes, an authenticated key with `scope` (admin keys may also
    read), within its rate limit. Async: a cached key and the in-process limiter cost no thread hop; database and
    Redis calls use the pool. Routes depending on it are documented with the ApiKey scheme (needs_api_key)."""

    async def dependency(request: Request) -> Principal:
        reject_nul_bytes(request)
        # Already checked by the body guard for requests with a body (api.bodyguard), else checked here.
        principal = getattr(request.state, "principal", None) or await _principal(request, credentials_of(request))
        request.state.api_key_id = principal.key_id
        if scope == "admin" and principal.scope != "admin":
            raise ApiProblem(
                403,
                "this endpoint needs an API key with the admin scope",
                params=[{"name": "Authorization", "reason": f"key scope is {principal.scope!r}, needs 'admin'"}],
            )
        limiter: Limiter = request.app.state.limiter
        if isinstance(limiter, InProcessLimiter):
            decision = limiter.hit(str(principal.key_id))
        else:
            decision = await run_in_threadpool(limiter.hit, str(principal.key_id))
        request.state.ratelimit_headers = decision.headers()
        if not decision.allowed:
            # Retry-After and the RateLimit fields are added to the response by the middleware.
            raise ApiProblem(
                429, f"rate limit of {decision.limit} requests per minute exceeded; retry in {decision.reset} s"
            )
        return principal

    dependency.needs_api_key = True  # type: ignore[attr-defined]
    return dependency


def needs_api_key(call: Any) -> bool:
    return bool(getattr(call, "needs_api_key", False))


read_access = require("read")
admin_access = require("admin")


def id_path() -> Any:
    """A numeric id path parameter. A fresh Path() per parameter: FastAPI binds a shared FieldInfo to the first
    parameter name it meets."""
    return Path(ge=1, le=2**31 - 1, description="Numeric id.", examples=[1])


def owner(principal: Principal) -> int | None:
    """Whose rows a key may touch: its own (read scope) or everyone's (admin)."""
    return None if principal.scope == "admin" else principal.key_id
