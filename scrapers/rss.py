"""Job feeds (RSS / Atom) of crypto and AI job boards, read with feedparser. Titles like "Engineer at Acme" give the
company when the feed has no company field."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Any

import feedparser

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, employment_type, finish

_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[^|()]+?)(?:\s*[|(].*)?$")


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url, headers={"Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml"})]


def _time(value: Any) -> datetime | None:
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    return None


def build(entry: Any, spec: SourceSpec) -> ScrapedJob:
    title = clean(entry.get("title")) or ""
    company = clean(entry.get("company") or entry.get("author")) if spec.company is None else spec.company
    match = _AT.match(title)
    if match and (company is None or company.lower() == match.group("company").strip().lower()):
        title, company = match.group("title"), company or match.group("company").strip()
    content = entry.get("content") or []
    html = content[0].get("value") if content and isinstance(content[0], dict) else entry.get("summary")
    location = entry.get("location") or entry.get("job_listing_location") or entry.get("region")
    link = entry.get("link")
    tags = [t.get("term") for t in entry.get("tags") or [] if isinstance(t, dict) and t.get("term")]
    return finish(
        ScrapedJob(
            external_id=entry.get("id") or link or title,
            title=title,
            company=company,
            url=link,
            apply_url=link,
            description_html=html,
            locations=[location] if isinstance(location, str) else [],
            employment_type=employment_type(entry.get("job_listing_job_type") or entry.get("type")),
            department=tags[0] if tags else None,
            posted_at=_time(entry.get("published_parsed") or entry.get("updated_parsed")),
            updated_at=_time(entry.get("updated_parsed")),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    feed = feedparser.parse(resp.body)
    if feed.bozo and not feed.entries:
        raise ParseError(f"malformed feed from {resp.url}: {feed.get('bozo_exception')}")
    if not feed.entries and not feed.get("version"):
        raise ParseError(f"not an RSS or Atom feed: {resp.url}")
    return items_of(Page(), list(feed.entries), lambda e: build(e, spec), lambda e: e.get("id") or e.get("link"))


KIND = Kind("rss", start, parse, description="RSS / Atom job feeds")
