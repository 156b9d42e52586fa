"""Response models of the fund endpoints (issue 13), for OpenAPI and the schema fuzz tests: /v1/funds and the
`funds` of /v1/investors/{slug}. Kept apart from api/schemas.py so fund additions merge cleanly."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from api.schemas import InvestorDetail, SectorClass


class FundManager(BaseModel):
    id: int
    slug: str
    name: str


class Fund(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 12,
                    "investor": {"id": 3, "slug": "coinfund", "name": "CoinFund"},
                    "fund_name": "Seed IV",
                    "amount_usd": 158000000.0,
                    "currency": "USD",
                    "announced_on": "2023-07-18",
                    "focus": ["ai", "crypto"],
                    "focus_class": "both",
                    "regions": ["us"],
                    "title": "CoinFund raises $158M for its fourth seed fund",
                    "url": "https://news.example.com/coinfund-seed-iv",
                    "sources": ["fund-news-rss"],
                }
            ]
        }
    )
    id: int
    investor: FundManager = Field(description="The investor that raised (manages) the fund.")
    fund_name: str | None = Field(description="As announced: 'Fund IV', 'Seed IV', 'first opportunity fund'.")
    amount_usd: float | None = Field(description="Fund size (or the close announced) in US dollars.")
    currency: str | None
    announced_on: date | None
    focus: list[str] = Field(description="Sectors the fund invests in: crypto, ai (both = the intersection).")
    focus_class: SectorClass
    regions: list[str]
    title: str | None
    url: str | None = Field(description="The announcement the fund was first seen in (the evidence).")
    sources: list[str] = Field(description="Every source that reported this close.")


class FundPage(BaseModel):
    items: list[Fund]
    next_cursor: str | None


class InvestorDetailWithFunds(InvestorDetail):
    funds: list[Fund] = Field(description="The newest 100 funds the investor raised.")
