"""A board with no API: CSS selectors from the source's config pick the postings out of the page.

config: item (one element per posting), title, link (default "a"), and optional location, company, department,
description, next (the link to the next listing page). Selectors inside `item` are relative to it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup, Tag

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, finish

REQUIRED = ("item", "title")


def start(spec: SourceSpec) -> list[Request]:
    missing = [k for k in REQUIRED if not isinstance(spec.config.get(k), str)]
    if missing:
        raise ParseError(f"source {spec.name}: html kind needs config.{missing[0]} (a CSS selector)")
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"}, meta={"page": 0})]


def _pick(item: Tag, selector: Any) -> Tag | None:
    return item.select_one(selector) if isinstance(selector, str) and selector else None


def _text(item: Tag, selector: Any) -> str | None:
    el = _pick(item, selector)
    return clean(el.get_text(" ")) if el is not None else None


def build(item: Tag, base_url: str, spec: SourceSpec) -> ScrapedJob:
    cfg = spec.config
    link_el = item if item.name == "a" and not cfg.get("link") else _pick(item, cfg.get("link", "a"))
    href = link_el.get("href") if link_el is not None else None
    url = urldefrag(urljoin(base_url, href))[0] if isinstance(href, str) else None
    title = _text(item, cfg["title"]) or ""
    description_el = _pick(item, cfg.get("description"))
    location = _text(item, cfg.get("location"))
    return finish(
        ScrapedJob(
            external_id=url or f"{title}|{location or ''}",
            title=title,
            company=_text(item, cfg.get("company")) or spec.company,
            url=url,
            apply_url=url,
            description_html=description_el.decode_contents() if description_el is not None else None,
            locations=[location] if location else [],
            department=_text(item, cfg.get("department")),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    soup = BeautifulSoup(resp.body, "lxml")
    items = soup.select(spec.config["item"])
    if not items and int(req.meta.get("page", 0)) == 0:
        raise ParseError(f"selector {spec.config['item']!r} matched nothing at {resp.url}")
    page = items_of(Page(), items, lambda el: build(el, resp.url, spec), lambda el: _text(el, spec.config["title"]))
    next_el = soup.select_one(spec.config["next"]) if isinstance(spec.config.get("next"), str) else None
    href = next_el.get("href") if next_el is not None else None
    if isinstance(href, str) and int(req.meta.get("page", 0)) < int(spec.config.get("max_pages", 20)):
        page.follow.append(Request(urljoin(resp.url, href), headers=req.headers, meta={"page": int(req.meta.get("page", 0)) + 1}))
    return page


KIND = Kind("html", start, parse, conditional=False, description="CSS selectors from config, for boards with no API")
