"""SQLModel tables: the one schema that the API, workers and scrapers share. Alembic reads its metadata."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Index, Text, UniqueConstraint, func, literal_column, text
from sqlmodel import Field, SQLModel

from talentintel.model_fields import created, json_field, ts
from talentintel.types import JSONType

# Region vocabulary of the tagger; a job's regions are also stored as a bit mask so one indexed integer filters them.
REGIONS: tuple[str, ...] = ("us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global")
SECTOR_CLASSES: tuple[str, ...] = ("none", "crypto", "ai", "both")
JOB_STATUSES: tuple[str, ...] = ("open", "closed")


def region_mask(regions: Iterable[str]) -> int:
    mask = 0
    for region in regions:
        if region in REGIONS:
            mask |= 1 << REGIONS.index(region)
    return mask


def countries_key(countries: Iterable[str]) -> str:
    """',US,GB,' so that a LIKE '%,US,%' filter works the same on both databases."""
    codes = sorted({c.upper() for c in countries})
    return f",{','.join(codes)}," if codes else ""


_ts, _created, _json = ts, created, json_field


class Company(SQLModel, table=True):
    __tablename__ = "companies"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    slug: str = Field(max_length=300, unique=True, index=True)  # normalized name: the dedupe key
    domain: str | None = Field(default=None, max_length=255, index=True)
    website: str | None = Field(default=None, max_length=1000)
    description: str | None = Field(default=None, sa_column=Column(Text))
    sector: list[str] = _json(list)
    sector_class: str = Field(default="none", max_length=10, index=True)
    sector_evidence: dict[str, Any] = _json(dict)
    regions: list[str] = _json(list)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Investor(SQLModel, table=True):
    __tablename__ = "investors"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=200, unique=True, index=True)
    name: str = Field(max_length=300)
    aliases: list[str] = _json(list)
    website: str | None = Field(default=None, max_length=1000)
    created_at: datetime = _created()


class CompanyInvestor(SQLModel, table=True):
    """Portfolio membership: investor backs company, as seen by `source` first on `first_seen_at`."""

    __tablename__ = "company_investors"
    __table_args__ = (UniqueConstraint("investor_id", "company_id", name="uq_company_investor"),)

    id: int | None = Field(default=None, primary_key=True)
    investor_id: int = Field(foreign_key="investors.id", index=True, ondelete="CASCADE")
    company_id: int = Field(foreign_key="companies.id", index=True, ondelete="CASCADE")
    source: str = Field(max_length=200)
    first_seen_at: datetime = _created()


class Source(SQLModel, table=True):
    __tablename__ = "sources"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True, index=True)
    kind: str = Field(max_length=50)
    url: str = Field(max_length=2000)
    config: dict[str, Any] = _json(dict)
    interval_seconds: int = Field(default=6 * 3600)
    company: str | None = Field(default=None, max_length=300)
    investor: str | None = Field(default=None, max_length=200)
    enabled: bool = Field(default=True)
    etag: str | None = Field(default=None, max_length=500)
    last_modified: str | None = Field(default=None, max_length=100)
    content_hash: str | None = Field(default=None, max_length=64)
    last_run_at: datetime | None = _ts()
    last_success_at: datetime | None = _ts()
    last_status: str | None = Field(default=None, max_length=30)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    consecutive_failures: int = Field(default=0)
    backoff_until: datetime | None = _ts()
    # A complete fetch with far fewer postings than were listed closes nothing until the next run confirms: this is
    # the posting count of such a fetch, waiting for confirmation (services.ingest.guards).
    held_shrink: int | None = None
    created_at: datetime = _created()
    # active | proposed (found by discovery, waiting for an admin) | rejected | retired (the company moved ATS)
    status: str = Field(default="active", max_length=20, index=True)
    origin: str = Field(default="file", max_length=20)  # file | discovered
    discovery: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONType))  # how it was found


class ScrapeRun(SQLModel, table=True):
    __tablename__ = "scrape_runs"
    __table_args__ = (Index("ix_scrape_runs_source_started", "source_id", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", ondelete="CASCADE")
    started_at: datetime = _created()
    finished_at: datetime | None = _ts()
    # running | ok | partial | failed | not_modified | disallowed | skipped | interrupted
    status: str = Field(default="running", max_length=30)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    failed: int = 0
    duration_ms: int | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))
    message: str | None = Field(default=None, sa_column=Column(Text))
    # Data quality of the run: fill rates, merged and partial postings, what was skipped and why (services.ingest).
    quality: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONType, nullable=True))
    task_id: str | None = Field(default=None, max_length=200)  # the Celery task that claimed it (redelivery)


class Job(SQLModel, table=True):
    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_company_status", "company_id", "status"),
        Index("ix_jobs_dedupe_key", "dedupe_key"),
        Index("ix_jobs_ats_key", "ats_key"),
        Index("ix_jobs_apply_key", "apply_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int | None = Field(default=None, foreign_key="companies.id", ondelete="SET NULL")
    title: str = Field(max_length=500)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    description_html: str | None = Field(default=None, sa_column=Column(Text))
    locations: list[str] = _json(list)  # every raw location string, secondary ones too
    countries: list[str] = _json(list)  # ISO 3166 alpha-2
    countries_key: str = Field(default="", max_length=1000)
    # ISO countries the source states in structured fields (Lever country, Ashby address...): tagging input.
    place_countries: list[str] | None = Field(default=None, sa_column=Column(JSONType, nullable=True))
    regions: list[str] = _json(list)
    region_mask: int = Field(default=0)  # no index: filters test bits (the trend indexes INCLUDE it); see 0002
    remote: bool = Field(default=False)
    workplace_type: str | None = Field(default=None, max_length=30)  # onsite | hybrid | remote
    employment_type: str | None = Field(default=None, max_length=30)
    department: str | None = Field(default=None, max_length=300)
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = Field(default=None, max_length=3)
    salary_period: str | None = Field(default=None, max_length=10)  # year | month | week | day | hour
    url: str | None = Field(default=None, max_length=2000)  # the posting page
    apply_url: str | None = Field(default=None, max_length=2000)
    dedupe_key: str | None = Field(default=None, max_length=700)  # normalized company|title|location
    ats_key: str | None = Field(default=None, max_length=200)  # "greenhouse:123": the posting's ATS identity
    apply_key: str | None = Field(default=None, max_length=700)  # apply URL without scheme, www, query, /apply
    posted_at: datetime | None = _ts()
    source_updated_at: datetime | None = _ts()
    first_seen_at: datetime = _created()
    last_seen_at: datetime = _created()
    closed_at: datetime | None = _ts()
    status: str = Field(default="open", max_length=10)
    sector: list[str] = _json(list)
    sector_class: str = Field(default="none", max_length=10)
    sector_confidence: dict[str, Any] = _json(dict)
    sector_evidence: dict[str, Any] = _json(dict)
    tagger_version: str | None = Field(default=None, max_length=40)  # not indexed: see migration 0002
    content_hash: str | None = Field(default=None, max_length=64)
    created_at: datetime = _created()
    updated_at: datetime = _created()
    # Read from the posting by talentintel.tagging.job_fields (migration 0010); null until tagged.
    seniority: str | None = Field(default=None, max_length=20)
    skills_key: str | None = Field(default=None, max_length=2000)  # ",rust,solidity,": skill ids, LIKE-filterable
    salary_usd_min: float | None = None  # annual, in USD
    salary_usd_max: float | None = None
    visa_sponsorship: bool | None = None  # true: offered; false: refused; null: the posting does not say


class JobSighting(SQLModel, table=True):
    """One job as listed by one source; a job seen on an ATS and on a VC board has two sightings."""

    __tablename__ = "job_sightings"
    __table_args__ = (UniqueConstraint("source_id", "external_id", name="uq_sighting_source_external"),)

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="jobs.id", index=True, ondelete="CASCADE")
    source_id: int = Field(foreign_key="sources.id", ondelete="CASCADE")  # indexed by uq_sighting_source_external
    external_id: str = Field(max_length=300)
    url: str | None = Field(default=None, max_length=2000)
    content_hash: str | None = Field(default=None, max_length=64)
    first_seen_at: datetime = _created()
    last_seen_at: datetime = _created()
    active: bool = Field(default=True)
    # How this sighting came to its job: new (it created the job), ats_id, apply_url or title_location (it joined a
    # job of another source of the same company), split (talentintel repair); NULL before migration 0009.
    match_rule: str | None = Field(default=None, max_length=20)
    partial: bool = Field(default=False)  # stored from a board's list because its detail request failed


class CompanySlugAlias(SQLModel, table=True):
    """A slug a company had before (it answers 308 to the current one)."""

    __tablename__ = "company_slug_aliases"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=300, unique=True, index=True)
    company_id: int = Field(foreign_key="companies.id", index=True, ondelete="CASCADE")
    created_at: datetime = _created()


class FundingRound(SQLModel, table=True):
    __tablename__ = "funding_rounds"
    __table_args__ = (
        Index("ix_rounds_announced", "announced_on", "id"),
        Index("ix_rounds_company", "company_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int | None = Field(default=None, foreign_key="companies.id", ondelete="SET NULL")
    dedupe_key: str = Field(max_length=400, unique=True)
    round_type: str | None = Field(default=None, max_length=30, index=True)
    amount_usd: float | None = Field(default=None, index=True)
    amount_original: float | None = None
    currency: str | None = Field(default=None, max_length=3)
    announced_on: date | None = None
    title: str | None = Field(default=None, max_length=1000)
    summary: str | None = Field(default=None, sa_column=Column(Text))
    url: str | None = Field(default=None, max_length=2000)
    sources: list[str] = _json(list)  # names of every source that reported this round
    sector: list[str] = _json(list)
    sector_class: str = Field(default="none", max_length=10, index=True)
    sector_evidence: dict[str, Any] = _json(dict)
    regions: list[str] = _json(list)
    region_mask: int = Field(default=0)
    countries: list[str] = _json(list)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class RoundInvestor(SQLModel, table=True):
    __tablename__ = "round_investors"
    __table_args__ = (UniqueConstraint("round_id", "investor_id", name="uq_round_investor"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="funding_rounds.id", index=True, ondelete="CASCADE")
    investor_id: int = Field(foreign_key="investors.id", index=True, ondelete="CASCADE")
    is_lead: bool = Field(default=False)


# Digests select what is new in a window (talentintel.digest.assemble): jobs by first_seen_at or closed_at, rounds
# by created_at; without these a daily digest would scan every job (migration 0005).
Index("ix_jobs_first_seen", Job.__table__.c.first_seen_at)  # type: ignore[attr-defined]
Index(
    "ix_jobs_closed_at",
    Job.__table__.c.closed_at,  # type: ignore[attr-defined]
    postgresql_where=text("closed_at IS NOT NULL"),  # open jobs (every new one) cost this index nothing
    sqlite_where=text("closed_at IS NOT NULL"),
)
Index("ix_rounds_created", FundingRound.__table__.c.created_at)  # type: ignore[attr-defined]


class TrendSnapshot(SQLModel, table=True):
    """Job counts of one UTC day, kept so trend history survives closed and deleted postings.

    One row per (day, sector_class, region, country); "all" in region or country means not split by it, so
    (all, all) is the day's total, (R, all) region R, and (all, C) country C. Each job is counted once per row.
    """

    __tablename__ = "trend_snapshots"
    __table_args__ = (
        UniqueConstraint("day", "sector_class", "region", "country", name="uq_trend_snapshot"),
        Index("ix_trend_snapshots_region_country_day", "region", "country", "day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date
    sector_class: str = Field(max_length=10)
    region: str = Field(default="all", max_length=10)
    country: str = Field(default="all", max_length=3)
    open_jobs: int = 0  # open at the end of the day
    new_jobs: int = 0  # posted (or first seen) that day
    closed_jobs: int = 0  # closed that day
    created_at: datetime = _created()
    updated_at: datetime = _created()


# Trend queries (talentintel.trends.counts) count jobs by when they appeared and when they closed. On PostgreSQL these
# indexes carry every column those queries read (INCLUDE), so a trend over 1M jobs is an index-only scan of the window;
# the partial ones keep open and closed jobs apart. SQLite gets the plain expression indexes.
_jobs = Job.__table__  # type: ignore[attr-defined]
_SEEN = func.coalesce(_jobs.c.posted_at, _jobs.c.first_seen_at)
_CLOSED = func.coalesce(_jobs.c.closed_at, _jobs.c.last_seen_at)
_TREND_COLUMNS = ["posted_at", "first_seen_at", "sector_class", "region_mask", "company_id", "countries_key"]
# One index for "appeared in the window" and "open before it" (status INCLUDEd: migration 0007 merged the partial
# open-jobs twin into it, one index less to keep up on every ingest).
Index("ix_jobs_trend_seen", _SEEN, postgresql_include=[*_TREND_COLUMNS, "status"])
Index(
    "ix_jobs_trend_closed",
    _CLOSED,
    postgresql_include=[*_TREND_COLUMNS, "closed_at", "last_seen_at"],
    postgresql_where=text("status = 'closed'"),
    sqlite_where=text("status = 'closed'"),
)

# Keyset pages of /v1/jobs walk (status, job date, id) or (sector, status, job date, id) where the job date is
# when it was posted, else first seen (talentintel.services.queries); migration 0003 creates them. On PostgreSQL
# they INCLUDE the columns the page's filters test, so finding a page's ids is an index-only scan.
# (Declared here so schema comparisons see them; please keep when editing the trend indexes above.)
# Migration 0017 INCLUDEs the common filters' columns too: combined filters stay an index-only walk (issue 19).
_FILTER_COLUMNS = ["remote", "seniority", "skills_key", "salary_usd_min", "salary_usd_max", "countries_key",
                   "visa_sponsorship", "employment_type", "company_id"]  # fmt: skip
_job_date = func.coalesce(Job.__table__.c.posted_at, Job.__table__.c.first_seen_at)  # type: ignore[attr-defined]
Index(
    "ix_jobs_status_date",
    Job.__table__.c.status,  # type: ignore[attr-defined]
    _job_date,
    Job.__table__.c.id,  # type: ignore[attr-defined]
    postgresql_include=["posted_at", "first_seen_at", "sector_class", "region_mask", *_FILTER_COLUMNS],
)
Index(
    "ix_jobs_sector_status_date",
    Job.__table__.c.sector_class,  # type: ignore[attr-defined]
    Job.__table__.c.status,  # type: ignore[attr-defined]
    _job_date,
    Job.__table__.c.id,  # type: ignore[attr-defined]
    postgresql_include=["posted_at", "first_seen_at", "region_mask", *_FILTER_COLUMNS],
)

# Pay sorts (sort=-salary, -salary_usd), rounds by date and amount, companies by name: migration 0017 (issue 19;
# each sorted every row at 1M jobs / 100,000 rounds). The pay indexes INCLUDE the pay columns so a page's ids are
# an index-only scan, as the date indexes above.
for _name, _pay in (("ix_jobs_status_salary", ("salary_max", "salary_min")),
                    ("ix_jobs_status_salary_usd", ("salary_usd_max", "salary_usd_min"))):  # fmt: skip
    Index(
        _name,
        Job.__table__.c.status,  # type: ignore[attr-defined]
        func.coalesce(*(Job.__table__.c[c] for c in _pay), literal_column("-1.0")),  # type: ignore[attr-defined]
        Job.__table__.c.id,  # type: ignore[attr-defined]
        postgresql_include=[*_pay, "sector_class", "region_mask"],
    )
_rounds = FundingRound.__table__  # type: ignore[attr-defined]
Index("ix_rounds_date_id", func.coalesce(_rounds.c.announced_on, literal_column("'1900-01-01'")), _rounds.c.id)
Index("ix_rounds_amount_id", func.coalesce(_rounds.c.amount_usd, literal_column("-1.0")), _rounds.c.id)
Index("ix_companies_name_id", Company.__table__.c.name, Company.__table__.c.id)  # type: ignore[attr-defined]


# Webhook tables live in their own module (issue 15); imported here so the one metadata holds them.
from talentintel import models_webhooks as _models_webhooks  # noqa: E402, F401

# API keys, saved searches, subscriptions and digest runs (re-exported: `from talentintel.models import ApiKey`).
from talentintel.models_access import ApiKey, DigestRun, SavedSearch, Subscription  # noqa: E402
from talentintel.models_discovery import SiteDiscovery  # noqa: E402,F401  (registers its table)

# Funds investors raise (issue 13) live in their own module, which imports nothing of this one; imported here so the
# metadata Alembic and the tests read always holds the table.
from talentintel.models_funds import Fund as Fund  # noqa: E402  (re-exported)

__all__ = ["ApiKey", "DigestRun", "SavedSearch", "Subscription"]
