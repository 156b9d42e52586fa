"""a16z.com/portfolio: the page embeds `window.a16z_portfolio_companies = [...]`, one object per company."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from scrapers.base import Kind, Page, ParseError, PortfolioItem, Request, Response, SourceSpec, items_of, start_at_url

_ASSIGN = re.compile(r"window\.a16z_portfolio_companies\s*=\s*")


def _embedded(html: str, url: str) -> list[Any]:
    m = _ASSIGN.search(html)
    if not m:
        raise ParseError(f"no window.a16z_portfolio_companies in {url}")
    try:
        value, _ = json.JSONDecoder().raw_decode(html, m.end())
    except json.JSONDecodeError as exc:
        raise ParseError(f"window.a16z_portfolio_companies in {url} is not valid JSON: {exc.msg}") from exc
    if not isinstance(value, list):
        raise ParseError(f"window.a16z_portfolio_companies in {url} is not a list")
    return value


def _first_seen(raw: dict[str, Any]) -> date | None:
    value = raw.get("initial_a16z_date_funded") or raw.get("invested_year")
    if not value:
        return None
    text = str(value)
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date(int(text[:4]), 1, 1)
    except ValueError:
        return None


def build(raw: dict[str, Any], investor: str) -> PortfolioItem:
    name = (raw.get("name") or "").strip()
    if not name:
        raise ValueError("company without a name")
    return PortfolioItem(
        investor=investor,
        company=name,
        # raw page: web/external_url; crawler exports: website
        website=raw.get("web") or raw.get("external_url") or raw.get("website"),
        description=raw.get("overview") or raw.get("description"),
        first_seen=_first_seen(raw),
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    investor = spec.investor or "Andreessen Horowitz"
    items = _embedded(resp.body.decode("utf-8", "replace"), resp.url)
    return items_of(Page(), items, lambda raw: build(raw, investor), lambda raw: raw.get("name"))


KIND = Kind(
    "a16z_portfolio", start_at_url, parse, description="a16z.com/portfolio embedded company list", yields="funding"
)
