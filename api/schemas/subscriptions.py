"""Digest subscriptions, their previews and the unsubscribe answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from api.schemas.saved_searches import FILTERS_DOC

Cadence = Literal["daily", "weekly"]
EXAMPLE: dict[str, Any] = {
    "email": "recruiting@example.org",
    "filters": {"sector": ["crypto"], "region": ["europe"]},
    "cadence": "daily",
    "send_hour": 8,
    "timezone": "Europe/Berlin",
    "sort": "-posted_at",
}
SEARCH_IDS_DOC = "Ids of saved searches this subscription follows (in addition to `filters`)."
ZONE_DOC = "IANA time zone of `send_hour`, e.g. Europe/Berlin."
SORT_DOC = (
    "The order of the digest's jobs, a GET /v1/jobs `sort`: -posted_at (newest posted first), posted_at, "
    "-first_seen, first_seen, -salary, -salary_usd (best paid first, annual USD), relevance (needs `q` in "
    "`filters`). null: newest to talentintel first (-first_seen), or the sort of the one saved search followed; "
    '"" in a change goes back to that. The digest\'s "more" link opens the jobs in the same order.'
)
HOUR_DOC = "Local hour (0..23) at which the digest is sent; weekly digests go out on Mondays."


class SubscriptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE]})
    email: str = Field(min_length=3, max_length=320, description="Where the digest is sent.")
    filters: dict[str, Any] = Field(default_factory=dict, description="Inline job filters. " + FILTERS_DOC)
    funding_filters: dict[str, Any] = Field(
        default_factory=dict,
        description="Funding-round filters; when empty, rounds follow the sector/region of the job filters.",
    )
    saved_search_ids: list[int] = Field(default_factory=list, max_length=50, description=SEARCH_IDS_DOC)
    cadence: Cadence = "daily"
    send_hour: StrictInt = Field(8, ge=0, le=23, description=HOUR_DOC)  # strict: `false` is no hour
    timezone: str = Field("UTC", min_length=1, max_length=64, description=ZONE_DOC)
    sort: str | None = Field(None, max_length=20, description=SORT_DOC)


class SubscriptionPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"cadence": "weekly", "send_hour": 9}]})
    email: str | None = Field(None, min_length=3, max_length=320)
    filters: dict[str, Any] | None = None
    funding_filters: dict[str, Any] | None = None
    saved_search_ids: list[int] | None = Field(None, max_length=50, description=SEARCH_IDS_DOC)
    cadence: Cadence | None = None
    send_hour: StrictInt | None = Field(None, ge=0, le=23, description=HOUR_DOC)
    timezone: str | None = Field(None, min_length=1, max_length=64, description=ZONE_DOC)
    sort: str | None = Field(None, max_length=20, description=SORT_DOC)
    active: bool | None = Field(None, description="false pauses the digest (as unsubscribing does); true resumes.")


class SubscriptionOut(BaseModel):
    id: int
    email: str
    filters: dict[str, Any]
    funding_filters: dict[str, Any]
    saved_search_ids: list[int]
    cadence: Cadence
    send_hour: int
    timezone: str
    sort: str | None = Field(description=SORT_DOC)
    active: bool
    unsubscribed_at: datetime | None
    last_sent_at: datetime | None
    next_send_at: datetime | None = Field(description="When the next scheduled digest goes out (null if inactive).")
    created_at: datetime
    updated_at: datetime


class SubscriptionPage(BaseModel):
    items: list[SubscriptionOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class DigestPreview(BaseModel):
    subscription_id: int
    period_key: str = Field(description="The period this digest would be sent for: 2026-11-28 (daily), 2026-W48.")
    window_start: datetime = Field(description="Items new since this time are included ...")
    window_end: datetime = Field(description="... up to this time (now).")
    subject: str
    text: str = Field(description="The plain-text part.")
    html: str = Field(description="The HTML part.")


class Unsubscribed(BaseModel):
    subscription_id: int
    email: str
    active: Literal[False]
