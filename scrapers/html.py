"""A board with no API: CSS selectors from the source's config pick the postings out of the page.

config: item (one element per posting), title, link (default "a"), and optional location (every match is one
location), company, department, description, next (the link to the next listing page). Selectors inside `item` are
relative to it (they match its descendants). A selector the CSS engine cannot read fails the source, not each item.

lxml with cssselect (CSS compiled to XPath once per selector): a 15 MB listing page peaked at ~350 MB above the
process and took ~50 s as a BeautifulSoup tree; as an lxml tree ~150 MB and ~5 s (bench/bench_html_page.py).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urldefrag, urljoin

import lxml.html
from cssselect import HTMLTranslator, SelectorError
from lxml.etree import XPath

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, finish
from scrapers.pages import document

Element = Any  # an lxml.html element

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
                _xpath(selector, inside=True)
            except SelectorError as exc:
                raise ParseError(f"source {spec.name}: config.{key} is not a valid CSS selector: {exc}") from exc
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"}, meta={"page": 0})]


@lru_cache(maxsize=256)
def _xpath(selector: str, inside: bool) -> XPath:
    """The selector compiled once. Inside an item it matches the item's descendants only (as CSS engines do for
    element.select), at the top it may match the root too."""
    prefix = "descendant::" if inside else "descendant-or-self::"
    return XPath(HTMLTranslator().css_to_xpath(selector, prefix=prefix))


def _select(el: Element, selector: Any, inside: bool = True) -> list[Element]:
    return list(_xpath(selector, inside)(el)) if isinstance(selector, str) and selector else []


def _pick(item: Element, selector: Any) -> Element | None:
    found = _select(item, selector)
    return found[0] if found else None


def _words(el: Element) -> str | None:
    return clean(" ".join(el.itertext()))


def _text(item: Element, selector: Any) -> str | None:
    el = _pick(item, selector)
    return _words(el) if el is not None else None


def _inner_html(el: Element) -> str:
    return (el.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in el)


def _href(el: Element | None, base_url: str) -> str | None:
    """An http(s) URL the element links to; "#", "javascript:" and mailto links name no posting."""
    href = el.get("href") if el is not None else None
    if not isinstance(href, str) or not href.strip() or href.strip().startswith("#"):
        return None
    url = urldefrag(urljoin(base_url, href.strip()))[0]
    return url if url.startswith(("http://", "https://")) else None


def build(item: Element, base_url: str, spec: SourceSpec) -> ScrapedJob:
    cfg = spec.config
    link_el = item if item.tag == "a" and not cfg.get("link") else _pick(item, cfg.get("link", "a"))
    url = _href(link_el, base_url)
    title = _text(item, cfg["title"]) or ""
    description_el = _pick(item, cfg.get("description"))
    locations = [text for text in (_words(el) for el in _select(item, cfg.get("location"))) if text]
    return finish(
        ScrapedJob(
            external_id=url or f"{title}|{locations[0] if locations else ''}",
            title=title,
            company=_text(item, cfg.get("company")) or spec.company,
            url=url,
            apply_url=url,
            description_html=_inner_html(description_el) if description_el is not None else None,
            locations=locations,
            department=_text(item, cfg.get("department")),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    doc = document(resp)
    number = int(req.meta.get("page", 0))
    base_el = doc.find(".//base[@href]")
    base_href = base_el.get("href") if base_el is not None else None
    base_url = urljoin(resp.url, base_href) if isinstance(base_href, str) else resp.url
    items = _select(doc, spec.config["item"], inside=False)
    if not items and number == 0:
        raise ParseError(f"selector {spec.config['item']!r} matched nothing at {resp.url}")
    page = items_of(Page(), items, lambda el: build(el, base_url, spec), lambda el: _text(el, spec.config["title"]))
    next_el = _select(doc, spec.config.get("next"), inside=False)
    next_url = _href(next_el[0] if next_el else None, base_url)
    if next_url and next_url != urldefrag(resp.url)[0] and number < int(spec.config.get("max_pages", 20)):
        page.follow.append(Request(next_url, headers=req.headers, meta={"page": number + 1}))
    return page


KIND = Kind("html", start, parse, conditional=False, description="CSS selectors from config, for boards with no API")
