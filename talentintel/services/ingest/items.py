"""What ingest takes (a normalized posting), what it returns (counts), and its prepared form of each posting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from talentintel.services.ingest.keys import apply_key, company_slug, content_hash, dedupe_key


class Posting(Protocol):
    """The normalized posting a scraper yields (scrapers.base.ScrapedJob has these fields)."""

    external_id: str
    title: str
    company: str | None
    url: str | None
    apply_url: str | None
    description: str
    description_html: str | None
    locations: list[str]
    remote: bool
    workplace_type: str | None
    employment_type: str | None
    department: str | None
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None
    salary_period: str | None
    posted_at: datetime | None
    updated_at: datetime | None
    company_domain: str | None
    investors: list[str]
    ats_key: str | None


@dataclass
class IngestResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    failed: int = 0
    linked: int = 0  # postings that joined a job first seen on another source
    errors: list[str] = field(default_factory=list)
    # The job ids a change feed (webhooks, digests) wants, known once the writes are done.
    opened_ids: list[int] = field(default_factory=list)  # new jobs and closed jobs that reopened
    closed_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)  # jobs whose content changed


def cut(value: str | None, n: int) -> str | None:
    return value[:n] if value else value


@dataclass
class Item:
    """A posting with its keys computed once."""

    posting: Posting
    external_id: str
    hash: str
    slug: str | None
    ats_key: str | None
    apply_key: str | None
    dedupe_key: str


def prepare(postings: Iterable[Posting], result: IngestResult) -> list[Item]:
    items: list[Item] = []
    for p in postings:
        try:
            external_id = str(p.external_id)[:300]
            if not external_id or not p.title:
                raise ValueError("posting without id or title")
            for attr in ("salary_min", "salary_max"):
                value = getattr(p, attr)
                if value is not None and not isinstance(value, int | float):
                    raise ValueError(f"{attr} is not a number: {value!r}")
            slug = company_slug(p.company) if p.company else None
            items.append(
                Item(p, external_id, content_hash(p), slug, cut(p.ats_key, 200), apply_key(p.apply_url or p.url),
                     dedupe_key(slug or p.company, p.title, p.locations))
            )
        except Exception as exc:  # a broken posting is reported and skipped, never aborting the batch
            result.failed += 1
            result.errors.append(f"{getattr(p, 'external_id', '?')}: {type(exc).__name__}: {exc}")
    return items
