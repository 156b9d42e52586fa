"""Scrape sources and their runs (admin)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class SourceItem(BaseModel):
    id: int
    name: str
    kind: str
    url: str
    company: str | None
    investor: str | None
    enabled: bool
    interval_seconds: int
    last_run_at: datetime | None
    last_success_at: datetime | None
    last_status: str | None
    last_error: str | None
    consecutive_failures: int
    backoff_until: datetime | None
    status: str = Field(description="active (scraped), proposed (found by discovery), rejected or retired.")
    origin: str = Field(description="file (the sources file) or discovered.")


class SourcePage(BaseModel):
    items: list[SourceItem]
    next_cursor: str | None


class SourceQuality(BaseModel):
    postings: int
    fill_rates: dict[str, float | None] = Field(
        description="Share of the run's postings with a description, location, country, salary, posted_at, apply_url."
    )
    merged: int = Field(description="Postings that joined a job of the same company known from another source.")
    partial: int = Field(description="Postings stored from the list only because their detail request failed.")
    failed: int
    skipped: dict[str, int] = Field(description="Postings or fields left out, by reason.")
    shrink_held: str | None = Field(description="Why the run closed nothing although its fetch was complete.")


class SourceStatus(BaseModel):
    name: str
    kind: str
    enabled: bool
    last_status: str | None
    last_run_at: datetime | None
    last_success_at: datetime | None
    freshness_seconds: int | None = Field(description="Seconds since the last successful run; null if none.")
    failure_streak: int = Field(description="Failed runs in a row.")
    stale: bool = Field(description="Never succeeded, or last succeeded more than two intervals ago.")
    shrink_held: int | None = Field(description="Postings of a sudden shrink waiting for a second run to confirm.")
    last_error: str | None
    quality: SourceQuality | None = Field(description="Data quality of the newest run that recorded it.")


class ScrapeRunItem(BaseModel):
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str = Field(description="running, ok, partial, failed, not_modified, disallowed or skipped.")
    new: int
    updated: int
    unchanged: int
    closed: int
    failed: int
    duration_ms: int | None
    error: str | None
    message: str | None


class ScrapeRunPage(BaseModel):
    items: list[ScrapeRunItem]
    next_cursor: str | None


class ScrapeQueued(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"source": "acme-greenhouse", "task_id": "4f0c...", "status": "queued"}]}
    )
    source: str
    task_id: str
    status: Literal["queued"]
