"""Investors and their portfolios."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from api.schemas.companies import CompanySummary
from api.schemas.funding import FundingRound


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
