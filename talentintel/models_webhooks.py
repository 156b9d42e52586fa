"""Webhook tables (issue 15): endpoints, the event outbox, and one delivery per (endpoint, event).

Imported at the end of talentintel.models so Alembic and the tests see one metadata.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from talentintel.types import JSONType, UTCDateTime, utcnow

ENDPOINT_STATUSES: tuple[str, ...] = ("active", "paused", "disabled")
DELIVERY_STATUSES: tuple[str, ...] = ("pending", "succeeded", "failed")


def _ts(index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=index))


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class WebhookEndpoint(SQLModel, table=True):
    __tablename__ = "webhook_endpoints"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000)
    events: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    # No foreign key: a deleted saved search must not silently widen the endpoint to every job (it matches none).
    saved_search_id: int | None = Field(default=None)
    filters: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    description: str = Field(default="", max_length=500)
    # Sealed (webhooks_signing.seal: Fernet under a key derived from SECRET_KEY); never logged nor listed.
    secret: str = Field(max_length=300)
    previous_secret: str | None = Field(default=None, max_length=300)  # still signs until previous_secret_until
    previous_secret_until: datetime | None = _ts()
    status: str = Field(default="active", max_length=10)  # active | paused | disabled
    disabled_reason: str | None = Field(default=None, sa_column=Column(Text))
    failing_since: datetime | None = _ts()
    api_key_id: int | None = Field(default=None, foreign_key="api_keys.id", ondelete="SET NULL", index=True)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class WebhookEvent(SQLModel, table=True):
    """The outbox: written in the transaction that made the change; `data` is rendered when it is fanned out."""

    __tablename__ = "webhook_events"

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=40, unique=True)  # the stable webhook-id receivers deduplicate on
    type: str = Field(max_length=40)
    subject_id: int
    data: Any = Field(default=None, sa_column=Column(JSONType, nullable=True))
    occurred_at: datetime = _created()
    dispatched_at: datetime | None = _ts()


class WebhookDelivery(SQLModel, table=True):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("endpoint_id", "event_id", name="uq_webhook_delivery"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    endpoint_id: int = Field(foreign_key="webhook_endpoints.id", ondelete="CASCADE")  # indexed by the unique key
    event_id: int = Field(foreign_key="webhook_events.id", ondelete="CASCADE", index=True)
    status: str = Field(default="pending", max_length=10)  # pending | succeeded | failed
    attempts: int = 0
    next_attempt_at: datetime | None = _ts()  # also the lease: a claimed delivery is not due until it runs out
    retry_until: datetime | None = _ts()  # retries stop here (24 h after the event, or after a manual retry)
    last_attempt_at: datetime | None = _ts()
    response_status: int | None = None
    response_body: str | None = Field(default=None, sa_column=Column(Text))  # first KB of what was read
    latency_ms: int | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))
    delivered_at: datetime | None = _ts()
    created_at: datetime = _created()


# Fan-out reads the events not yet dispatched: a partial index keeps that lookup small however long the outbox.
Index(
    "ix_webhook_events_undispatched",
    WebhookEvent.__table__.c.id,  # type: ignore[attr-defined]
    postgresql_where=text("dispatched_at IS NULL"),
    sqlite_where=text("dispatched_at IS NULL"),
)
