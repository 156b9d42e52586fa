"""What the funding kinds yield: rounds and portfolio memberships instead of jobs.

Same shape as the job kinds (scrapers/base.py): `start(spec)` names the first requests and
`parse(spec, request, response)` turns one body into items, per-item errors and follow-ups. A broken entry
becomes an ItemError; only an unreadable body raises ParseError.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scrapers.base import ItemError, Request, Response, SourceSpec


@dataclass(slots=True)
class RoundItem:
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
    investor: str
    company: str
    website: str | None = None
    description: str | None = None
    first_seen: date | None = None  # when the fund says it invested, if it says


@dataclass(slots=True)
class FundingPage:
    rounds: list[RoundItem] = field(default_factory=list)
    members: list[PortfolioItem] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)
    follow: list[Request] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FundingKind:
    name: str
    start: Callable[[SourceSpec], list[Request]]
    parse: Callable[[SourceSpec, Request, Response], FundingPage]
    description: str = ""


def start_at_url(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def each(
    page: FundingPage, raw_items: list[Any], add: Callable[[Any], None], id_of: Callable[[Any], Any]
) -> FundingPage:
    """Run `add` on each raw item; an item that raises becomes an ItemError, the others still count."""
    for raw in raw_items:
        try:
            add(raw)
        except Exception as exc:  # one bad entry must never abort the source
            try:
                ident = id_of(raw)
            except Exception:
                ident = None
            page.errors.append(ItemError(str(ident) if ident is not None else None, f"{type(exc).__name__}: {exc}"))
    return page
