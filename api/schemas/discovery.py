"""Discovered sources and the discovery log (admin)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class SourceDecision(BaseModel):
    name: str
    kind: str
    url: str
    company: str | None
    status: str = Field(description="active (scraped), proposed, rejected or retired.")
    origin: str = Field(description="file (the sources file) or discovered.")
    enabled: bool
    discovery: dict[str, Any] | None = Field(description="How it was found: page, evidence, job count.")


class DiscoveryItem(BaseModel):
    id: int
    website: str
    company: str | None
    status: str = Field(description="ok, no_careers_page, no_board, unverified or unreachable.")
    reason: str | None
    careers_url: str | None
    boards: list[dict[str, Any]]
    other_ats: list[dict[str, Any]]
    attempts: int
    tried_at: datetime


class DiscoveryPage(BaseModel):
    items: list[DiscoveryItem]
    next_cursor: str | None
