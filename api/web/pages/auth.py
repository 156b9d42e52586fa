"""Sign-in with an API key (exchanged for a session cookie) and sign-out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api.web.render import page, redirect
from api.web.session import REVOKED, Visitor, checked_form, new_visitor, visitor
from talentintel.db import session_scope
from talentintel.services import apikeys

router = APIRouter()
NOTICES = {"signed_out": "You are signed out.", "revoked": REVOKED}
BAD_KEY = "That API key is unknown or has been revoked. Check it and try again."


def _safe_next(target: str | None) -> str:
    """Only a path of this app: never another site (an open redirect) or a protocol-relative //host."""
    if target and target.startswith("/app") and not target.startswith("//") and "\\" not in target:
        return target
    return "/app/jobs"


def _authenticate(plaintext: str) -> tuple[int, str] | None:
    with session_scope() as session:  # its own transaction: last_used_at is recorded as for API calls
        key = apikeys.authenticate(session, plaintext)
        return None if key is None or key.id is None else (key.id, key.scope)


@router.get("/login", summary="Sign-in page")
async def login_page(request: Request, v: Visitor = Depends(visitor)) -> Response:
    if v.signed_in:
        return redirect(request, v, _safe_next(request.query_params.get("next")))
    notice = v.notice or NOTICES.get(request.query_params.get("ended") or "")
    return page(request, v, "login.html", next=_safe_next(request.query_params.get("next")), notice=notice)


@router.post("/login", summary="Sign in")
async def login(request: Request, v: Visitor = Depends(visitor)) -> Response:
    form = await checked_form(request, v)
    key = str(form.get("api_key") or "").strip()
    target = _safe_next(str(form.get("next") or ""))
    found = await run_in_threadpool(_authenticate, key) if key else None
    if found is None:
        message = BAD_KEY if key else "Enter your API key."
        return page(request, v, "login.html", status=401, next=target, error=message)
    return redirect(request, new_visitor(*found), target)


@router.post("/logout", summary="Sign out")
async def logout(request: Request, v: Visitor = Depends(visitor)) -> Response:
    await checked_form(request, v)
    return redirect(request, new_visitor(), "/app/login?ended=signed_out")
