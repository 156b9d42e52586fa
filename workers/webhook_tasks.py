"""Webhook tasks: fan-out of the outbox, one sender per endpoint, the sweep that catches anything left behind.

One scrape that opens 10,000 jobs queues ONE fan-out task (the after-commit kick), which makes the deliveries in
batches of 1,000 events and then queues ONE sender per endpoint; each sender posts 50 deliveries and queues its
successor while more are due.
"""

from __future__ import annotations

from datetime import datetime

from talentintel.db import session_scope
from talentintel.logs import get_logger
from talentintel.services import webhooks_delivery, webhooks_fanout, webhooks_pivots
from talentintel.types import utcnow
from workers.celery_app import celery_app

log = get_logger(__name__)
SOON = 60.0  # a retry due within this many seconds gets its own delayed task; later ones wait for the sweep


@celery_app.task(name="talentintel.webhooks_dispatch")
def webhooks_dispatch(batch: int = webhooks_fanout.BATCH) -> int:
    """Fan every undispatched event out to deliveries; queue one sender per endpoint that got some."""
    endpoints: set[int] = set()
    total = 0
    while True:
        with session_scope() as session:
            done = webhooks_fanout.fan_out(session, batch=batch)
        endpoints |= done.endpoint_ids
        total += done.events
        if done.events:
            log.info("webhooks.fanned_out", events=done.events, deliveries=done.deliveries, total=total)
        if done.events < batch:
            break
    for endpoint_id in sorted(endpoints):
        webhooks_deliver.delay(endpoint_id)
    return total


@celery_app.task(name="talentintel.webhooks_deliver", acks_late=True)
def webhooks_deliver(endpoint_id: int) -> dict[str, int]:
    sent = webhooks_delivery.deliver_due(endpoint_id)
    if sent.remaining:
        webhooks_deliver.delay(endpoint_id)
    else:
        with session_scope() as session:
            wait = webhooks_delivery.next_due_in(session, endpoint_id, utcnow())
        if wait is not None and wait < SOON:
            webhooks_deliver.apply_async((endpoint_id,), countdown=wait)
    return {"succeeded": sent.succeeded, "failed": sent.failed}


@celery_app.task(name="talentintel.webhooks_sweep")
def webhooks_sweep() -> int:
    """Beat, every minute: events a lost kick left undispatched, and retries that came due."""
    webhooks_dispatch.delay()
    with session_scope() as session:
        due = webhooks_delivery.due_endpoints(session, utcnow())
    for endpoint_id in due:
        webhooks_deliver.delay(endpoint_id)
    return len(due)


@celery_app.task(name="talentintel.webhooks_prune")
def webhooks_prune() -> int:
    """Beat, daily: events older than the retention whose deliveries are finished."""
    with session_scope() as session:
        return webhooks_fanout.prune(session)


@celery_app.task(name="talentintel.webhooks_pivots")
def webhooks_pivots_task(today: str | None = None) -> int:
    """Beat, daily: company.pivoted for companies that newly pivot."""
    day = datetime.fromisoformat(today).date() if today else None
    with session_scope() as session:
        return webhooks_pivots.detect(session, today=day)
