"""Webhook endpoints: create (the secret is returned once), read, change, rotate, test, deliveries. Never commits.

Ownership as saved searches: a read key manages the endpoints it made (owner = its id); admin (owner=None) all.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from talentintel import events
from talentintel.errors import UserError
from talentintel.models import SavedSearch
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint, WebhookEvent
from talentintel.services import webhooks_fanout, webhooks_filters, webhooks_net, webhooks_signing
from talentintel.services.queries.params import NotFound
from talentintel.settings import get_settings
from talentintel.types import utcnow

ROTATION_GRACE = timedelta(hours=24)  # the old secret keeps signing this long, so receivers can switch over
MAX_ENDPOINTS_PER_KEY = 100


def validate_url(url: str) -> str:
    """Syntax always; the address too when the host resolves now (an unresolvable host fails at delivery)."""
    url = url.strip()
    if len(url) > 2000:
        raise UserError("url: must be at most 2000 characters")
    webhooks_net.check_url(url)
    try:
        webhooks_net.resolve_target(url, allow_private=get_settings().webhook_allow_private)
    except webhooks_net.TargetRefused as exc:
        if "does not resolve" not in str(exc):
            raise
    return url


def _events(values: list[str]) -> list[str]:
    if not values:
        raise UserError("events: name at least one event type")
    bad = [v for v in values if v not in events.EVENT_TYPES]
    if bad:
        raise UserError(f"events: {bad[0]!r} is not one of {', '.join(events.EVENT_TYPES)}")
    return list(dict.fromkeys(values))


def _selection(session: Session, saved_search_id: int | None, filters: dict[str, Any] | None,
               owner: int | None) -> tuple[int | None, dict[str, Any]]:  # fmt: skip
    if saved_search_id is not None and filters:
        raise UserError("filters: give either saved_search_id or filters, not both")
    if saved_search_id is not None:
        search = session.get(SavedSearch, saved_search_id)
        if search is None or (owner is not None and search.api_key_id != owner):
            raise UserError(f"saved_search_id: no saved search {saved_search_id}")
        return saved_search_id, {}
    return None, webhooks_filters.validate("jobs", filters or {})


def create(session: Session, *, url: str, event_types: list[str], saved_search_id: int | None = None,
           filters: dict[str, Any] | None = None, description: str = "", api_key_id: int | None = None,
           owner: int | None = None) -> WebhookEndpoint:  # fmt: skip
    """`owner`: whose saved searches the endpoint may follow (None: any, for admin keys)."""
    if api_key_id is not None:
        count = len(session.exec(select(WebhookEndpoint.id).where(col(WebhookEndpoint.api_key_id) == api_key_id)).all())
        if count >= MAX_ENDPOINTS_PER_KEY:
            raise UserError(f"url: a key may have at most {MAX_ENDPOINTS_PER_KEY} webhook endpoints")
    search_id, inline = _selection(session, saved_search_id, filters, owner)
    endpoint = WebhookEndpoint(
        url=validate_url(url), events=_events(event_types), saved_search_id=search_id, filters=inline,
        description=description, secret=webhooks_signing.seal(webhooks_signing.new_secret()), api_key_id=api_key_id,
    )  # fmt: skip
    session.add(endpoint)
    session.flush()
    return endpoint


def get(session: Session, endpoint_id: int, *, owner: int | None = None) -> WebhookEndpoint:
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or (owner is not None and endpoint.api_key_id != owner):
        raise NotFound("webhook_id", f"no webhook endpoint {endpoint_id}")
    return endpoint


def list_endpoints(session: Session, *, owner: int | None = None, after_id: int = 0,
                   limit: int = 50) -> list[WebhookEndpoint]:  # fmt: skip
    query = select(WebhookEndpoint).where(col(WebhookEndpoint.id) > after_id)
    if owner is not None:
        query = query.where(col(WebhookEndpoint.api_key_id) == owner)
    return list(session.exec(query.order_by(col(WebhookEndpoint.id)).limit(limit)))


def update(session: Session, endpoint_id: int, *, owner: int | None = None, changes: dict[str, Any]) -> WebhookEndpoint:
    """`changes`: any of url, events, saved_search_id, filters, description, paused (only the keys given)."""
    endpoint = get(session, endpoint_id, owner=owner)
    if "url" in changes:
        endpoint.url = validate_url(changes["url"])
    if "events" in changes:
        endpoint.events = _events(changes["events"])
    if "description" in changes:
        endpoint.description = changes["description"] or ""
    if "saved_search_id" in changes or "filters" in changes:
        search_id = changes.get("saved_search_id", endpoint.saved_search_id if "filters" not in changes else None)
        endpoint.saved_search_id, endpoint.filters = _selection(session, search_id, changes.get("filters"), owner)
    if "paused" in changes:
        # Resuming also re-enables an endpoint the system disabled: the owner says the receiver is back.
        endpoint.status = "paused" if changes["paused"] else "active"
        if not changes["paused"]:
            endpoint.disabled_reason, endpoint.failing_since = None, None
    endpoint.updated_at = utcnow()
    session.add(endpoint)
    session.flush()
    return endpoint


def delete(session: Session, endpoint_id: int, *, owner: int | None = None) -> None:
    session.delete(get(session, endpoint_id, owner=owner))
    session.flush()


def rotate(session: Session, endpoint_id: int, *, owner: int | None = None) -> WebhookEndpoint:
    """A new secret; the old one also signs for ROTATION_GRACE (both signatures are sent)."""
    endpoint = get(session, endpoint_id, owner=owner)
    now = utcnow()
    endpoint.previous_secret, endpoint.previous_secret_until = endpoint.secret, now + ROTATION_GRACE
    endpoint.secret, endpoint.updated_at = webhooks_signing.seal(webhooks_signing.new_secret()), now
    session.add(endpoint)
    session.flush()
    return endpoint


def send_test(session: Session, endpoint_id: int, *, owner: int | None = None) -> WebhookDelivery:
    """A webhook.test event for this endpoint only, due now (a paused or disabled endpoint gets it once resumed)."""
    endpoint = get(session, endpoint_id, owner=owner)
    now = utcnow()
    event = WebhookEvent(
        event_id=events.new_event_id(),
        type=events.TEST_EVENT,
        subject_id=endpoint_id,
        data={"endpoint_id": endpoint_id, "url": endpoint.url},
        occurred_at=now,
        dispatched_at=now,
    )
    session.add(event)
    session.flush()
    assert event.id is not None and endpoint.id is not None
    webhooks_fanout.insert_deliveries(session, endpoint.id, [event.id], now)
    return session.exec(select(WebhookDelivery).where(col(WebhookDelivery.event_id) == event.id)).one()


def deliveries(session: Session, endpoint_id: int, *, owner: int | None = None, status: str | None = None,
               after_id: int = 0, limit: int = 50) -> list[tuple[WebhookDelivery, str, str]]:  # fmt: skip
    """(delivery, event id, event type), newest first."""
    get(session, endpoint_id, owner=owner)
    query = (
        select(WebhookDelivery, WebhookEvent.event_id, WebhookEvent.type)
        .join(WebhookEvent, col(WebhookEvent.id) == col(WebhookDelivery.event_id))
        .where(col(WebhookDelivery.endpoint_id) == endpoint_id)
    )
    if after_id:
        query = query.where(col(WebhookDelivery.id) < after_id)
    if status:
        query = query.where(col(WebhookDelivery.status) == status)
    return [(d, e, t) for d, e, t in session.exec(query.order_by(col(WebhookDelivery.id).desc()).limit(limit))]


def retry(session: Session, endpoint_id: int, delivery_id: int, *, owner: int | None = None) -> WebhookDelivery:
    """Send a delivery again now (whatever its state), with a fresh retry window."""
    get(session, endpoint_id, owner=owner)
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.endpoint_id != endpoint_id:
        raise NotFound("delivery_id", f"no delivery {delivery_id} of webhook endpoint {endpoint_id}")
    now = utcnow()
    delivery.status, delivery.next_attempt_at = "pending", now
    delivery.retry_until = now + timedelta(hours=get_settings().webhook_retry_hours)
    session.add(delivery)
    session.flush()
    return delivery


def event_of(session: Session, delivery: WebhookDelivery) -> tuple[str, str]:
    row = (
        session.connection()
        .execute(
            core_select(col(WebhookEvent.event_id), col(WebhookEvent.type)).where(
                col(WebhookEvent.id) == delivery.event_id
            )
        )
        .one()
    )
    return str(row[0]), str(row[1])


def backlog(session: Session) -> dict[str, float]:
    """What /metrics shows: deliveries waiting, events not yet fanned out, endpoints the service disabled."""
    from sqlalchemy import func

    def count(query: Any) -> float:
        return float(session.connection().execute(query).scalar() or 0)

    return {
        "pending_deliveries": count(core_select(func.count()).select_from(WebhookDelivery)
                                    .where(col(WebhookDelivery.status) == "pending")),
        "undispatched_events": count(core_select(func.count()).select_from(WebhookEvent)
                                     .where(col(WebhookEvent.dispatched_at).is_(None))),
        "disabled_endpoints": count(core_select(func.count()).select_from(WebhookEndpoint)
                                    .where(col(WebhookEndpoint.status) == "disabled")),
    }  # fmt: skip
