"""Trend series of jobs, funding, company pivots and investor focus."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field


class TrendWindow(BaseModel):
    granularity: Literal["week", "month"]
    start: date = Field(description="First day of the first period (UTC; weeks start on Monday).")
    end: date = Field(description="Day after the last period.")


class PeriodInfo(BaseModel):
    period: date
    label: str = Field(examples=["2026-W48", "2026-11"])
    source: Literal["live", "snapshots"]


class JobTrendRow(BaseModel):
    period: date
    label: str
    region: str = Field(description="`all` counts each job once; a job in two regions counts in both of them.")
    sector_class: Literal["none", "crypto", "ai", "both"]
    open: int = Field(description="Open at the end of the period.")
    new: int = Field(description="Posted (or, without a date, first seen) in the period.")
    closed: int
    open_share: float | None = Field(description="Share of the period's open jobs in this region.")
    new_share: float | None
    open_change: float | None = Field(description="Relative change from the previous period; null from zero.")
    new_change: float | None


class JobTrends(BaseModel):
    window: TrendWindow
    filters: dict[str, Any]
    source: str
    periods: list[PeriodInfo]
    series: list[JobTrendRow]


class FundingTrendRow(BaseModel):
    period: date
    label: str
    key: str = Field(description="Value of the split: a sector class, region, round type or investor slug.")
    rounds: int | None = Field(None, description="Rounds announced (measure=rounds).")
    funds: int | None = Field(None, description="Funds announced (measure=fund_capital).")
    usd: float = Field(description="Sum of disclosed amounts in USD: rounds, or fund sizes.")
    rounds_share: float | None = None
    funds_share: float | None = None
    usd_share: float | None
    rounds_change: float | None = None
    funds_change: float | None = None
    usd_change: float | None


class FundingTrends(BaseModel):
    window: TrendWindow
    by: str
    measure: Literal["rounds", "fund_capital"] = "rounds"
    filters: dict[str, Any]
    series: list[FundingTrendRow]


class PivotMix(BaseModel):
    counts: dict[str, int]
    crypto_share: float
    ai_share: float = Field(description="AI only plus crypto-and-AI.")
    both_share: float


class CompanyPivot(BaseModel):
    rank: int
    company_id: int
    company: str | None
    slug: str | None
    kind: Literal["crypto_to_ai", "into_intersection"]
    score: float = Field(description="Rise of the AI share of new postings between the halves of the window.")
    early: PivotMix
    late: PivotMix
    evidence: list[dict[str, int | str]] = Field(description="New postings per period and sector class.")


class CompanyPivots(BaseModel):
    window: TrendWindow
    split_at: date
    parameters: dict[str, Any]
    items: list[CompanyPivot]


class InvestorFocusSummary(BaseModel):
    """One investor of a focus chart (not the /v1/investors summary: a distinct schema name)."""

    investor: str
    name: str
    rounds: int
    ai_share_first: float | None
    ai_share_last: float | None
    ai_share_shift: float | None


class InvestorFocusRow(BaseModel):
    investor: str
    period: date
    label: str
    sector_class: Literal["none", "crypto", "ai", "both"]
    rounds: int
    usd: float
    rounds_share: float | None
    usd_share: float | None
    rounds_change: float | None
    usd_change: float | None


class InvestorFocus(BaseModel):
    window: TrendWindow
    filters: dict[str, Any]
    investors: list[InvestorFocusSummary]
    series: list[InvestorFocusRow]
