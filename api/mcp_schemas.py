"""Typed outputs of the MCP tools: the REST API's own response models, plus the tag evidence and web page links
an agent needs to justify and cite an answer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from api import schemas
from api.routes.trends import FundingTrends, JobTrends

EVIDENCE = "Why the sector tags were given: the terms and rules that fired, and where (title, description, company)."
WEB = "The item's page in the web app: cite it."


class JobHit(schemas.Job):
    sector_evidence: dict[str, Any] = Field(description=EVIDENCE)
    web_url: str = Field(description=WEB)


class JobSearch(BaseModel):
    items: list[JobHit]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")
    web_url: str = Field(description="The same search in the web app.")


class JobFull(schemas.JobDetail):
    web_url: str = Field(description=WEB)


class RoundHit(schemas.FundingRound):
    sector_evidence: dict[str, Any] = Field(description=EVIDENCE)
    web_url: str = Field(description=WEB)


class RoundSearch(BaseModel):
    items: list[RoundHit]
    next_cursor: str | None


class CompanyFull(schemas.CompanyDetail):
    sector_evidence: dict[str, Any] = Field(description="What the company's sector aggregates (postings, rounds).")
    web_url: str = Field(description=WEB)


class InvestorFull(schemas.InvestorDetail):
    web_url: str = Field(description=WEB)


__all__ = ["CompanyFull", "FundingTrends", "InvestorFull", "JobFull", "JobSearch", "JobTrends", "RoundSearch"]
