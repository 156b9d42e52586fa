"""The vocabulary every kind shares: a source spec, the requests a kind asks for, and the normalized items.

A kind is pure: `start(spec)` names the first requests, `parse(spec, request, response)` turns one response body into
items (jobs; or, for a funding kind, rounds and portfolio memberships), per-item errors and follow-up requests (next
page, detail pages). The crawler (scrapers/crawl.py) does the I/O; the runner sends each kind's items to its service.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from talentintel.services.funds import FundItem


class ParseError(Exception):
    """A whole response could not be read (malformed JSON, unexpected shape): the page fails, not just an item."""


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """What a kind needs to know about a source: the TOML entry / Source row, without the database."""

    name: str
    kind: str
    url: str
    config: Mapping[str, Any] = field(default_factory=dict)
    company: str | None = None
    investor: str | None = None


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    method: str = "GET"
    headers: Mapping[str, str] = field(default_factory=dict)
    json_body: Any = None
    meta: Mapping[str, Any] = field(default_factory=dict)  # kind-private state: page number, cursor, list item


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # final URL after redirects
    status: int
    headers: Mapping[str, str]
    body: bytes


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


@dataclass(frozen=True, slots=True)
class NoDeal:
    """An announcement that is no round and no fund (an acquisition, a buyback, a round only sought, an essay on a
    fund's blog): counted in the run, nothing stored."""

    reason: str


Item = ScrapedJob | RoundItem | FundItem | PortfolioItem | NoDeal


@dataclass(frozen=True, slots=True)
class ItemError:
    external_id: str | None
    error: str


@dataclass(slots=True)
class Page:
    """What one response yielded."""

    jobs: list[ScrapedJob] = field(default_factory=list)
    rounds: list[RoundItem] = field(default_factory=list)
    members: list[PortfolioItem] = field(default_factory=list)
    funds: list[FundItem] = field(default_factory=list)
    others: int = 0  # announcements that were no deal (NoDeal)
    errors: list[ItemError] = field(default_factory=list)
    follow: list[Request] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if isinstance(item, ScrapedJob):
            self.jobs.append(item)
        elif isinstance(item, RoundItem):
            self.rounds.append(item)
        elif isinstance(item, FundItem):
            self.funds.append(item)
        elif isinstance(item, NoDeal):
            self.others += 1
        else:
            self.members.append(item)


@dataclass(frozen=True, slots=True)
class Kind:
    """A source kind. `conditional`: the whole board is one response, so ETag/Last-Modified apply to it.
    `yields`: "jobs" (postings, ingested by services.ingest) or "funding" (rounds and portfolio memberships,
    ingested by services.funding)."""

    name: str
    start: Callable[[SourceSpec], list[Request]]
    parse: Callable[[SourceSpec, Request, Response], Page]
    conditional: bool = True
    description: str = ""
    yields: Literal["jobs", "funding"] = "jobs"


def start_at_url(spec: SourceSpec) -> list[Request]:
    """The source is one document at its URL."""
    return [Request(spec.url)]


def items_of(
    page: Page, raw_items: list[Any], build: Callable[[Any], Item | list[Item] | None], id_of: Callable[[Any], Any]
) -> Page:
    """Build an item (or several: a roundup announces several deals) from each raw one; a broken item becomes an
    ItemError instead of failing the page."""
    for raw in raw_items:
        try:
            item = build(raw)
        except Exception as exc:  # one bad posting must never abort the board
            ident = None
            with contextlib.suppress(Exception):
                ident = id_of(raw)
            page.errors.append(ItemError(str(ident) if ident is not None else None, f"{type(exc).__name__}: {exc}"))
            continue
        for one in item if isinstance(item, list) else [item] if item is not None else []:
            page.add(one)
    return page
