"""Request and response bodies of /v1/webhooks (issue 15)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from talentintel import events

EventType = Literal["job.opened", "job.closed", "round.announced", "fund.announced", "company.pivoted"]
assert set(EventType.__args__) == set(events.EVENT_TYPES)  # type: ignore[attr-defined]  # one vocabulary
FILTERS_DOC = (
    "Which job events (and, through the filters jobs share with rounds, which round events) the endpoint gets: "
    "the parameters of GET /v1/jobs as a JSON object. Or give `saved_search_id`. Neither: every event of the types."
)
EXAMPLE: dict[str, Any] = {
    "url": "https://hooks.example.com/talentintel",
    "events": ["job.opened", "round.announced"],
    "filters": {"sector": ["intersection"], "region": ["europe"]},
    "description": "crypto-AI roles in Europe to the recruiting bot",
}


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE]})
    url: str = Field(min_length=1, max_length=2000, description="http(s) URL; private addresses are refused.")
    events: list[EventType] = Field(min_length=1, description="Event types to send.")
    saved_search_id: int | None = Field(default=None, ge=1, le=2**31 - 1, description="A saved search of yours.")
    filters: dict[str, Any] | None = Field(default=None, description=FILTERS_DOC)
    description: str = Field(default="", max_length=500)


class WebhookPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"paused": True}]})
    url: str | None = Field(default=None, min_length=1, max_length=2000)
    events: list[EventType] | None = Field(default=None, min_length=1)
    saved_search_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    filters: dict[str, Any] | None = Field(default=None, description=FILTERS_DOC)
    description: str | None = Field(default=None, max_length=500)
    paused: bool | None = Field(default=None, description="true pauses; false resumes (also a disabled endpoint).")


class WebhookOut(BaseModel):
    id: int
    url: str
    events: list[str]
    saved_search_id: int | None
    filters: dict[str, Any]
    description: str
    status: Literal["active", "paused", "disabled"]
    disabled_reason: str | None = Field(description="Why the service disabled the endpoint (410, 24 h failing).")
    failing_since: datetime | None
    created_at: datetime
    updated_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="whsec_...: the signing secret, shown only in this answer and after rotation.")


class WebhookPage(BaseModel):
    items: list[WebhookOut]
    next_cursor: str | None


class DeliveryOut(BaseModel):
    id: int
    event_id: str = Field(description="The webhook-id header: the same on every attempt.")
    event_type: str
    status: Literal["pending", "succeeded", "failed"]
    attempts: int
    response_status: int | None
    response_body: str | None = Field(description="The first KB of the receiver's answer.")
    latency_ms: int | None
    error: str | None
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None
