"""Sending deliveries: claim the due ones of an endpoint, POST each, record the outcome. Owns its transactions.

At-least-once: a delivery is claimed by moving its next_attempt_at a lease ahead (committed) before the request,
and marked succeeded only after the receiver answered 2xx. A worker killed in between leaves it pending; when the
lease runs out the sweep sends it again, with the same webhook-id (the event's), so receivers deduplicate.
Failures retry with exponential backoff and jitter until `retry_until` (24 h); an endpoint that has failed for the
whole retry window is disabled and says why; 410 Gone disables it at once.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
import orjson
from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.db import session_scope
from talentintel.logs import get_logger
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint, WebhookEvent
from talentintel.services import webhooks_http, webhooks_signing
from talentintel.settings import get_settings
from talentintel.types import utcnow

log = get_logger(__name__)
DELIVERIES = WebhookDelivery.__table__  # type: ignore[attr-defined]
EVENTS = WebhookEvent.__table__  # type: ignore[attr-defined]
ENDPOINTS = WebhookEndpoint.__table__  # type: ignore[attr-defined]
BATCH = 50  # deliveries one task sends before it queues its successor


@dataclass
class Sent:
    succeeded: int = 0
    failed: int = 0
    remaining: bool = False  # more were due than one batch


def lease() -> timedelta:
    """How long a claimed delivery is not due: longer than one request can take."""
    return timedelta(seconds=get_settings().webhook_timeout + 30)


def backoff(attempts: int) -> timedelta:
    """Delay after the `attempts`-th failure: base * 2^(n-1), capped, with equal jitter (half fixed, half random)."""
    settings = get_settings()
    delay = min(settings.webhook_backoff_seconds * 2 ** max(attempts - 1, 0), settings.webhook_backoff_max_seconds)
    return timedelta(seconds=delay / 2 + random.uniform(0, delay / 2))


def body(event_type: str, occurred_at: datetime, data: Any) -> bytes:
    return orjson.dumps({"type": event_type, "timestamp": occurred_at, "data": data})


def _claim(session: Session, endpoint_id: int, now: datetime, limit: int) -> list[int]:
    due = (
        select(DELIVERIES.c.id)
        .where(DELIVERIES.c.endpoint_id == endpoint_id, DELIVERIES.c.status == "pending",
               DELIVERIES.c.next_attempt_at <= now)
        .order_by(DELIVERIES.c.next_attempt_at, DELIVERIES.c.id)
        .limit(limit)
    )  # fmt: skip
    ids = list(session.connection().execute(due).scalars())
    if not ids:
        return []
    # Conditional: a concurrent worker that claimed one first makes this row fail the condition, not send twice.
    claimed = session.connection().execute(
        update(DELIVERIES)
        .where(DELIVERIES.c.id.in_(ids), DELIVERIES.c.status == "pending", DELIVERIES.c.next_attempt_at <= now)
        .values(next_attempt_at=now + lease())
        .returning(DELIVERIES.c.id)
    )
    return sorted(claimed.scalars())


def _message(session: Session, delivery_id: int) -> tuple[webhooks_http.Message, WebhookEndpoint] | None:
    row = (
        session.connection()
        .execute(
            select(EVENTS.c.event_id, EVENTS.c.type, EVENTS.c.occurred_at, EVENTS.c.data, DELIVERIES.c.endpoint_id)
            .join(DELIVERIES, DELIVERIES.c.event_id == EVENTS.c.id)
            .where(DELIVERIES.c.id == delivery_id)
        )
        .first()
    )
    if row is None:
        return None
    endpoint = session.get(WebhookEndpoint, row.endpoint_id)
    if endpoint is None or endpoint.status != "active":
        return None
    # body "timestamp": when the event happened (the same on every attempt); the signed webhook-timestamp header:
    # when this attempt is made (receivers refuse stale ones).
    message = webhooks_http.Message(row.event_id, utcnow(), body(row.type, row.occurred_at, row.data))
    return message, endpoint


def endpoint_secrets(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The current secret, and the previous one until its grace period after a rotation ends (SecretUnreadable
    when the current one was sealed under another SECRET_KEY)."""
    out = [webhooks_signing.reveal(endpoint.secret)]
    if endpoint.previous_secret and endpoint.previous_secret_until and endpoint.previous_secret_until > now:
        with contextlib.suppress(webhooks_signing.SecretUnreadable):  # the old one is optional; the new one signs
            out.append(webhooks_signing.reveal(endpoint.previous_secret))
    return out


def _disable(endpoint: WebhookEndpoint, reason: str, now: datetime) -> None:
    endpoint.status, endpoint.disabled_reason, endpoint.updated_at = "disabled", reason, now
    log.warning("webhooks.endpoint_disabled", endpoint_id=endpoint.id, reason=reason)


def record(session: Session, delivery_id: int, endpoint: WebhookEndpoint, attempt: webhooks_http.Attempt,
           now: datetime) -> None:  # fmt: skip
    """Write the outcome of one attempt on the delivery and its endpoint."""
    delivery = session.get(WebhookDelivery, delivery_id)
    assert delivery is not None
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.response_status, delivery.response_body = attempt.status, attempt.body
    delivery.latency_ms, delivery.error = attempt.latency_ms, attempt.error
    if attempt.ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "succeeded", now, None
        endpoint.failing_since = None
    elif attempt.status == 410:
        delivery.status, delivery.next_attempt_at = "failed", None
        _disable(endpoint, f"the receiver answered 410 Gone at {now.isoformat()}", now)
    else:
        endpoint.failing_since = endpoint.failing_since or now
        window = timedelta(hours=get_settings().webhook_retry_hours)
        if now - endpoint.failing_since >= window:
            delivery.status, delivery.next_attempt_at = "failed", None
            _disable(endpoint, f"every delivery failed for {window} since {endpoint.failing_since.isoformat()}; "
                               f"last error: {attempt.error}", now)  # fmt: skip
        elif delivery.retry_until is not None and now >= delivery.retry_until:
            delivery.status, delivery.next_attempt_at = "failed", None
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
    session.add(delivery)
    session.add(endpoint)


def deliver_due(endpoint_id: int, *, limit: int = BATCH, engine: Engine | None = None,
                client: httpx.Client | None = None) -> Sent:  # fmt: skip
    """Send up to `limit` due deliveries of one endpoint, one committed transaction per outcome."""
    sent = Sent()
    with session_scope(engine) as session:
        endpoint = session.get(WebhookEndpoint, endpoint_id)
        if endpoint is None or endpoint.status != "active":
            return sent
        ids = _claim(session, endpoint_id, utcnow(), limit + 1)
    sent.remaining = len(ids) > limit
    todo = ids[:limit]
    while todo:
        delivery_id = todo.pop(0)
        with session_scope(engine) as session:
            found = _message(session, delivery_id)
        if found is None:
            continue
        message, endpoint = found
        try:
            secrets = endpoint_secrets(endpoint, utcnow())
        except webhooks_signing.SecretUnreadable as exc:
            attempt = webhooks_http.Attempt(None, None, 0, f"not sent: {exc}")
        else:
            attempt = webhooks_http.post(endpoint.url, message, secrets, client=client)
        with session_scope(engine) as session:
            fresh = session.get(WebhookEndpoint, endpoint_id)
            if fresh is None:
                return sent
            record(session, delivery_id, fresh, attempt, utcnow())
            stop = fresh.status != "active"
        sent.succeeded += attempt.ok
        sent.failed += not attempt.ok
        log.info("webhooks.attempt", endpoint_id=endpoint_id, delivery_id=delivery_id, event_id=message.msg_id,
                 status=attempt.status, error=attempt.error, latency_ms=attempt.latency_ms)  # fmt: skip
        if stop:
            break
    _release(engine, todo + ids[limit:])
    return sent


def _release(engine: Engine | None, ids: list[int]) -> None:
    """Claimed but not sent (a batch's overflow, or the endpoint was disabled midway): due again at once."""
    if not ids:
        return
    with session_scope(engine) as session:
        session.connection().execute(
            update(DELIVERIES)
            .where(DELIVERIES.c.id.in_(ids), DELIVERIES.c.status == "pending")
            .values(next_attempt_at=utcnow())
        )


def due_endpoints(session: Session, now: datetime) -> list[int]:
    """Active endpoints with a delivery due now (the sweep queues one send task each)."""
    rows = session.connection().execute(
        select(DELIVERIES.c.endpoint_id).distinct()
        .join(ENDPOINTS, ENDPOINTS.c.id == DELIVERIES.c.endpoint_id)
        .where(DELIVERIES.c.status == "pending", DELIVERIES.c.next_attempt_at <= now, ENDPOINTS.c.status == "active")
    )  # fmt: skip
    return sorted(rows.scalars())


def next_due_in(session: Session, endpoint_id: int, now: datetime) -> float | None:
    """Seconds until the endpoint's next pending delivery is due (None: nothing pending)."""
    soonest = session.connection().execute(
        select(DELIVERIES.c.next_attempt_at)
        .where(DELIVERIES.c.endpoint_id == endpoint_id, DELIVERIES.c.status == "pending")
        .order_by(DELIVERIES.c.next_attempt_at).limit(1)
    ).scalar()  # fmt: skip
    if soonest is None:
        return None
    return max((soonest - now).total_seconds(), 0.0)
