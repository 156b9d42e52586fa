"""Identity keys of a posting (company slug, ATS id, apply URL, company|title|location) and its content hash."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from talentintel.funding import normalize_company

if TYPE_CHECKING:
    from talentintel.services.ingest.items import Posting

_WORDS = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


_norm_cached = lru_cache(maxsize=16384)(_norm)  # company names and locations repeat across a board


@lru_cache(maxsize=8192)
def company_slug(name: str) -> str:
    """The Company.slug of a name (shared with funding ingestion, so both find the same company)."""
    return normalize_company(name)[:300]


def apply_key(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#]+)([^?#]*)", url.strip(), re.IGNORECASE)
    if not m:
        return None
    path = re.sub(r"/(apply|application)/?$", "", m.group(2)).rstrip("/")
    return f"{m.group(1).lower().removeprefix('www.')}{path}"[:700]


def dedupe_key(company: str | None, title: str, locations: Sequence[str]) -> str:
    first = _norm_cached(locations[0]) if locations else ""
    return f"{_norm_cached(company)}|{_norm(title)}|{first}"[:700]


def content_hash(p: Posting) -> str:
    # What is stored, joined by a separator that normalized text never holds (json.dumps of the few KB of description
    # cost more than the rest of the per-posting work); None and "" hash differently. The HTML is not stored, so a
    # markup-only change is no change.
    fields = (
        p.title, p.company, p.url, p.apply_url, p.description, "\x1e".join(p.locations), p.remote,
        p.workplace_type, p.employment_type, p.department, p.salary_min, p.salary_max, p.salary_currency,
        p.salary_period, p.posted_at.isoformat() if p.posted_at else None,
        p.updated_at.isoformat() if p.updated_at else None,
    )
    joined = "\x1f".join("\x00" if v is None else str(v) for v in fields)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
