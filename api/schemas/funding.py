"""Funding rounds."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.common import CompanyRef, SectorClass


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
