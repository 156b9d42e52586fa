"""Fan-out: undispatched outbox events -> one delivery row per matching endpoint, a batch at a time. Never commits.

A batch of `batch` events costs a fixed handful of statements whatever the number of endpoints' matches: the
payloads are rendered once per batch (not per endpoint), each endpoint's filter runs once per event type, and the
deliveries go in as one multi-row INSERT that ignores pairs already there, so running it twice (a redelivered task,
two workers) makes no second delivery. Events are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col
from sqlmodel import select as model_select

from talentintel.models import ApiKey
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint, WebhookEvent
from talentintel.services import webhooks_filters, webhooks_payloads
from talentintel.settings import get_settings
from talentintel.types import utcnow

EVENTS = WebhookEvent.__table__  # type: ignore[attr-defined]
DELIVERIES = WebhookDelivery.__table__  # type: ignore[attr-defined]
BATCH = 1000


@dataclass
class FanOut:
    events: int = 0
    deliveries: int = 0
    endpoint_ids: set[int] = field(default_factory=set)


def _claim(session: Session, batch: int) -> list[Any]:
    stmt = (
        select(EVENTS.c.id, EVENTS.c.type, EVENTS.c.subject_id, EVENTS.c.data)
        .where(EVENTS.c.dispatched_at.is_(None))
        .order_by(EVENTS.c.id)
        .limit(batch)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    return list(session.connection().execute(stmt))


def _render(session: Session, rows: list[Any]) -> dict[int, Any]:
    """event row id -> data; an event whose subject is gone is left out."""
    by_type: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_type[row.type].append(row)
    data: dict[int, Any] = {}
    for type_, group in by_type.items():
        stored = {r.id: r.data for r in group if r.data is not None}
        rendered = webhooks_payloads.render(session, type_, sorted({r.subject_id for r in group if r.id not in stored}))
        for r in group:
            value = stored.get(r.id, rendered.get(r.subject_id))
            if value is not None:
                data[r.id] = value
    return data


def _targets(session: Session, endpoint: WebhookEndpoint, rows: list[Any]) -> list[int]:
    """Event row ids of `rows` that `endpoint` gets."""
    sel = webhooks_filters.selector(session, endpoint)
    wanted = set(endpoint.events or [])
    out: list[int] = []
    by_type: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.type in wanted:
            by_type[row.type].append(row)
    for type_, group in by_type.items():
        allowed = webhooks_filters.matching(session, sel, type_, sorted({r.subject_id for r in group}))
        out.extend(r.id for r in group if r.subject_id in allowed)
    return out


def insert_deliveries(session: Session, endpoint_id: int, event_row_ids: list[int], now: datetime) -> int:
    if not event_row_ids:
        return 0
    until = now + timedelta(hours=get_settings().webhook_retry_hours)
    rows = [
        {"endpoint_id": endpoint_id, "event_id": eid, "status": "pending", "attempts": 0, "next_attempt_at": now,
         "retry_until": until, "created_at": now}
        for eid in event_row_ids
    ]  # fmt: skip
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(DELIVERIES).on_conflict_do_nothing(index_elements=["endpoint_id", "event_id"])
    session.connection().execute(stmt, rows)
    return len(rows)  # pairs already there are skipped by the database, and counted here: it is an upper bound


def fan_out(session: Session, *, batch: int = BATCH, now: datetime | None = None) -> FanOut:
    """Dispatch up to `batch` undispatched events; returns what it did (call again while `events == batch`)."""
    now = now or utcnow()
    out = FanOut()
    rows = _claim(session, batch)
    if not rows:
        return out
    data = _render(session, rows)
    if data:
        session.connection().execute(
            update(EVENTS).where(EVENTS.c.id == bindparam("b_id")).values(data=bindparam("v_data")),
            [{"b_id": k, "v_data": v} for k, v in data.items()],
        )
    live = [r for r in rows if r.id in data]
    endpoints = session.exec(
        model_select(WebhookEndpoint)
        .outerjoin(ApiKey, col(ApiKey.id) == col(WebhookEndpoint.api_key_id))
        .where(col(WebhookEndpoint.status) == "active", col(ApiKey.revoked_at).is_(None))  # a revoked key's: none
    ).all()
    for endpoint in endpoints:
        assert endpoint.id is not None
        made = insert_deliveries(session, endpoint.id, _targets(session, endpoint, live), now)
        if made:
            out.deliveries += made
            out.endpoint_ids.add(endpoint.id)
    session.connection().execute(update(EVENTS).where(EVENTS.c.id.in_([r.id for r in rows])).values(dispatched_at=now))
    out.events = len(rows)
    return out


RETENTION = timedelta(days=30)  # delivered events (and their delivery log) are kept this long, then pruned
PIVOT_RETENTION = timedelta(days=180)  # pivots longer: they remember which companies were announced (quiet period)


def prune(session: Session, *, now: datetime | None = None) -> int:
    """Delete old events whose deliveries are all finished (their deliveries go with them); returns how many."""
    now = now or utcnow()
    pending = select(DELIVERIES.c.event_id).where(DELIVERIES.c.status == "pending")
    old = (EVENTS.c.occurred_at < now - RETENTION) & (EVENTS.c.type != "company.pivoted")
    old_pivot = (EVENTS.c.occurred_at < now - PIVOT_RETENTION) & (EVENTS.c.type == "company.pivoted")
    stmt = delete(EVENTS).where(old | old_pivot, EVENTS.c.dispatched_at.is_not(None), EVENTS.c.id.not_in(pending))
    return int(session.connection().execute(stmt).rowcount or 0)
