"""Request bodies: capped at MAX_BODY_BYTES and not read before the API key is checked.

FastAPI reads a route's body before it runs the route's dependencies (auth among them), so without this a POST
with no key could still make the process read and buffer any amount (1 GB took the API from 216 MB to 2.2 GB).
Here, before the route sees the request:
- a declared Content-Length over the cap is answered 413 without reading a byte;
- a body without a declared length (chunked) is counted as it is read and refused with 413 at the cap;
- a /v1 request with a body (except the public /v1/unsubscribe) is authenticated first; without a valid key it is
  answered 401 unread, and the route's own auth dependency reuses the key found here.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import authenticate
from api.errors import ApiProblem, problem_response

PUBLIC_WITH_BODY = frozenset({"/v1/unsubscribe"})


class BodyTooLarge(HTTPException):
    """Raised from `receive`: an HTTPException, so FastAPI's body parsing passes it on as the 413 it is."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body exceeds the {limit}-byte limit (MAX_BODY_BYTES)")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value)
    return None


class BodyGuardMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        chunked = b"chunked" in (_header(scope, b"transfer-encoding") or b"").lower()
        if declared is None and not chunked:
            await self.app(scope, receive, send)  # no body (a GET, a DELETE)
            return
        problem = await self._refusal(scope, declared)
        if problem is not None:
            await problem(scope, receive, send)
            return
        await self.app(scope, self._counting(receive), send)

    async def _refusal(self, scope: Scope, declared: bytes | None) -> Response | None:
        request = Request(scope)
        if declared is not None:
            if not declared.isdigit():
                return problem_response(
                    request,
                    400,
                    "Content-Length: not a number",
                    params=[{"name": "Content-Length", "reason": "not a number"}],
                )
            if int(declared) > self.limit:
                return problem_response(request, 413, BodyTooLarge(self.limit).detail, headers={"Connection": "close"})
            if int(declared) == 0:
                return None
        path = str(scope.get("path", ""))
        if path.startswith("/v1/") and path not in PUBLIC_WITH_BODY:
            try:
                scope.setdefault("state", {})["principal"] = await authenticate(request)
            except ApiProblem as exc:
                return problem_response(request, exc.status, exc.detail, params=exc.params, headers=exc.headers)
        return None

    def _counting(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        return counted
