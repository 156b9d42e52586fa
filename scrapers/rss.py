"""Job feeds (RSS / Atom) of crypto and AI job boards, read with feedparser. Titles like "Engineer at Acme" give the
company when the feed has no company field. Categories are tags: an employment type ("Full-Time") or "Remote" among
them is read as such, the first other one is the department."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, employment_type, finish, html_to_text, parse_time, workplace_type

_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[^|()]+?)(?:\s*[|(].*)?$")
_CLOSED = re.compile(rb"</(?:[\w-]+:)?(?:rss|feed|RDF)\s*>")
_BOM = b"\xef\xbb\xbf"
# Namespaced job fields feedparser exposes as "prefix_name" (WP Job Manager's job_listing:*, plain <location>...).
_LOCATION_KEYS = ("location", "job_listing_location", "joblocation", "job_location", "region", "country")
_TYPE_KEYS = ("job_listing_job_type", "job_type", "jobtype", "employment_type", "type")
_COMPANY_KEYS = ("company", "job_listing_company", "company_name", "companyname")
# Tags read as an employment type only when that is all they say ("International" is no internship).
_KIND_TAGS = {
    "fulltime": "full_time",
    "parttime": "part_time",
    "contract": "contract",
    "contractor": "contract",
    "freelance": "contract",
    "internship": "internship",
    "intern": "internship",
    "temporary": "temporary",
    "temp": "temporary",
    "permanent": "full_time",
}


def start(spec: SourceSpec) -> list[Request]:
    return [
        Request(spec.url, headers={"Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml"})
    ]


def _time(value: Any) -> datetime | None:
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    return None


def _field(entry: Any, keys: tuple[str, ...]) -> str | None:
    return next((text for text in (clean(entry.get(k)) for k in keys if isinstance(entry.get(k), str)) if text), None)


def _company(entry: Any) -> str | None:
    named = _field(entry, _COMPANY_KEYS)
    if named:
        return named
    author = entry.get("author_detail") or {}
    name = clean(author.get("name")) if isinstance(author, dict) else None
    raw = clean(entry.get("author"))
    return name or (raw if raw and "@" not in raw else None)  # "jobs@acme.com" is an address, not a company


def _body(entry: Any) -> str | None:
    for part in entry.get("content") or []:  # content:encoded or Atom <content>: the full text
        if isinstance(part, dict) and isinstance(part.get("value"), str) and part["value"].strip():
            return str(part["value"])
    summary = entry.get("summary")
    return summary if isinstance(summary, str) and summary.strip() else None


def _posted(entry: Any, parsed_key: str, raw_key: str) -> datetime | None:
    """feedparser's reading of the date, else the raw text when it is ISO-like (feedparser gave up on it)."""
    return _time(entry.get(parsed_key)) or (parse_time(entry.get(raw_key)) if entry.get(raw_key) else None)


def _tag_kind(tag: str) -> str | None:
    return _KIND_TAGS.get(re.sub(r"[^a-z]", "", tag.lower()))


def _title(entry: Any) -> str:
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if isinstance(detail, dict) and detail.get("type") in ("text/html", "application/xhtml+xml"):
        return html_to_text(title)  # Atom <title type="html">: markup, not text
    return clean(title) or ""


def _title_and_company(entry: Any, spec: SourceSpec) -> tuple[str, str | None]:
    """A "Title at Company" title gives the company when none is named (or is cut when it names the same one)."""
    title = _title(entry)
    company = _company(entry) if spec.company is None else spec.company
    match = _AT.match(title)
    if match and (company is None or company.lower() == match.group("company").strip().lower()):
        title, company = match.group("title"), company or match.group("company").strip()
    return title, company


def _link(entry: Any, ident: str | None, feed_url: str) -> str | None:
    """The entry's link, else its id when that is a URL; relative links resolved against the feed."""
    link = clean(entry.get("link")) or (ident if ident and ident.startswith(("http://", "https://")) else None)
    return urljoin(feed_url, link) if link else None


def _tags(entry: Any) -> list[str]:
    terms = (clean(t.get("term") or t.get("label")) for t in entry.get("tags") or [] if isinstance(t, dict))
    return [t for t in terms if t]


def build(entry: Any, spec: SourceSpec, feed_url: str = "") -> ScrapedJob:
    title, company = _title_and_company(entry, spec)
    ident = clean(entry.get("id"))
    link = _link(entry, ident, feed_url)
    tags = _tags(entry)
    kind = employment_type(_field(entry, _TYPE_KEYS)) or next((k for k in map(_tag_kind, tags) if k), None)
    workplace = next((w for w in map(workplace_type, tags) if w), None)
    location = _field(entry, _LOCATION_KEYS)
    department = next((t for t in tags if not _tag_kind(t) and not workplace_type(t)), None)
    return finish(
        ScrapedJob(
            external_id=ident or link or title,  # a feed without guid: the link is the identity
            title=title,
            company=company,
            url=link,
            apply_url=link,
            description_html=_body(entry),
            locations=[location] if location else [],
            workplace_type=workplace,
            employment_type=kind,
            department=department,
            posted_at=_posted(entry, "published_parsed", "published") or _posted(entry, "updated_parsed", "updated"),
            updated_at=_posted(entry, "updated_parsed", "updated"),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    body = resp.body.removeprefix(_BOM).lstrip()  # "XML declaration not at start" otherwise
    headers = {k.lower(): v for k, v in resp.headers.items() if k.lower() == "content-type"}
    feed = feedparser.parse(body, response_headers=headers)
    if not feed.entries and not feed.get("version"):
        raise ParseError(f"not an RSS or Atom feed: {resp.url} ({feed.get('bozo_exception') or 'no feed element'})")
    if feed.bozo and not _CLOSED.search(body[-2048:]):  # cut off mid-way: the missing entries must not look closed
        raise ParseError(f"truncated feed from {resp.url}: {feed.get('bozo_exception')}")
    return items_of(
        Page(), list(feed.entries), lambda e: build(e, spec, resp.url), lambda e: e.get("id") or e.get("link")
    )


KIND = Kind("rss", start, parse, description="RSS / Atom job feeds")
