"""Pydantic models that describe the responses in OpenAPI (routes serialize dicts directly for speed; the
schemathesis suite checks that what they send conforms to these)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Sector = Literal["crypto", "ai", "intersection", "none"]
SectorClass = Literal["none", "crypto", "ai", "both"]
Region = Literal["us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global"]
EmploymentType = Literal["full_time", "part_time", "contract", "internship", "temporary", "other"]


class InvalidParam(BaseModel):
    name: str = Field(description="The offending parameter (query/path parameter, header or body field).")
    reason: str


class Problem(BaseModel):
    """RFC 9457 problem details, sent as application/problem+json for every 4xx and 5xx."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:talentintel:problem:invalid-parameter",
                    "title": "Invalid request parameter",
                    "status": 400,
                    "detail": "limit: must be between 1 and 200",
                    "instance": "/v1/jobs",
                    "request_id": "6f1c0c8e2b7d4d0e9a7f3b2c1d0e9f8a",
                    "invalid_params": [{"name": "limit", "reason": "must be between 1 and 200"}],
                }
            ]
        },
    )
    type: str = Field(description="A URI naming the problem type; `about:blank` for plain HTTP statuses.")
    title: str
    status: int
    detail: str
    instance: str | None = Field(default=None, description="The request path.")
    request_id: str | None = Field(default=None, description="Also in the X-Request-ID header; quote it in reports.")
    invalid_params: list[InvalidParam] | None = None


class CompanyRef(BaseModel):
    id: int
    name: str
    slug: str


class Job(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 1842,
                    "title": "Senior ML Engineer, Onchain Data",
                    "company": {"id": 17, "name": "Chainlight Labs", "slug": "chainlight-labs"},
                    "locations": ["Berlin, Germany", "Remote (EU)"],
                    "regions": ["europe"],
                    "countries": ["DE"],
                    "remote": True,
                    "workplace_type": "remote",
                    "employment_type": "full_time",
                    "department": "Engineering",
                    "salary_min": 120000.0,
                    "salary_max": 160000.0,
                    "salary_currency": "EUR",
                    "salary_period": "year",
                    "sector": ["crypto", "ai"],
                    "sector_class": "both",
                    "url": "https://jobs.example.com/chainlight/1842",
                    "apply_url": "https://jobs.example.com/chainlight/1842/apply",
                    "status": "open",
                    "posted_at": "2026-11-20T09:00:00+00:00",
                    "first_seen_at": "2026-11-20T10:12:03+00:00",
                    "last_seen_at": "2026-11-28T06:00:41+00:00",
                    "closed_at": None,
                }
            ]
        }
    )
    id: int
    title: str
    company: CompanyRef | None
    locations: list[str] = Field(description="Every raw location string of the posting.")
    regions: list[str] = Field(
        description="Tagged regions (us, canada, latam, europe, mena, africa, asia, oceania, global)."
    )
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 country codes.")
    remote: bool
    workplace_type: str | None = Field(description="onsite, hybrid or remote, when the source says.")
    employment_type: str | None
    department: str | None
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None = Field(description="ISO 4217 code of the salary figures.")
    salary_period: str | None = Field(description="year, month, week, day or hour.")
    sector: list[str] = Field(description="Sector tags: a subset of crypto, ai.")
    sector_class: SectorClass = Field(description="none, crypto, ai or both (crypto and AI: the intersection).")
    url: str | None
    apply_url: str | None
    status: Literal["open", "closed"]
    posted_at: datetime | None = Field(description="When the source says it was posted (null when it does not).")
    first_seen_at: datetime
    last_seen_at: datetime
    closed_at: datetime | None


class JobSighting(BaseModel):
    source: str
    url: str | None
    active: bool
    match_rule: str | None = Field(
        description="How this listing came to the job: new (it created the job), ats_id, apply_url or title_location "
        "(it joined a job of the same company from another source), split (talentintel repair); null before 0009."
    )
    partial: bool = Field(description="Stored from the source's list only (its detail request failed).")
    first_seen_at: datetime
    last_seen_at: datetime


class JobDetail(Job):
    description: str
    sector_confidence: dict[str, Any]
    sector_evidence: dict[str, Any]
    tagger_version: str | None
    updated_at: datetime
    sources: list[JobSighting] = Field(description="Every source that lists this job.")


class JobPage(BaseModel):
    items: list[Job]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class CompanySummary(BaseModel):
    id: int
    name: str
    slug: str
    domain: str | None
    website: str | None
    sector: list[str]
    sector_class: SectorClass
    regions: list[str]
    open_jobs: int = Field(description="Open jobs at the company.")


class CompanyPage(BaseModel):
    items: list[CompanySummary]
    next_cursor: str | None


class RoundInvestor(BaseModel):
    id: int
    slug: str
    name: str
    lead: bool


class FundingRound(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 311,
                    "company": {"id": 17, "name": "Chainlight Labs", "slug": "chainlight-labs"},
                    "round_type": "series_a",
                    "amount_usd": 30000000.0,
                    "amount_original": 28000000.0,
                    "currency": "EUR",
                    "announced_on": "2026-06-01",
                    "title": "Chainlight Labs raises €28M Series A led by Paradigm",
                    "url": "https://news.example.com/chainlight-series-a",
                    "sources": ["theblock-rss"],
                    "sector": ["crypto", "ai"],
                    "sector_class": "both",
                    "regions": ["europe"],
                    "countries": ["DE"],
                    "investors": [{"id": 3, "slug": "paradigm", "name": "Paradigm", "lead": True}],
                }
            ]
        }
    )
    id: int
    company: CompanyRef | None
    round_type: str | None = Field(description="pre_seed, seed, series_a, ... as extracted.")
    amount_usd: float | None
    amount_original: float | None
    currency: str | None
    announced_on: date | None
    title: str | None
    url: str | None
    sources: list[str]
    sector: list[str]
    sector_class: SectorClass
    regions: list[str]
    countries: list[str]
    investors: list[RoundInvestor]


class FundingRoundPage(BaseModel):
    items: list[FundingRound]
    next_cursor: str | None


class CompanyInvestor(BaseModel):
    id: int
    slug: str
    name: str
    since: datetime


class OpenJobs(BaseModel):
    count: int
    items: list[Job] = Field(description="The newest open jobs (up to 20); the rest via /v1/jobs?company=<id>.")


class SectorMix(BaseModel):
    crypto: int
    ai: int
    both: int
    none: int


class CompanyDetail(BaseModel):
    id: int
    name: str
    slug: str
    domain: str | None
    website: str | None
    description: str | None
    sector: list[str]
    sector_class: SectorClass
    regions: list[str]
    open_jobs: OpenJobs
    sector_mix: SectorMix = Field(description="Open jobs by sector class.")
    funding_rounds: list[FundingRound]
    investors: list[CompanyInvestor]


class InvestorSummary(BaseModel):
    id: int
    slug: str
    name: str
    aliases: list[str]
    website: str | None
    portfolio_count: int


class InvestorPage(BaseModel):
    items: list[InvestorSummary]
    next_cursor: str | None


class PortfolioCompany(CompanySummary):
    since: datetime
    source: str = Field(description="Where the portfolio membership was seen.")


class InvestorDetail(BaseModel):
    id: int
    slug: str
    name: str
    aliases: list[str]
    website: str | None
    portfolio: list[PortfolioCompany]
    funding_rounds: list[FundingRound] = Field(description="The newest 100 rounds the investor took part in.")


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
