"""RSS/Atom feeds of funding news and fund blogs (feedparser): each entry is an announcement to parse.

An entry yields one item per deal it announces (a roundup several): a company round, a fund raised by an investor,
or no deal (an acquisition, a buyback, an essay on a fund's blog: counted in the run, nothing stored). A round with
neither company nor any of amount, round or lead is no deal either.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import feedparser

from scrapers.base import (
    Item,
    Kind,
    NoDeal,
    Page,
    ParseError,
    Request,
    Response,
    RoundItem,
    SourceSpec,
    items_of,
    start_at_url,
)
from scrapers.normalize import html_to_text
from talentintel.funding.deals import parse_deals
from talentintel.funding.types import Deal
from talentintel.items import FundItem


def _published(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _item(deal: Deal, *, title: str, summary: str, url: str | None) -> Item:
    common: dict[str, Any] = {"title": title or None, "summary": summary or None, "url": url}
    if deal.kind == "fund" and deal.company:
        return FundItem(
            manager=deal.company, fund_name=deal.fund_name, amount_usd=deal.amount_usd, currency=deal.currency,
            announced_on=deal.announced_on, focus=list(deal.focus), regions=list(deal.regions), **common,
        )  # fmt: skip
    if deal.kind == "round" and deal.company and (deal.amount_usd or deal.round or deal.lead_investors):
        return RoundItem(
            company=deal.company, amount_usd=deal.amount_usd, currency=deal.currency, round=deal.round,
            announced_on=deal.announced_on, lead_investors=deal.lead_investors, investors=deal.investors,
            text=f"{title}\n{summary}", **common,
        )  # fmt: skip
    return NoDeal(f"deal {deal.deal}: {deal.kind} without what storing it needs" if deal.kind != "other" else "other")


def build(entry: Any) -> list[Item]:
    title = html_to_text(entry.get("title") or "").strip()
    summary = html_to_text(entry.get("summary") or entry.get("description") or "").strip()
    if not title and not summary:
        raise ValueError("entry with neither title nor summary")
    url = entry.get("link") or None
    # the entry's link says who a fund's or a company's blog means by "we" (publisher_voice)
    deals = parse_deals(f"{title}\n{summary}" if title else summary, published=_published(entry), source=url)
    return deal_items(deals, title=title, summary=summary, url=url)


def deal_items(deals: list[Deal], *, title: str, summary: str, url: str | None) -> list[Item]:
    """One item per deal of an announcement: what the funding ingest stores (a round, a fund) or only counts."""
    return [_item(d, title=title, summary=summary, url=url) for d in deals]


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    parsed = feedparser.parse(resp.body)
    if not parsed.entries and parsed.get("bozo"):
        raise ParseError(f"not a readable RSS/Atom feed at {resp.url}: {parsed.get('bozo_exception')}")
    return items_of(Page(), list(parsed.entries), build, lambda e: e.get("id") or e.get("link"))


KIND = Kind("feed", start_at_url, parse, description="RSS/Atom funding news or fund blog", yields="funding")
