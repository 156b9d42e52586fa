"""Any career or job page carrying schema.org JobPosting JSON-LD. A listing page without postings is followed to its
job pages (links matching `config.link_pattern`, else same-host links that look like job pages)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml.etree import ParserError

from scrapers.base import ItemError, Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec
from scrapers.normalize import clean, employment_type, finish, parse_time, period, unescape

DEFAULT_MAX_FOLLOW = 200
_JOB_LINK = re.compile(r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies))/.+|/j/[A-Za-z0-9]+", re.IGNORECASE)


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"})]


def _document(resp: Response) -> Any:
    try:
        return lxml.html.document_fromstring(resp.body, base_url=resp.url)
    except (ParserError, ValueError) as exc:
        raise ParseError(f"unreadable HTML from {resp.url}: {exc}") from exc


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        if "JobPosting" in types:
            yield node
        for key in ("@graph", "itemListElement", "item"):
            if key in node:
                yield from _walk(node[key])


def postings(doc: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """JobPosting objects in a document, and the errors of any JSON-LD block that does not parse."""
    found: list[dict[str, Any]] = []
    errors: list[str] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            data = json.loads(text, strict=False)  # job pages put raw newlines inside description strings
        except ValueError as exc:
            errors.append(f"malformed JSON-LD: {exc}")
            continue
        found.extend(_walk(data))
    return found, errors


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        return clean(value.get("name") or value.get("value"))
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t) or None
    return clean(value)


def _location(place: Any) -> str | None:
    if not isinstance(place, dict):
        return _text(place)
    address = place.get("address", place)
    if not isinstance(address, dict):
        return _text(address)
    parts = [_text(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
    return ", ".join(p for p in parts if p) or None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def build(raw: dict[str, Any], page_url: str, spec: SourceSpec) -> ScrapedJob:
    org: dict[str, Any] = raw["hiringOrganization"] if isinstance(raw.get("hiringOrganization"), dict) else {}
    locations = [loc for loc in (_location(p) for p in _as_list(raw.get("jobLocation"))) if loc]
    telecommute = "TELECOMMUTE" in str(raw.get("jobLocationType") or "").upper()
    if telecommute:
        required = [t for t in (_text(r) for r in _as_list(raw.get("applicantLocationRequirements"))) if t]
        locations += [f"Remote ({r})" for r in required] or ["Remote"]
    salary: dict[str, Any] = raw["baseSalary"] if isinstance(raw.get("baseSalary"), dict) else {}
    value: dict[str, Any] = salary["value"] if isinstance(salary.get("value"), dict) else {}
    identifier = raw.get("identifier")
    ident = _text(identifier.get("value")) if isinstance(identifier, dict) else _text(identifier)
    url: str = raw["url"] if isinstance(raw.get("url"), str) else page_url
    kinds = _as_list(raw.get("employmentType"))
    low = value.get("minValue", value.get("value"))
    domain = org.get("sameAs") if isinstance(org.get("sameAs"), str) else None
    return finish(
        ScrapedJob(
            external_id=ident or str(urldefrag(url)[0]),
            title=_text(raw.get("title")) or "",
            company=_text(org.get("name")) or spec.company,
            url=url,
            apply_url=url,
            description_html=unescape(raw.get("description")) if isinstance(raw.get("description"), str) else None,
            locations=locations,
            remote=telecommute,
            workplace_type="remote" if telecommute else None,
            employment_type=employment_type(kinds[0]) if kinds else None,
            department=_text(raw.get("occupationalCategory")) if isinstance(raw.get("occupationalCategory"), str) else None,
            salary_min=float(low) if isinstance(low, int | float) else None,
            salary_max=float(value["maxValue"]) if isinstance(value.get("maxValue"), int | float) else None,
            salary_currency=_text(salary.get("currency")),
            salary_period=period(value.get("unitText")) if value else None,
            posted_at=parse_time(raw.get("datePosted")),
            company_domain=urlsplit(domain).hostname if domain else None,
        )
    )


def _links(doc: Any, resp: Response, spec: SourceSpec) -> list[str]:
    pattern = spec.config.get("link_pattern")
    rx = re.compile(pattern) if isinstance(pattern, str) and pattern else _JOB_LINK
    host = urlsplit(resp.url).netloc
    out: dict[str, None] = {}
    for href in doc.xpath("//a/@href"):
        url = urldefrag(urljoin(resp.url, str(href)))[0]
        if url == resp.url or not url.startswith("http") or not rx.search(url):
            continue
        if pattern or urlsplit(url).netloc == host:
            out[url] = None
    return list(out)[: int(spec.config.get("max_follow", DEFAULT_MAX_FOLLOW))]


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    doc = _document(resp)
    found, json_errors = postings(doc)
    page = Page()
    for raw in found:
        try:
            job = build(raw, resp.url, spec)
            if req.meta.get("external_id") and len(found) == 1:
                job.external_id = req.meta["external_id"]  # the listing's link: the id a failed fetch is known by
            page.jobs.append(job)
        except Exception as exc:  # one broken posting is skipped, not the page
            page.errors.append(ItemError(req.meta.get("external_id"), f"{type(exc).__name__}: {exc}"))
    if found:
        return page
    if req.meta.get("external_id"):  # a followed job page with nothing to read
        reason = "; ".join(json_errors) or "no schema.org JobPosting JSON-LD"
        page.errors.append(ItemError(req.meta["external_id"], f"{reason} at {resp.url}"))
        return page
    links = _links(doc, resp, spec)
    if not links:
        reason = "; ".join(json_errors) or "no schema.org JobPosting JSON-LD and no job links"
        raise ParseError(f"{reason} at {resp.url}")
    page.follow = [Request(url, headers=req.headers, meta={"external_id": url}) for url in links]
    return page


KIND = Kind("jsonld", start, parse, conditional=False, description="schema.org JobPosting JSON-LD pages")
