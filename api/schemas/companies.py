"""Companies with their jobs, rounds and investors."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from api.schemas.common import SectorClass
from api.schemas.funding import FundingRound
from api.schemas.jobs import Job


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
