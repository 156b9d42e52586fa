"""The vocabulary every kind shares: a source spec, the requests a kind asks for, and the normalized ScrapedJob.

A kind is pure: `start(spec)` names the first requests, `parse(spec, request, response)` turns one response body into
jobs, per-item errors and follow-up requests (next page, detail pages). The crawler (scrapers/crawl.py) does the I/O.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


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


@dataclass(frozen=True, slots=True)
class ItemError:
    external_id: str | None
    error: str


@dataclass(slots=True)
class Page:
    """What one response yielded."""

    jobs: list[ScrapedJob] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)
    follow: list[Request] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Kind:
    """A source kind. `conditional`: the whole board is one response, so ETag/Last-Modified apply to it."""

    name: str
    start: Callable[[SourceSpec], list[Request]]
    parse: Callable[[SourceSpec, Request, Response], Page]
    conditional: bool = True
    description: str = ""


def items_of(page: Page, raw_items: list[Any], build: Callable[[Any], ScrapedJob | None], id_of: Callable[[Any], Any]) -> Page:
    """Build a job from each raw item; a broken item becomes an ItemError instead of failing the page."""
    for raw in raw_items:
        try:
            job = build(raw)
        except Exception as exc:  # one bad posting must never abort the board
            ident = None
            with contextlib.suppress(Exception):
                ident = id_of(raw)
            page.errors.append(ItemError(str(ident) if ident is not None else None, f"{type(exc).__name__}: {exc}"))
            continue
        if job is not None:
            page.jobs.append(job)
    return page
