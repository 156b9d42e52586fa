"""Who uses the service: API keys, saved searches, digest subscriptions and their runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from talentintel.model_fields import created as _created
from talentintel.model_fields import json_field as _json
from talentintel.model_fields import ts as _ts


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_keys"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", max_length=200)
    prefix: str = Field(max_length=16, index=True)  # shown in listings; the key itself is never stored
    key_hash: str = Field(max_length=128, unique=True)
    scope: str = Field(default="read", max_length=10)  # read | admin
    created_at: datetime = _created()
    last_used_at: datetime | None = _ts()
    revoked_at: datetime | None = _ts()


class SavedSearch(SQLModel, table=True):
    __tablename__ = "saved_searches"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: str = Field(default="jobs", max_length=20)  # jobs | funding
    filters: dict[str, Any] = _json(dict)
    sort: str | None = Field(default=None, max_length=20)  # a sort of the kind's list; None = its default
    api_key_id: int | None = Field(default=None, foreign_key="api_keys.id", ondelete="SET NULL")
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Subscription(SQLModel, table=True):
    __tablename__ = "subscriptions"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, index=True)
    saved_search_ids: list[int] = _json(list)
    filters: dict[str, Any] = _json(dict)  # inline filters, same parameters as /v1/jobs
    funding_filters: dict[str, Any] = _json(dict)
    sort: str | None = Field(default=None, max_length=20)  # a /v1/jobs sort for the digest's jobs; None = newest seen
    cadence: str = Field(default="daily", max_length=10)  # daily | weekly
    send_hour: int = Field(default=8)
    timezone: str = Field(default="UTC", max_length=64)
    active: bool = Field(default=True)
    token_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # bumped on re-subscribe
    unsubscribed_at: datetime | None = _ts()
    last_sent_at: datetime | None = _ts()
    api_key_id: int | None = Field(default=None, foreign_key="api_keys.id", ondelete="SET NULL")
    created_at: datetime = _created()
    updated_at: datetime = _created()


class DigestRun(SQLModel, table=True):
    """One digest of one subscription for one period; the unique key is what keeps it from being sent twice."""

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("subscription_id", "period_key", name="uq_digest_subscription_period"),)

    id: int | None = Field(default=None, primary_key=True)
    subscription_id: int = Field(foreign_key="subscriptions.id", index=True, ondelete="CASCADE")
    period_key: str = Field(max_length=40)  # e.g. 2026-11-28 or 2026-W48
    period_start: datetime = _created()
    period_end: datetime = _created()
    # pending | sending | sent | failed | skipped (nothing new: no email, the period still counts as done)
    status: str = Field(default="pending", max_length=10)
    attempts: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    message_id: str | None = Field(default=None, max_length=300)
    claimed_at: datetime | None = _ts()
    next_attempt_at: datetime | None = _ts(index=True)  # when a failed send may be retried; None = never
    sent_at: datetime | None = _ts()
    created_at: datetime = _created()
