"""The vocabulary every kind shares: a source spec, the requests a kind asks for, and the normalized items.

A kind is pure: `start(spec)` names the first requests, `parse(spec, request, response)` turns one response body into
items (jobs; or, for a funding kind, rounds and portfolio memberships), per-item errors and follow-up requests (next
page, detail pages). The crawler (scrapers/crawl.py) does the I/O; the runner sends each kind's items to its service.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from talentintel.items import FundItem, NoDeal, PortfolioItem, RoundItem, ScrapedJob

__all__ = [
    "FundItem",
    "NoDeal",
    "PortfolioItem",
    "RoundItem",
    "ScrapedJob",
]  # declared once in the core; kinds build them from here


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
