"""Browser sessions of the web app: a stateless signed cookie, CSRF tokens, and the signed-in / admin checks.

The cookie (itsdangerous, signed with SECRET_KEY) holds a CSRF nonce and, once signed in, the id of the API key
the visitor signed in with; never the key itself. Every request re-reads that key from the key store, so revoking
the key signs its browser sessions out on their next click, and the key's scope is the session's scope. A form is
accepted only with the nonce of the visitor's own cookie (synchronizer token); the cookie is HttpOnly, so a page of
another site can neither read nor forge it, and SameSite=Lax keeps it off cross-site POSTs anyway.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request
from itsdangerous import BadData, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import Response

from talentintel.db import session_scope
from talentintel.services import apikeys
from talentintel.services.ratelimit import InProcessLimiter, Limiter
from talentintel.settings import get_settings

COOKIE = "ti_session"
COOKIE_PATH = "/app"
MAX_AGE = 12 * 3600  # a sign-in lasts a working day; the key's revocation ends it sooner
_SALT = "talentintel.web.session"
CSRF_FIELD = "csrf_token"
REVOKED = "Your API key was revoked, so you were signed out. Sign in with another key."


@dataclass
class Visitor:
    csrf: str
    key_id: int | None = None
    scope: str | None = None
    issue: bool = False  # the cookie changed and must be sent with the response
    notice: str | None = None  # why a session ended, shown on the sign-in page

    @property
    def signed_in(self) -> bool:
        return self.key_id is not None

    @property
    def admin(self) -> bool:
        return self.scope == "admin"


class SignInRequired(Exception):
    """Raised by `member`: the app answers with a redirect to the sign-in page."""

    def __init__(self, next_url: str, notice: str | None = None) -> None:
        super().__init__(next_url)
        self.next_url, self.notice = next_url, notice


class PageError(Exception):
    """A page that cannot be shown to this visitor (403 scope, CSRF, 429): rendered as an HTML error page."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(get_settings().secret_key, salt=_SALT)


def new_visitor(key_id: int | None = None, scope: str | None = None, notice: str | None = None) -> Visitor:
    """A fresh session (new CSRF nonce): on first visit, at sign-in (no fixation) and at sign-out."""
    return Visitor(csrf=secrets.token_urlsafe(24), key_id=key_id, scope=scope, issue=True, notice=notice)


def _decode(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    try:
        data = _serializer().loads(value, max_age=MAX_AGE)
    except BadData:  # tampered, signed with another secret, or expired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("c"), str):
        return None
    key_id = data.get("k")
    return data if key_id is None or (isinstance(key_id, int) and not isinstance(key_id, bool)) else None


def _active_scope(key_id: int) -> str | None:
    with session_scope() as session:
        key = apikeys.active(session, key_id)
        return None if key is None else key.scope


async def visitor(request: Request) -> Visitor:
    """Who is asking: the cookie's session, with its key checked against the key store now."""
    data = _decode(request.cookies.get(COOKIE))
    if data is None:
        v = new_visitor()
    else:
        v = Visitor(csrf=data["c"])
        if data.get("k") is not None:
            scope = await run_in_threadpool(_active_scope, data["k"])
            if scope is None:
                v = new_visitor(notice=REVOKED)
            else:
                v.key_id, v.scope = data["k"], scope
    request.state.visitor = v
    return v


async def member(request: Request, v: Visitor = Depends(visitor)) -> Visitor:
    """A signed-in visitor within the key's rate limit; otherwise off to the sign-in page."""
    if v.key_id is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(target, v.notice)
    request.state.api_key_id = v.key_id
    limiter: Limiter = request.app.state.limiter  # the key's API rate limit covers its pages too
    if isinstance(limiter, InProcessLimiter):
        decision = limiter.hit(str(v.key_id))
    else:  # Redis: network I/O, off the event loop
        decision = await run_in_threadpool(limiter.hit, str(v.key_id))
    if not decision.allowed:
        raise PageError(429, f"Too many requests with this key; try again in {decision.reset} s.",
                        {"Retry-After": str(decision.reset)})  # fmt: skip
    return v


async def admin(v: Visitor = Depends(member)) -> Visitor:
    if not v.admin:
        raise PageError(403, "This page needs an API key with the admin scope; you are signed in with a read key.")
    return v


async def checked_form(request: Request, v: Visitor) -> FormData:
    """The posted form, once its CSRF token matches this visitor's session (403 otherwise)."""
    form = await request.form()
    token = form.get(CSRF_FIELD)
    if not isinstance(token, str) or not hmac.compare_digest(token.encode(), v.csrf.encode()):
        raise PageError(
            403,
            "This form could not be verified: its security token is missing or stale (for example after you "
            "signed in elsewhere). Reload the page and send it again.",
        )
    return form


def save(request: Request, response: Response, v: Visitor) -> Response:
    """Send the session cookie when it changed: HttpOnly, SameSite=Lax, Secure when served over https."""
    if v.issue:
        payload: dict[str, Any] = {"c": v.csrf}
        if v.key_id is not None:
            payload["k"] = v.key_id
        response.set_cookie(
            COOKIE,
            _serializer().dumps(payload),
            max_age=MAX_AGE,
            path=COOKIE_PATH,
            httponly=True,
            secure=request.url.scheme == "https",
            samesite="lax",
        )
    return response
