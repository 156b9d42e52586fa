"""Identity keys of a posting (company slug, ATS id, apply URL, company|title|location) and its content hash."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode

if TYPE_CHECKING:
    from talentintel.services.ingest.items import Posting

_WORDS = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


_norm_cached = lru_cache(maxsize=16384)(_norm)  # company names and locations repeat across a board


# Query parameters that say where a visitor came from, not which posting it is. Everything else is kept: career
# sites that embed an ATS name the posting in the query (stripe.com/jobs/search?gh_jid=7552246, ?ashby_jid=...,
# ?jobId=...), and dropping the query merged every posting of such a site into one job.
_TRACKING = frozenset(
    {
        "gh_src",
        "ref",
        "referer",
        "referrer",
        "source",
        "src",
        "lever-origin",
        "lever-source",
        "lever-source[]",
        "lever-via",
        "trk",
        "trkid",
        "tracking",
        "trackingid",
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "hsa_acc",
        "iis",
        "iisn",
        "sourcetype",
        "source_type",
        "utm",
        "t",
        "s",
    }
)
_URL = re.compile(r"^https?://([^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?", re.IGNORECASE)


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in _TRACKING or name.startswith("utm_")


def apply_key(url: str | None) -> str | None:
    """Comparable form of an apply URL: host without www, path without trailing slash or /apply, the identifying
    query parameters sorted (tracking ones dropped). None for anything that is not an http(s) URL."""
    if not url:
        return None
    m = _URL.match(url.strip())
    if not m:
        return None
    path = re.sub(r"/(apply|application)/?$", "", m.group(2)).rstrip("/")
    query = ""
    if m.group(3):  # most ATS URLs have none: skip the parse
        pairs = sorted((k, v) for k, v in parse_qsl(m.group(3)) if not is_tracking(k))
        query = f"?{urlencode(pairs)}" if pairs else ""
    return f"{m.group(1).lower().removeprefix('www.')}{path}{query}"[:700]


def dedupe_key(company: str | None, title: str, locations: Sequence[str]) -> str:
    first = _norm_cached(locations[0]) if locations else ""
    return f"{_norm_cached(company)}|{_norm(title)}|{first}"[:700]


def content_hash(p: Posting) -> str:
    # What is stored, joined by a separator that normalized text never holds (json.dumps of the few KB of description
    # cost more than the rest of the per-posting work); None and "" hash differently. The HTML is not stored, so a
    # markup-only change is no change.
    fields = (
        p.title,
        p.company,
        p.url,
        p.apply_url,
        p.description,
        "\x1e".join(p.locations),
        p.remote,
        p.workplace_type,
        p.employment_type,
        p.department,
        p.salary_min,
        p.salary_max,
        p.salary_currency,
        p.salary_period,
        p.posted_at.isoformat() if p.posted_at else None,
        p.updated_at.isoformat() if p.updated_at else None,
    )
    joined = "\x1f".join("\x00" if v is None else str(v) for v in fields)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
