"""The MCP server at /mcp over streamable HTTP, behind the API's own Bearer keys (any scope: the tools only read).

Stateless JSON mode: every POST is answered on its own, so any API process behind a load balancer can serve any
request (no session affinity). The SDK's session manager runs for the app's lifetime (`running`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from mcp.server import MCPServer
from mcp.server.streamable_http_manager import StreamableHTTPASGIApp
from mcp.server.transport_security import TransportSecuritySettings
from starlette.concurrency import run_in_threadpool
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from api.deps import Principal, verify_key
from api.errors import problem_response
from talentintel.services.ratelimit import Limiter

PATH = "/mcp"


class BearerKey:
    """401 without a valid API key, 429 over the key's rate limit; otherwise the MCP app."""

    def __init__(self, app: ASGIApp, fastapi_app: FastAPI) -> None:
        self.app, self.fastapi_app = app, fastapi_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        scheme, _, token = headers.get("authorization", "").partition(" ")
        principal = await self._principal(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if principal is None:
            detail = "send an API key as 'Authorization: Bearer <key>'"
            response = problem_response(None, 401, detail, params=[{"name": "Authorization", "reason": detail}],
                                        headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
            await response(scope, receive, send)
            return
        limiter: Limiter = self.fastapi_app.state.limiter
        decision = await run_in_threadpool(limiter.hit, str(principal.key_id))
        if not decision.allowed:
            response = problem_response(None, 429, f"rate limit of {decision.limit} requests per minute exceeded",
                                        headers={"Retry-After": str(decision.reset)})  # fmt: skip
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _principal(self, token: str) -> Principal | None:
        return await verify_key(self.fastapi_app.state.auth_cache, token)


class CurrentManager:
    """The server's session manager of the running lifespan: a manager runs once, and an app's lifespan may run
    again (tests start one app many times), so each lifespan makes a fresh one and requests find it here."""

    def __init__(self, server: MCPServer) -> None:
        self.server = server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await StreamableHTTPASGIApp(self.server.session_manager)(scope, receive, send)


def _new_manager(server: MCPServer) -> None:
    # Builds a session manager; its Starlette app is not used: the /mcp route serves the manager directly.
    server.streamable_http_app(
        stateless_http=True, json_response=True,
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),  # keys, not origins
    )  # fmt: skip


def mount(app: FastAPI) -> None:
    from api.mcp_server import build

    server = build()
    _new_manager(server)
    app.state.mcp_server = server
    endpoint = BearerKey(CurrentManager(server), app)
    app.router.routes.append(Route(PATH, endpoint=endpoint, methods=["GET", "POST", "DELETE"], include_in_schema=False))


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[None]:
    server: MCPServer | None = getattr(app.state, "mcp_server", None)
    if server is None:
        yield
        return
    if server.session_manager._has_started:
        _new_manager(server)
    async with server.session_manager.run():
        yield
