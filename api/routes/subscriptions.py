"""/v1/subscriptions: digest emails of saved searches or inline filters, daily or weekly, at a local hour.
Also the public one-click unsubscribe endpoint the emails link to (`unsubscribe_router`, mounted without auth).

A read key manages its own subscriptions; an admin key sees all of them.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session
from starlette.responses import HTMLResponse, Response

from api import params
from api.deps import Principal, db_session, id_path, owner, read_access
from api.docs import AUTH_RESPONSES, DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import id_page_response, json_response
from api.schemas.subscriptions import (
    DigestPreview,
    SubscriptionIn,
    SubscriptionOut,
    SubscriptionPage,
    SubscriptionPatch,
    Unsubscribed,
)
from talentintel.digest import service as digest
from talentintel.models import Subscription
from talentintel.services import subscriptions

router = APIRouter(tags=["subscriptions"])
unsubscribe_router = APIRouter(tags=["subscriptions"])

PREVIEW_CONTENT = {"text/html": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def out(sub: Subscription) -> dict[str, Any]:
    return {
        "id": sub.id,
        "email": sub.email,
        "filters": sub.filters,
        "funding_filters": sub.funding_filters,
        "saved_search_ids": sub.saved_search_ids,
        "cadence": sub.cadence,
        "send_hour": sub.send_hour,
        "timezone": sub.timezone,
        "sort": sub.sort,
        "active": sub.active,
        "unsubscribed_at": _iso(sub.unsubscribed_at),
        "last_sent_at": _iso(sub.last_sent_at),
        "next_send_at": _iso(digest.next_send_at(sub)) if sub.active else None,
        "created_at": _iso(sub.created_at),
        "updated_at": _iso(sub.updated_at),
    }


@router.post(
    "/subscriptions",
    status_code=201,
    summary="Subscribe an address to a digest",
    response_model=SubscriptionOut,
    responses=AUTH_RESPONSES,
)
def create_subscription(
    request: Request,
    body: SubscriptionIn,
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    sub = subscriptions.create(session, **body.model_dump(), api_key_id=principal.key_id)
    return json_response(request, out(sub), status_code=201)


@router.get(
    "/subscriptions",
    summary="List subscriptions",
    response_model=SubscriptionPage,
    responses=LIST_RESPONSES,
)
def list_subscriptions(
    request: Request,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    email: str | None = Query(None, max_length=320, description="Only the subscriptions of this address."),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    def fetch(after: int, n: int) -> list[Subscription]:
        return subscriptions.list_subscriptions(session, owner=owner(principal), after_id=after, limit=n, email=email)

    return id_page_response(request, "subscriptions", cursor, limit, fetch, out)


@router.get(
    "/subscriptions/{subscription_id}",
    summary="One subscription",
    response_model=SubscriptionOut,
    responses=DETAIL_RESPONSES,
)
def get_subscription(
    request: Request,
    subscription_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    return json_response(request, out(subscriptions.get(session, subscription_id, owner=owner(principal))))


@router.patch(
    "/subscriptions/{subscription_id}",
    summary="Change a subscription",
    response_model=SubscriptionOut,
    responses=DETAIL_RESPONSES,
)
def update_subscription(
    request: Request,
    body: SubscriptionPatch,
    subscription_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    sub = subscriptions.update(session, subscription_id, owner=owner(principal), **body.model_dump(exclude_unset=True))
    return json_response(request, out(sub))


@router.delete(
    "/subscriptions/{subscription_id}",
    status_code=204,
    summary="Delete a subscription",
    response_class=Response,
    responses=DETAIL_RESPONSES,
)
def delete_subscription(
    subscription_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    subscriptions.delete(session, subscription_id, owner=owner(principal))
    return Response(status_code=204)


@router.get(
    "/subscriptions/{subscription_id}/preview",
    summary="Preview the next digest",
    description="Renders the digest as it would be sent now (everything new since the last one); sends and records "
    "nothing. `format=html` or `format=text` returns that part alone, to view in a browser.",
    response_model=DigestPreview,
    responses={200: {"content": PREVIEW_CONTENT}, **DETAIL_RESPONSES},
)
def preview_subscription(
    request: Request,
    subscription_id: int = id_path(),
    format: Literal["json", "html", "text"] = Query("json", description="json (both parts), html or text."),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    sub = subscriptions.get(session, subscription_id, owner=owner(principal))
    pv = digest.preview(session, sub)
    if format == "html":
        return HTMLResponse(pv.rendered.html)
    if format == "text":
        return Response(pv.rendered.text, media_type="text/plain; charset=utf-8")
    body = {
        "subscription_id": sub.id,
        "period_key": pv.period_key,
        "window_start": _iso(pv.window_start),
        "window_end": _iso(pv.window_end),
        "subject": pv.rendered.subject,
        "text": pv.rendered.text,
        "html": pv.rendered.html,
    }
    return json_response(request, body)


TOKEN = Query(..., min_length=3, max_length=200, description="The signed token from the digest's unsubscribe link.")
_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"></head>
<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:520px;margin:48px auto;padding:0 16px;">
<h1 style="font-size:22px;">{title}</h1>"""
# The link only asks: mail scanners and link previews follow GET links, and must not unsubscribe anyone.
_CONFIRM = (
    _HEAD
    + """<p>Stop sending talentintel digests of this subscription to {email}?</p>
<form method="post" action="/v1/unsubscribe?token={token}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="font-size:16px;padding:8px 16px;">Unsubscribe</button></form></body></html>"""
)
_DONE = _HEAD + """<p>{email} will receive no more talentintel digests from this subscription.</p></body></html>"""


@unsubscribe_router.get(
    "/v1/unsubscribe",
    summary="Unsubscribe confirmation page (link in every digest; no API key)",
    description="Shows who would be unsubscribed and a button that POSTs to this URL. Changes nothing: mail "
    "scanners open links.",
    response_class=HTMLResponse,
    responses={400: {"description": "The token is malformed or not valid."}},
)
def unsubscribe_page(token: str = TOKEN, session: Session = Depends(db_session)) -> HTMLResponse:
    sub = subscriptions.by_token(session, token)
    if not sub.active:
        return HTMLResponse(_DONE.format(title="You are unsubscribed", email=escape(sub.email)))
    page = _CONFIRM.format(title="Unsubscribe", email=escape(sub.email), token=escape(quote(token, safe="")))
    return HTMLResponse(page)


@unsubscribe_router.post(
    "/v1/unsubscribe",
    summary="One-click unsubscribe (RFC 8058; no API key)",
    description="What mail clients POST (body `List-Unsubscribe=One-Click`) to the List-Unsubscribe URL, and what "
    "the confirmation page's button sends (answered with a page when the client accepts HTML). Idempotent.",
    response_model=Unsubscribed,
    responses={400: {"description": "The token is malformed or not valid."}},
)
def unsubscribe_post(request: Request, token: str = TOKEN, session: Session = Depends(db_session)) -> Response:
    sub = subscriptions.unsubscribe(session, token)
    if "text/html" in request.headers.get("accept", ""):
        return HTMLResponse(_DONE.format(title="You are unsubscribed", email=escape(sub.email)))
    return json_response(request, {"subscription_id": sub.id, "email": sub.email, "active": False})
