"""The discovery log: one row per company website tried, with what was found and why nothing was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from talentintel.types import JSONType, UTCDateTime, utcnow


class SiteDiscovery(SQLModel, table=True):
    __tablename__ = "site_discoveries"

    id: int | None = Field(default=None, primary_key=True)
    website: str = Field(max_length=1000, unique=True, index=True)  # normalized: scheme://host/
    company_id: int | None = Field(default=None, foreign_key="companies.id", ondelete="SET NULL")
    company: str | None = Field(default=None, max_length=300)
    # ok | no_careers_page | no_board | unverified | unreachable
    status: str = Field(max_length=30)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    careers_url: str | None = Field(default=None, max_length=2000)
    boards: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    other_ats: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    attempts: int = Field(default=0)
    tried_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
