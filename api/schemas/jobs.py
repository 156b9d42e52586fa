"""Job listings and details."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.common import CompanyRef, SectorClass, Seniority


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
                    "seniority": "senior",
                    "skills": ["python", "pytorch", "ethereum"],
                    "salary_min": 120000.0,
                    "salary_max": 160000.0,
                    "salary_currency": "EUR",
                    "salary_period": "year",
                    "salary_usd_min": 129870.0,
                    "salary_usd_max": 173160.0,
                    "visa_sponsorship": True,
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
    seniority: Seniority | None = Field(description="Level read from the title; null when the title states none.")
    skills: list[str] = Field(description="Skill ids from the taxonomy (rust, solidity, pytorch...) the posting names.")
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None = Field(description="ISO 4217 code of the salary figures.")
    salary_period: str | None = Field(description="year, month, week, day or hour.")
    salary_usd_min: float | None = Field(description="Bottom of the pay range, annual, in USD (yearly FX rate).")
    salary_usd_max: float | None = Field(description="Top of the pay range, annual, in USD.")
    visa_sponsorship: bool | None = Field(
        description="true: the posting offers visa sponsorship; false: it says it does not; null: it does not say."
    )
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
