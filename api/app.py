"""The FastAPI application: `create_app()` builds one (tests pass their own limits and enqueue function);
`app` is the module-level instance uvicorn can serve as `api.app:app`."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api import errors, lean_routes, mcp_http, params, web
from api.bodyguard import BodyGuardMiddleware
from api.deps import AuthCache
from api.docs import document_api_key, operation_id
from api.middleware import RequestContextMiddleware
from api.routes import PUBLIC_ROUTERS, v1_routers
from api.routes import webhooks as webhook_routes
from talentintel import db, metrics, queue
from talentintel.logs import configure_logging, get_logger
from talentintel.services import source_status
from talentintel.services.queries import pg_read
from talentintel.services.queries.page_cache import ChangeListener, PageCache
from talentintel.services.ratelimit import make_limiter
from talentintel.settings import get_settings

log = get_logger(__name__)
API_VERSION = "1.0.0"
DESCRIPTION = """
Job postings and funding rounds at crypto, AI and crypto-AI companies, tagged by sector and region.

**Auth.** Every `/v1` endpoint needs `Authorization: Bearer <key>` (`talentintel apikey create --scope read|admin`).
401 without a valid key, 403 when the key lacks the scope (`/v1/sources` needs `admin`).

**Pagination.** Lists return `{"items": [...], "next_cursor": "..."}`; pass `cursor=<next_cursor>` for the next page
(null on the last one). Cursors are opaque keyset positions: pages stay stable while rows are being inserted.

**Errors.** Every 4xx and 5xx is `application/problem+json` (RFC 9457); `invalid_params` names the parameter.

**Caching.** Lists and details carry an `ETag`; send it back as `If-None-Match` to get `304 Not Modified`.

**Limits.** Per key and minute; every authenticated response carries `RateLimit-Limit`, `RateLimit-Remaining`,
`RateLimit-Reset`; over the limit: 429 with `Retry-After`.

**Versioning.** Within v1 changes are additive only (new endpoints, parameters, fields). Anything removed is first
announced with `Deprecation` and `Sunset` headers on the affected responses.
"""
_SUNSET_HEADERS: dict[str, dict[str, str]] = {}  # route path -> {"Deprecation": ..., "Sunset": ...} when needed


def create_app(
    *,
    enqueue: Callable[..., str] | None = None,
    rate_limit_per_minute: int | None = None,
    redis_url: str | Any | None = ...,
    auth_cache_seconds: float = 5.0,
    page_cache_mb: float | None = None,
) -> FastAPI:
    settings = get_settings()
    configure_logging()
    app = FastAPI(
        lifespan=_with_mcp,
        docs_url=None,  # /docs and /redoc are served offline by api.web.docs
        redoc_url=None,
        title="talentintel API",
        version=API_VERSION,
        description=DESCRIPTION,
        generate_unique_id_function=operation_id,
        openapi_tags=[
            {"name": "jobs", "description": "Job postings, filtered by sector, region, company, investor, text."},
            {"name": "companies", "description": "Companies with their open jobs, sector mix, rounds and investors."},
            {"name": "funding", "description": "Funding rounds and investors."},
            {"name": "sources", "description": "Scrape sources and their runs (admin scope)."},
            {"name": "operations", "description": "Health, readiness and metrics (public)."},
        ],
    )
    app.state.enqueue = enqueue or queue.enqueue
    app.state.read_pool = None  # set while the app runs (lifespan) when the database is PostgreSQL
    app.state.page_cache = None  # likewise, unless PAGE_CACHE_MB=0
    app.state.page_cache_bytes = int((settings.page_cache_mb if page_cache_mb is None else page_cache_mb) * 2**20)
    app.state.auth_cache = AuthCache(auth_cache_seconds)
    app.state.limiter = make_limiter(
        rate_limit_per_minute or settings.rate_limit_per_minute,
        settings.redis_url if redis_url is ... else redis_url,
    )
    errors.install(app)
    app.add_middleware(BodyGuardMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContextMiddleware)  # added last: outermost, so it logs and times the guard's answers
    for router in PUBLIC_ROUTERS:
        app.include_router(router)
    for router in v1_routers():
        app.include_router(router, prefix="/v1")  # every route depends on require(): NUL check, key, rate limit
    mcp_http.mount(app)  # /mcp: the MCP server for AI agents (issue 15)
    web.install(app)  # the recruiters' web app under /app, / and the offline docs
    lean_routes.install(app, ("/v1/jobs", "/v1/funding-rounds", "/v1/companies"))  # the hot list pages
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    metrics.register_live(
        "talentintel_queue_depth", "Tasks waiting in the broker, by queue.", "queue",
        lambda: {k: float(v) for k, v in queue.queue_depth().items()},
    )  # fmt: skip
    metrics.register_live(
        "talentintel_webhook_backlog", "Webhook deliveries pending, events not fanned out, endpoints disabled.",
        "kind", webhook_routes.backlog_gauge,
    )  # fmt: skip
    metrics.register_live(
        "talentintel_page_cache_lookups", "Lookups of cached /v1/jobs pages since start, by result.", "result",
        lambda: _cache_counts(app),
    )  # fmt: skip
    metrics.register_live(
        "talentintel_source_freshness_seconds", "Seconds since each enabled source last succeeded (-1: never).",
        "source", source_status.freshness_gauge,
    )  # fmt: skip
    return app


def _cache_counts(app: FastAPI) -> dict[str, float]:
    cache = app.state.page_cache
    return {"hit": float(cache.hits), "miss": float(cache.misses)} if cache is not None else {}


@asynccontextmanager
async def _with_mcp(app: FastAPI) -> AsyncIterator[None]:
    async with mcp_http.running(app), _lifespan(app):
        yield


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Opens the read pool of the lean list path and its page cache's change listener (PostgreSQL), which also
    empties the cache of verified API keys when a key is revoked; without them lists use sessions as other routes,
    uncached, and a revoked key is refused within the auth cache's seconds."""
    listener = None
    try:
        app.state.read_pool = await pg_read.open_pool(db.get_engine().url)
    except Exception as exc:  # the database may be down at start: every route still answers (503/500 per request)
        log.warning("api.read_pool_unavailable", error=str(exc))
    if app.state.read_pool is not None and app.state.page_cache_bytes > 0:
        app.state.page_cache = PageCache(app.state.page_cache_bytes, get_settings().page_cache_seconds)
        listener = ChangeListener(
            pg_read.dsn(db.get_engine().url), app.state.page_cache, on_key_change=app.state.auth_cache.clear
        )  # a revoke is heard at once
        listener.start()
    # What start-up built (routes, schemas, compiled statements) lives as long as the process: frozen out of the
    # collector, whose full collections then only walk what requests allocate (shorter pauses, lower p99).
    gc.freeze()
    try:
        yield
    finally:
        if listener is not None:
            await listener.stop()
        app.state.page_cache = None
        pool, app.state.read_pool = app.state.read_pool, None
        if pool is not None:
            await pool.close()


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with the registry filters of the list routes, minus its 422 responses: validation errors
    here are 400 problem documents."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes, tags=app.openapi_tags
    )
    params.document_filters(schema)
    document_api_key(app, schema)
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            operation.get("responses", {}).pop("422", None)
    for name in ("HTTPValidationError", "ValidationError"):
        schema.get("components", {}).get("schemas", {}).pop(name, None)
    app.openapi_schema = schema
    return schema


app = create_app()
