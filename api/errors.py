"""RFC 9457 problem details (application/problem+json) for every 4xx and 5xx, naming the offending parameter."""

from __future__ import annotations

import re
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from talentintel.errors import UserError
from talentintel.logs import get_logger

PROBLEM_JSON = "application/problem+json"
_HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
TYPE_PREFIX = "urn:talentintel:problem:"
log = get_logger(__name__)

TITLES = {
    400: "Invalid request parameter",
    401: "Authentication required",
    403: "Insufficient scope",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    413: "Content too large",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}
SLUGS = {400: "invalid-parameter", 401: "unauthorized", 403: "forbidden", 404: "not-found", 429: "rate-limited"}


class ApiProblem(Exception):
    """Raise from a route or dependency to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        params: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.detail, self.title = status, detail, title
        self.params, self.headers, self.extra = params or [], headers or {}, extra or {}


def problem_response(
    request: Request | None,
    status: int,
    detail: str,
    *,
    title: str | None = None,
    params: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + SLUGS[status] if status in SLUGS else "about:blank",
        "title": title or TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
        request_id = request.scope.get("state", {}).get("request_id")
        if request_id:
            body["request_id"] = request_id
    if params:
        body["invalid_params"] = params
    body.update(extra or {})
    return Response(orjson.dumps(body), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _split(message: str) -> tuple[str | None, str]:
    """UserErrors read 'field: reason'; the field becomes the named parameter."""
    name, sep, reason = message.partition(": ")
    if sep and name and " " not in name and len(name) < 60:
        return name, reason
    return None, message


def _validation(request: Request, exc: RequestValidationError) -> Response:
    params = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        if loc and loc[0] in ("query", "path", "header", "cookie") and len(loc) > 1:
            name = loc[1]  # the parameter itself, not the index of a repeated value
        else:
            name = ".".join(loc[1:] if loc and loc[0] == "body" else loc) or "request"
        params.append({"name": name, "reason": str(err.get("msg", "invalid"))})
    detail = "; ".join(f"{p['name']}: {p['reason']}" for p in params) or "invalid request"
    return problem_response(request, 400, detail, params=params)


def _user_error(request: Request, exc: UserError) -> Response:
    name = getattr(exc, "name", None)
    reason = getattr(exc, "reason", None)
    if name is None or reason is None:
        name, reason = _split(str(exc))
    # Services signal a missing row with a NotFound (a UserError subclass); duck-typed so any service's counts.
    status = 404 if type(exc).__name__ == "NotFound" else 400
    params = [{"name": name, "reason": reason}] if name and status == 400 else None
    return problem_response(request, status, str(exc), params=params)


def _path_methods(app: Any) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """(path regex, methods) for every path of the app's OpenAPI document, built once per app."""
    cached = getattr(app.state, "path_methods", None)
    if cached is None:
        cached = []
        for template, operations in app.openapi().get("paths", {}).items():
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
            methods = {m.upper() for m in operations if m.upper() in _HTTP_METHODS}
            if "GET" in methods:
                methods.add("HEAD")
            cached.append((re.compile(pattern + "$"), frozenset(methods)))
        app.state.path_methods = cached
    return cached  # type: ignore[no-any-return]


def allowed_methods(request: Request) -> str:
    """Every method some route of this path answers. Starlette's 405 names only the methods of the first route that
    matched the path, so a path served by several routes (GET on one, PATCH and DELETE on others) got a partial
    Allow; here the app's own OpenAPI paths say it all."""
    path = request.url.path
    methods: set[str] = set()
    for pattern, verbs in _path_methods(request.app):
        if pattern.match(path):
            methods |= verbs
    return ", ".join(sorted(methods))


def _http(request: Request, exc: StarletteHTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request) or headers.get("Allow", "")
    return problem_response(request, exc.status_code, detail, headers=headers)


def _problem(request: Request, exc: ApiProblem) -> Response:
    return problem_response(
        request, exc.status, exc.detail, title=exc.title, params=exc.params, headers=exc.headers, extra=exc.extra
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(UserError, _user_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(ApiProblem, _problem)  # type: ignore[arg-type]
