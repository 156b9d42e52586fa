"""The `funds` table: a fund an investor raised, closed or launched (issue 13). Capital committed to a focus, not a
company round. One row per close: the same close reported twice (two outlets, a re-run) is merged by services.funds.

Kept out of talentintel/models.py (which re-exports `Fund`) so that file stays readable in one sitting; this module
imports nothing from it, so either import works.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from talentintel.types import JSONType, UTCDateTime, utcnow


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSONType, nullable=False))


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Fund(SQLModel, table=True):
    __tablename__ = "funds"
    __table_args__ = (Index("ix_funds_announced", "announced_on", "id"), Index("ix_funds_investor", "investor_id"))

    id: int | None = Field(default=None, primary_key=True)
    investor_id: int = Field(foreign_key="investors.id", ondelete="CASCADE")  # the manager
    dedupe_key: str = Field(max_length=400, unique=True)
    fund_name: str | None = Field(default=None, max_length=300)
    amount_usd: float | None = Field(default=None, index=True)
    amount_original: float | None = None
    currency: str | None = Field(default=None, max_length=3)
    announced_on: date | None = None
    focus: list[str] = _json_list()  # sector tags the fund invests in (crypto, ai)
    focus_class: str = Field(default="none", max_length=10, index=True)  # none | crypto | ai | both
    regions: list[str] = _json_list()
    region_mask: int = Field(default=0)  # bits of talentintel.models.REGIONS, as for jobs and rounds
    title: str | None = Field(default=None, max_length=1000)
    summary: str | None = Field(default=None, sa_column=Column(Text))
    url: str | None = Field(default=None, max_length=2000)  # the evidence: the announcement first seen
    sources: list[str] = _json_list()  # names of every source that reported this fund
    created_at: datetime = _created()
    updated_at: datetime = _created()
