"""The normalized items scrapers yield and the ingest services take, declared once here (the core), so the
services type their inputs with the real classes instead of mirroring them as Protocols."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class ScrapedJob:
    """One posting, normalized. Times are UTC; `locations` keeps every raw location string, secondary ones too."""

    external_id: str
    title: str
    company: str | None = None
    url: str | None = None
    apply_url: str | None = None
    description: str = ""
    description_html: str | None = None
    locations: list[str] = field(default_factory=list)
    remote: bool = False
    workplace_type: str | None = None  # onsite | hybrid | remote
    employment_type: str | None = None  # full_time | part_time | contract | internship | temporary | other
    department: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None  # year | month | week | day | hour
    posted_at: datetime | None = None
    updated_at: datetime | None = None
    company_domain: str | None = None
    # What the board says the employer is (JSON-LD hiringOrganization.description, Getro/Consider company blurb and
    # topics): company knowledge for the tagger, stored on the company (company_knowledge.contexts reads it).
    company_description: str | None = None
    investors: list[str] = field(default_factory=list)  # funds named by the board (Consider company records)
    ats_key: str | None = None  # "greenhouse:123": the same posting seen anywhere else
    countries: list[str] = field(default_factory=list)  # ISO alpha-2 codes from the board's structured fields
    partial: bool = False  # built from a list entry because the posting's detail request failed


@dataclass(slots=True)
class RoundItem:
    """One funding round as a source reports it (amounts in USD; other fields None when not stated)."""

    company: str
    amount_usd: float | None = None
    currency: str | None = None
    amount_original: float | None = None
    round: str | None = None
    announced_on: date | None = None
    lead_investors: list[str] = field(default_factory=list)
    investors: list[str] = field(default_factory=list)
    company_domain: str | None = None
    title: str | None = None
    summary: str | None = None
    url: str | None = None
    text: str = ""  # what the tagger reads for sector and regions


@dataclass(slots=True)
class PortfolioItem:
    """A fund lists a company in its portfolio."""

    investor: str
    company: str
    website: str | None = None
    description: str | None = None
    first_seen: date | None = None  # when the fund says it invested, if it says


@dataclass(slots=True)
class FundItem:
    """One fund raise as a source reports it (amounts in USD; other fields None/empty when not stated).

    `manager` is the investor that raised the fund; `focus` the sector tags it invests in (crypto, ai) and `regions`
    where, as the parser read them from the announcement (empty: a generalist fund, or not stated)."""

    manager: str
    fund_name: str | None = None
    amount_usd: float | None = None
    currency: str | None = None
    amount_original: float | None = None
    announced_on: date | None = None
    focus: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    title: str | None = None
    summary: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class NoDeal:
    """An announcement that is no round and no fund (an acquisition, a buyback, a round only sought, an essay on a
    fund's blog): counted in the run, nothing stored."""

    reason: str
