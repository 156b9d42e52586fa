"""What ingest takes (a normalized posting), what it returns (counts), and its prepared form of each posting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from talentintel.items import ScrapedJob
from talentintel.services.ingest.keys import apply_key, content_hash, dedupe_key
from talentintel.slugs import company_slug

# The posting a scraper yields, declared once in the core (talentintel.items); the name reads better here.
Posting = ScrapedJob


@dataclass
class IngestResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    failed: int = 0
    linked: int = 0  # postings that joined a job first seen on another source
    partial: int = 0  # postings stored from a list because their detail failed
    errors: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> postings (or fields) left out
    shrink_held: str | None = None  # why nothing was closed although the fetch was complete
    quality: dict[str, object] = field(default_factory=dict)  # fill rates and counts (quality.py)
    # The job ids a change feed (webhooks, digests) wants, known once the writes are done.
    opened_ids: list[int] = field(default_factory=list)  # new jobs and closed jobs that reopened
    closed_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)  # jobs whose content changed


def cut(value: str | None, n: int) -> str | None:
    return value[:n] if value else value


@dataclass(slots=True)
class Item:
    """A posting with its keys computed once."""

    posting: Posting
    external_id: str
    hash: str
    slug: str | None
    ats_key: str | None
    apply_key: str | None
    dedupe_key: str
    apply_url: str | None = None  # None when the posting's was not an http(s) URL
    partial: bool = False
    countries: list[str] = field(default_factory=list)


def skip(result: IngestResult, reason: str) -> None:
    result.skipped[reason] = result.skipped.get(reason, 0) + 1


def external_id(value: object) -> str:
    """A board's id as text; 123, 123.0 and "123" are one id (boards change an id's JSON type between responses)."""
    if isinstance(value, str):
        return value.strip()[:300]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()[:300]


def _countries(value: object) -> list[str]:
    if not value or not isinstance(value, list):
        return []
    return sorted({c.upper() for c in value if isinstance(c, str) and len(c) == 2 and c.isalpha()})


def _item(p: Posting, result: IngestResult) -> Item:
    ext = external_id(p.external_id)
    if not ext or not p.title:
        raise ValueError("posting without id or title")
    for attr in ("salary_min", "salary_max"):
        value = getattr(p, attr)
        if value is not None and not isinstance(value, int | float):
            raise ValueError(f"{attr} is not a number: {value!r}")
    slug = company_slug(p.company) if p.company else None
    url = p.apply_url or p.url
    key = apply_key(url)
    if url and key is None:
        skip(result, "apply URL is not an http(s) URL (posting kept without it)")
        url = None
    return Item(
        p,
        ext,
        content_hash(p),
        slug,
        cut(p.ats_key, 200),
        key,
        dedupe_key(slug or p.company, p.title, p.locations),
        url,
        bool(getattr(p, "partial", False)),
        _countries(getattr(p, "countries", None)),
    )


def prepare(postings: Iterable[Posting], result: IngestResult) -> list[Item]:
    items: list[Item] = []
    for p in postings:
        try:
            items.append(_item(p, result))
        except Exception as exc:  # a broken posting is reported and skipped, never aborting the batch
            result.failed += 1
            result.errors.append(f"{getattr(p, 'external_id', '?')}: {type(exc).__name__}: {exc}")
            skip(result, f"broken posting ({type(exc).__name__})")
    return items
