"""One pure-ASGI middleware (cheaper than BaseHTTPMiddleware on the hot path): request id, rate-limit headers,
Prometheus metrics by route template, a structured access log line, and a problem+json 500 for anything unhandled."""

from __future__ import annotations

import functools
import os
import re
import time
from typing import Any

import structlog
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import problem_response
from talentintel.db import is_unavailable
from talentintel.logs import access_logger, get_logger
from talentintel.metrics import HTTP_LATENCY, HTTP_REQUESTS

log = get_logger("talentintel.api")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if incoming and _SAFE_ID.match(incoming) else os.urandom(16).hex()
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        status = 500
        response_started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                for name, value in (state.get("ratelimit_headers") or {}).items():
                    headers.append((name.lower().encode(), value.encode()))
                message["headers"] = headers
                _latency(scope["method"], _route(scope)).observe(time.perf_counter() - started)
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            if not response_started:
                response = _failure_response(scope, exc, request_id)
                await response(scope, receive, send_wrapper)
            else:
                log.exception("http.unhandled", request_id=request_id, path=scope.get("path"))
        finally:
            route = _route(scope)
            _requests(scope["method"], route, status).inc()
            if route != "/metrics":
                access_logger().info(
                    "http.request",
                    request_id=request_id,
                    method=scope["method"],
                    path=scope.get("path"),
                    route=route,
                    status=status,
                    duration_ms=round((time.perf_counter() - started) * 1000, 2),
                    api_key_id=state.get("api_key_id"),
                    client=(scope.get("client") or ("", 0))[0],
                )
            structlog.contextvars.clear_contextvars()


RETRY_AFTER_SECONDS = "5"  # a restarting PostgreSQL is usually back within seconds


def _failure_response(scope: Scope, exc: Exception, request_id: str) -> Response:
    """503 + Retry-After when the database is unreachable (an outage is not a bug: no traceback, clients retry);
    500 with the traceback in the log for anything else."""
    if is_unavailable(exc):
        log.warning(
            "http.database_unavailable",
            request_id=request_id,
            path=scope.get("path"),
            error=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
        )
        return problem_response(
            Request(scope),
            503,
            "The database is unavailable; retry shortly.",
            headers={"Retry-After": RETRY_AFTER_SECONDS},
        )
    log.exception("http.unhandled", request_id=request_id, path=scope.get("path"))
    return problem_response(Request(scope), 500, "The server failed to answer; quote the request id.")


@functools.lru_cache(maxsize=1024)
def _latency(method: str, route: str) -> Any:
    """The labelled histogram child (labels() takes a lock and builds a key every call); bounded, as a client
    chooses the method. Routes are templates; unknown paths share the "unmatched" label."""
    return HTTP_LATENCY.labels(method, route)


@functools.lru_cache(maxsize=1024)
def _requests(method: str, route: str, status: int) -> Any:
    return HTTP_REQUESTS.labels(method, route, str(status))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


_STATIC = frozenset({"/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"})


def _route(scope: Scope) -> str:
    """The route template ("/v1/jobs/{job_id}"): bounded label cardinality; unknown paths share one label."""
    template = getattr(scope.get("route"), "path", None)
    path = str(scope.get("path", ""))
    if template is None:
        return path if path in _STATIC else "unmatched"
    # FastAPI hands over the route as declared in its router, without the include prefix (/v1, or /app for pages).
    for prefix in ("/v1", "/app"):
        if path.startswith(prefix + "/") and not template.startswith(prefix):
            template = prefix + template
    return str(template)
