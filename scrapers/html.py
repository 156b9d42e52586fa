"""A board with no API: CSS selectors from the source's config pick the postings out of the page.

config: item (one element per posting), title, link (default "a"), and optional location (every match is one
location), company, department, description, next (the link to the next listing page). Selectors inside `item` are
relative to it. A selector the CSS engine cannot read fails the source, not each item.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urldefrag, urljoin

import soupsieve
from bs4 import BeautifulSoup, Tag

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, finish
from scrapers.pages import page_encoding

REQUIRED = ("item", "title")
SELECTORS = ("item", "title", "link", "location", "company", "department", "description", "next")


def start(spec: SourceSpec) -> list[Request]:
    missing = [k for k in REQUIRED if not isinstance(spec.config.get(k), str) or not spec.config[k].strip()]
    if missing:
        raise ParseError(f"source {spec.name}: html kind needs config.{missing[0]} (a CSS selector)")
    for key in SELECTORS:
        selector = spec.config.get(key)
        if isinstance(selector, str) and selector:
            try:
                soupsieve.compile(selector)
            except soupsieve.SelectorSyntaxError as exc:
                raise ParseError(f"source {spec.name}: config.{key} is not a valid CSS selector: {exc}") from exc
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"}, meta={"page": 0})]


def _pick(item: Tag, selector: Any) -> Tag | None:
    return item.select_one(selector) if isinstance(selector, str) and selector else None


def _text(item: Tag, selector: Any) -> str | None:
    el = _pick(item, selector)
    return clean(el.get_text(" ")) if el is not None else None


def _href(el: Tag | None, base_url: str) -> str | None:
    """An http(s) URL the element links to; "#", "javascript:" and mailto links name no posting."""
    href = el.get("href") if el is not None else None
    if not isinstance(href, str) or not href.strip() or href.strip().startswith("#"):
        return None
    url = urldefrag(urljoin(base_url, href.strip()))[0]
    return url if url.startswith(("http://", "https://")) else None


def build(item: Tag, base_url: str, spec: SourceSpec) -> ScrapedJob:
    cfg = spec.config
    link_el = item if item.name == "a" and not cfg.get("link") else _pick(item, cfg.get("link", "a"))
    url = _href(link_el, base_url)
    title = _text(item, cfg["title"]) or ""
    description_el = _pick(item, cfg.get("description"))
    selector = cfg.get("location")
    places = item.select(selector) if isinstance(selector, str) and selector else []
    locations = [text for text in (clean(el.get_text(" ")) for el in places) if text]
    return finish(
        ScrapedJob(
            external_id=url or f"{title}|{locations[0] if locations else ''}",
            title=title,
            company=_text(item, cfg.get("company")) or spec.company,
            url=url,
            apply_url=url,
            description_html=description_el.decode_contents() if description_el is not None else None,
            locations=locations,
            department=_text(item, cfg.get("department")),
        )
    )


def _soup(resp: Response) -> BeautifulSoup:
    return BeautifulSoup(resp.body, "lxml", from_encoding=page_encoding(resp))


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    soup = _soup(resp)
    number = int(req.meta.get("page", 0))
    base_el = soup.find("base", href=True)
    base_href = base_el.get("href") if isinstance(base_el, Tag) else None
    base_url = urljoin(resp.url, base_href) if isinstance(base_href, str) else resp.url
    items = soup.select(spec.config["item"])
    if not items and number == 0:
        raise ParseError(f"selector {spec.config['item']!r} matched nothing at {resp.url}")
    page = items_of(Page(), items, lambda el: build(el, base_url, spec), lambda el: _text(el, spec.config["title"]))
    next_url = _href(_pick(soup, spec.config.get("next")), base_url)
    if next_url and next_url != urldefrag(resp.url)[0] and number < int(spec.config.get("max_pages", 20)):
        page.follow.append(Request(next_url, headers=req.headers, meta={"page": number + 1}))
    return page


KIND = Kind("html", start, parse, conditional=False, description="CSS selectors from config, for boards with no API")
