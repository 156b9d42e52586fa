"""/v1/webhooks: signed push notifications (Standard Webhooks) of job, round, fund and pivot events.

A read key manages its own endpoints; an admin key all. The signing secret is in the create and rotate answers only.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api import params
from api.deps import Principal, db_session, id_path, owner, read_access
from api.docs import AUTH_RESPONSES, DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import id_page_response, json_response
from api.schemas.webhooks import (
    DeliveryOut,
    DeliveryPage,
    WebhookCreated,
    WebhookIn,
    WebhookOut,
    WebhookPage,
    WebhookPatch,
)
from talentintel.logs import get_logger
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint
from talentintel.services import webhooks, webhooks_signing
from talentintel.services.queries import keyset

router = APIRouter(tags=["webhooks"])
log = get_logger(__name__)
DELIVER_TASK = "talentintel.webhooks_deliver"


def out(e: WebhookEndpoint, *, secret: bool = False) -> dict[str, Any]:
    body = {
        "id": e.id, "url": e.url, "events": e.events, "saved_search_id": e.saved_search_id, "filters": e.filters,
        "description": e.description, "status": e.status, "disabled_reason": e.disabled_reason,
        "failing_since": e.failing_since, "created_at": e.created_at, "updated_at": e.updated_at,
    }  # fmt: skip
    return {**body, "secret": webhooks_signing.reveal(e.secret)} if secret else body


def delivery_out(d: WebhookDelivery, event_id: str, event_type: str) -> dict[str, Any]:
    return {
        "id": d.id, "event_id": event_id, "event_type": event_type, "status": d.status, "attempts": d.attempts,
        "response_status": d.response_status, "response_body": d.response_body, "latency_ms": d.latency_ms,
        "error": d.error, "next_attempt_at": d.next_attempt_at, "last_attempt_at": d.last_attempt_at,
        "delivered_at": d.delivered_at, "created_at": d.created_at,
    }  # fmt: skip


async def _queue_send(request: Request, session: Session, endpoint_id: int) -> None:
    """Commit, then queue the endpoint's sender; a broker failure loses nothing (the beat sweep sends it)."""
    await run_in_threadpool(session.commit)
    try:
        await run_in_threadpool(request.app.state.enqueue, DELIVER_TASK, endpoint_id)
    except Exception as exc:
        log.warning("webhooks.enqueue_failed", endpoint_id=endpoint_id, error=str(exc))


@router.post("/webhooks", status_code=201, summary="Create a webhook endpoint", response_model=WebhookCreated,
             responses=AUTH_RESPONSES)  # fmt: skip
def create_webhook(request: Request, body: WebhookIn, principal: Principal = Depends(read_access),
                   session: Session = Depends(db_session)) -> Response:  # fmt: skip
    endpoint = webhooks.create(
        session, url=body.url, event_types=list(body.events), saved_search_id=body.saved_search_id,
        filters=body.filters, description=body.description,
        api_key_id=principal.key_id, owner=owner(principal),
    )  # fmt: skip
    return json_response(request, out(endpoint, secret=True), status_code=201)


@router.get("/webhooks", summary="List webhook endpoints", response_model=WebhookPage, responses=LIST_RESPONSES)
def list_webhooks(
    request: Request,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    def fetch(after: int, n: int) -> list[WebhookEndpoint]:
        return webhooks.list_endpoints(session, owner=owner(principal), after_id=after, limit=n)

    return id_page_response(request, "webhooks", cursor, limit, fetch, out)


@router.get("/webhooks/{webhook_id}", summary="One webhook endpoint", response_model=WebhookOut,
            responses=DETAIL_RESPONSES)  # fmt: skip
def get_webhook(request: Request, webhook_id: int = id_path(), principal: Principal = Depends(read_access),
                session: Session = Depends(db_session)) -> Response:  # fmt: skip
    return json_response(request, out(webhooks.get(session, webhook_id, owner=owner(principal))))


@router.patch("/webhooks/{webhook_id}", summary="Change, pause or resume a webhook endpoint",
              response_model=WebhookOut, responses=DETAIL_RESPONSES)  # fmt: skip
def update_webhook(request: Request, body: WebhookPatch, webhook_id: int = id_path(),
                   principal: Principal = Depends(read_access), session: Session = Depends(db_session)) -> Response:  # fmt: skip
    # null clears the selection (saved_search_id, filters); for the other fields it means "unchanged".
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items()
               if v is not None or k in ("saved_search_id", "filters")}  # fmt: skip
    endpoint = webhooks.update(session, webhook_id, owner=owner(principal), changes=changes)
    return json_response(request, out(endpoint))


@router.delete("/webhooks/{webhook_id}", status_code=204, summary="Delete a webhook endpoint",
               response_class=Response, responses=DETAIL_RESPONSES)  # fmt: skip
def delete_webhook(webhook_id: int = id_path(), principal: Principal = Depends(read_access),
                   session: Session = Depends(db_session)) -> Response:  # fmt: skip
    webhooks.delete(session, webhook_id, owner=owner(principal))
    return Response(status_code=204)


@router.post("/webhooks/{webhook_id}/rotate", summary="Rotate the signing secret", response_model=WebhookCreated,
             description="A new secret, shown once. For 24 h the old secret also signs (two signatures are sent).",
             responses=DETAIL_RESPONSES)  # fmt: skip
def rotate_secret(request: Request, webhook_id: int = id_path(), principal: Principal = Depends(read_access),
                  session: Session = Depends(db_session)) -> Response:  # fmt: skip
    return json_response(request, out(webhooks.rotate(session, webhook_id, owner=owner(principal)), secret=True))


@router.post("/webhooks/{webhook_id}/test", status_code=202, summary="Send a test event",
             description="Queues a signed `webhook.test` event to the endpoint; its delivery shows in /deliveries.",
             response_model=DeliveryOut, responses=DETAIL_RESPONSES)  # fmt: skip
async def test_webhook(request: Request, webhook_id: int = id_path(), principal: Principal = Depends(read_access),
                       session: Session = Depends(db_session)) -> Response:  # fmt: skip
    delivery = await run_in_threadpool(webhooks.send_test, session, webhook_id, owner=owner(principal))
    event_id, event_type = await run_in_threadpool(webhooks.event_of, session, delivery)
    await _queue_send(request, session, webhook_id)
    return json_response(request, delivery_out(delivery, event_id, event_type), status_code=202)


@router.get("/webhooks/{webhook_id}/deliveries", summary="An endpoint's deliveries, newest first",
            response_model=DeliveryPage, responses=DETAIL_RESPONSES)  # fmt: skip
def list_deliveries(
    request: Request,
    webhook_id: int = id_path(),
    status: str | None = Query(None, pattern="^(pending|succeeded|failed)$", description="Only this status."),
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    before = keyset.after_id(cursor, "webhook-deliveries")
    found = webhooks.deliveries(session, webhook_id, owner=owner(principal), status=status, after_id=before,
                                limit=limit + 1)  # fmt: skip
    rows = found[:limit]
    next_cursor = keyset.id_page([d for d, _, _ in found], limit, "webhook-deliveries")[1]
    return json_response(request, {"items": [delivery_out(*r) for r in rows], "next_cursor": next_cursor})


@router.post("/webhooks/{webhook_id}/deliveries/{delivery_id}/retry", status_code=202,
             summary="Send a delivery again now", response_model=DeliveryOut, responses=DETAIL_RESPONSES)  # fmt: skip
async def retry_delivery(request: Request, webhook_id: int = id_path(), delivery_id: int = id_path(),
                         principal: Principal = Depends(read_access),
                         session: Session = Depends(db_session)) -> Response:  # fmt: skip
    delivery = await run_in_threadpool(webhooks.retry, session, webhook_id, delivery_id, owner=owner(principal))
    event_id, event_type = await run_in_threadpool(webhooks.event_of, session, delivery)
    await _queue_send(request, session, webhook_id)
    return json_response(request, delivery_out(delivery, event_id, event_type), status_code=202)


def backlog_gauge() -> dict[str, float]:
    """The talentintel_webhook_backlog gauge of /metrics (its own short read)."""
    from talentintel.db import session_scope

    with session_scope() as session:
        return webhooks.backlog(session)
