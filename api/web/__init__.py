"""The web app for recruiters: server-rendered pages under /app (Jinja2, plain forms, no JavaScript needed), signed
in with an API key; plus `/` (browsers go to /app) and the API docs served offline. `install(app)` mounts it all."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles

from api.web import docs
from api.web.pages import admin, alerts, auth, catalog, funds, jobs, trends
from api.web.render import page, redirect
from api.web.session import PageError, SignInRequired, Visitor
from talentintel.errors import UserError

PREFIX = "/app"
STATIC = Path(__file__).parent / "static"
Handler = Callable[[Request, Any], Response | Awaitable[Response]]


def _visitor(request: Request) -> Visitor | None:
    found = getattr(request.state, "visitor", None)
    return found if isinstance(found, Visitor) else None


async def _sign_in(request: Request, exc: SignInRequired) -> Response:
    target = f"{PREFIX}/login?next={quote(exc.next_url, safe='')}" + ("&ended=revoked" if exc.notice else "")
    return redirect(request, _visitor(request), target)


async def _page_error(request: Request, exc: PageError) -> Response:
    response = page(request, _visitor(request), "error.html", status=exc.status, message=exc.message)
    response.headers.update(exc.headers)
    return response


def _status_and_message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, "There is no such page." if exc.status_code == 404 else str(exc.detail)
    if isinstance(exc, RequestValidationError):
        fields = ", ".join(str(e.get("loc", ["", "?"])[-1]) for e in exc.errors())
        return 400, f"The address is not valid ({fields}); check the link."
    if type(exc).__name__ == "NotFound":  # the services' NotFound, as the API's handler reads it
        return 404, "There is no such page: " + str(getattr(exc, "reason", exc)) + "."
    return 400, str(exc)


def _html_under_app(original: Handler) -> Handler:
    """The API's problem+json handler everywhere, an HTML page under /app (people read those)."""

    async def handler(request: Request, exc: Exception) -> Response:
        if not _under_app(request):
            result = original(request, exc)
            return await result if isinstance(result, Awaitable) else result
        status, message = _status_and_message(exc)
        return page(request, _visitor(request), "error.html", status=status, message=message)

    return handler


def _under_app(request: Request) -> bool:
    return request.url.path == PREFIX or request.url.path.startswith(PREFIX + "/")


async def _database_down(request: Request, exc: OperationalError) -> Response:
    """A page whose database is unreachable says so (503, retry), rather than failing as a 500; elsewhere the
    error goes on as before."""
    if not _under_app(request):
        raise exc
    response = page(request, _visitor(request), "error.html", status=503,
                    message="The database is not answering right now; try again in a minute.")  # fmt: skip
    response.headers["Retry-After"] = "30"
    return response


def _root(request: Request) -> Response:
    """A browser asking for / gets the web app; a program gets where things are."""
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse(PREFIX + "/", status_code=307)
    return JSONResponse({"app": PREFIX + "/", "api": "/v1", "docs": "/docs", "openapi": "/openapi.json"})


def install(app: FastAPI) -> None:
    """Mount the web app on `app` (after api.errors.install, whose handlers it wraps for /app paths)."""
    for router in (auth.router, jobs.router, catalog.router, funds.router, trends.router, alerts.router, admin.router):
        app.include_router(router, prefix=PREFIX, include_in_schema=False)
    app.mount(PREFIX + "/static", StaticFiles(directory=STATIC), name="web-static")
    app.add_api_route("/", _root, include_in_schema=False)
    app.add_api_route(PREFIX, lambda: RedirectResponse(PREFIX + "/jobs", status_code=307), include_in_schema=False)
    app.add_api_route(PREFIX + "/", lambda: RedirectResponse(PREFIX + "/jobs", status_code=307),
                      include_in_schema=False)  # fmt: skip
    docs.install(app)
    app.add_exception_handler(SignInRequired, _sign_in)  # type: ignore[arg-type]
    app.add_exception_handler(PageError, _page_error)  # type: ignore[arg-type]
    app.add_exception_handler(OperationalError, _database_down)  # type: ignore[arg-type]
    for exc_class in (StarletteHTTPException, RequestValidationError, UserError):
        app.add_exception_handler(exc_class, _html_under_app(app.exception_handlers[exc_class]))
