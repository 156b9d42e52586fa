"""The list routes' GET served without Starlette's route matching and FastAPI's dependency solving.

/v1/jobs, /v1/funding-rounds and /v1/companies take only the Request and one dependency (read_access: NUL check,
key, rate limit), both plain coroutines of the request. FastAPI's generic machinery around them (matching the
path against every route, scope bookkeeping, solve_dependencies, exit stacks) was about 40% of the app CPU of a
cached page (cProfile of bench/profile_api.py, ~70 of ~180 us) and the same ~70 us of an uncached one. This sits
where the router does (inside the exception middleware, so errors are answered by the same handlers): the first
request of such a path goes through FastAPI, which names its route; when that route needs nothing but the request
and request-only dependencies, later GETs of the path call the dependencies and the endpoint directly, with the
route set in the scope as the router sets it (the access log and metrics label by it). Anything else, HEAD,
other paths, or an app with dependency_overrides (tests), takes the router.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

Lean = tuple[APIRoute, list[Callable[..., Any]]]


def _request_only(dependant: Dependant) -> bool:
    """Takes the request and nothing else FastAPI would have to resolve."""
    params = (dependant.path_params, dependant.query_params, dependant.header_params, dependant.cookie_params,
              dependant.body_params)  # fmt: skip
    others = (dependant.websocket_param_name, dependant.http_connection_param_name, dependant.response_param_name,
              dependant.background_tasks_param_name, dependant.security_scopes_param_name)  # fmt: skip
    return (
        dependant.request_param_name is not None
        and not any(params)
        and all(name is None for name in others)
        and inspect.iscoroutinefunction(dependant.call)
        and len(inspect.signature(dependant.call).parameters) == 1
    )


def _lean_calls(route: Any) -> Lean | None:
    if not isinstance(route, APIRoute) or "GET" not in (route.methods or ()) or not _request_only(route.dependant):
        return None
    dependencies = route.dependant.dependencies
    if not all(_request_only(d) and not d.dependencies for d in dependencies):
        return None
    return route, [d.call for d in dependencies if d.call is not None]


class LeanRoutes:
    def __init__(self, app: ASGIApp, fastapi_app: FastAPI, paths: Iterable[str]) -> None:
        self.app, self.fastapi_app, self.paths = app, fastapi_app, frozenset(paths)
        self.learned: dict[str, Lean | None] = {}  # path -> (route, dependency calls); None: not lean

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http" or scope["method"] != "GET" or path not in self.paths
            or self.fastapi_app.dependency_overrides
        ):  # fmt: skip
            await self.app(scope, receive, send)
            return
        if path not in self.learned:
            await self.app(scope, receive, send)
            self.learned[path] = _lean_calls(scope.get("route"))
            return
        learned = self.learned[path]
        if learned is None:
            await self.app(scope, receive, send)
            return
        route, calls = learned
        scope["route"], scope["endpoint"], scope["path_params"] = route, route.endpoint, {}
        scope.setdefault("router", self.fastapi_app.router)
        request = Request(scope, receive, send)
        for call in calls:
            await call(request)
        response = await route.endpoint(request)
        await response(scope, receive, send)


def install(app: FastAPI, paths: Iterable[str]) -> None:
    """Serve GET `paths` through LeanRoutes, placed where the router is (inside the exception middleware)."""
    app.router.middleware_stack = LeanRoutes(app.router.middleware_stack, app, paths)
