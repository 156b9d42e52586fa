"""RSS/Atom feeds of funding news and fund blogs (feedparser): each entry is an announcement to parse.

An entry that announces no raise (no amount, no round, no investors) is skipped, not an error; fund blogs
mix funding news with essays.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import feedparser

from scrapers.base import Kind, Page, ParseError, Request, Response, RoundItem, SourceSpec, items_of, start_at_url
from scrapers.normalize import html_to_text
from talentintel.funding import parse_announcement


def _published(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def build(entry: Any) -> RoundItem | None:
    title = html_to_text(entry.get("title") or "").strip()
    summary = html_to_text(entry.get("summary") or entry.get("description") or "").strip()
    if not title and not summary:
        raise ValueError("entry with neither title nor summary")
    found = parse_announcement(f"{title}\n{summary}" if title else summary, published=_published(entry))
    if not found.company or not (found.amount_usd or found.round or found.lead_investors):
        return None
    return RoundItem(
        company=found.company,
        amount_usd=found.amount_usd,
        currency=found.currency,
        round=found.round,
        announced_on=found.announced_on,
        lead_investors=found.lead_investors,
        investors=found.investors,
        title=title or None,
        summary=summary or None,
        url=entry.get("link") or None,
        text=f"{title}\n{summary}",
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    parsed = feedparser.parse(resp.body)
    if not parsed.entries and parsed.get("bozo"):
        raise ParseError(f"not a readable RSS/Atom feed at {resp.url}: {parsed.get('bozo_exception')}")
    return items_of(Page(), list(parsed.entries), build, lambda e: e.get("id") or e.get("link"))


KIND = Kind("feed", start_at_url, parse, description="RSS/Atom funding news or fund blog", yields="funding")
