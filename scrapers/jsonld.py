"""Any career or job page carrying schema.org JobPosting JSON-LD. A listing page without postings is followed to its
job pages (links matching `config.link_pattern`, else same-host links that look like job pages).

Pages write JSON-LD loosely: postings sit in `@graph`, arrays, `mainEntity` or several script blocks; blocks come
CDATA-wrapped, entity-escaped or with trailing commas; values are strings, objects, lists or `@id` references. The
reading below accepts all of these; a block that still does not parse only matters when no posting was found.
"""

from __future__ import annotations

import contextlib
import html as htmllib
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from scrapers.base import ItemError, Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec
from scrapers.normalize import amount, clean, currency_code, employment_type, finish, parse_time, period, workplace_type
from scrapers.pages import document, script_blocks

DEFAULT_MAX_FOLLOW = 200
_JOB_LINK = re.compile(r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies))/.+|/j/[A-Za-z0-9]+", re.IGNORECASE)
_MAX_DEPTH = 40
# Profiles, not the employer's own site: never a company domain.
_SOCIAL = re.compile(
    r"(^|\.)(linkedin|twitter|x|facebook|instagram|github|youtube|crunchbase|glassdoor|wikipedia|"
    r"wikidata|medium|t|angel|wellfound)\.(com|org|me|co)$"
)
_UNIT_CODES = {"ANN": "year", "HUR": "hour", "DAY": "day", "WEE": "week", "MON": "month"}  # UN/CEFACT unitCode


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"})]


# --- postings in the page ------------------------------------------------------------------------------------------


def _is_posting(node: Mapping[str, Any]) -> bool:
    for kind in _as_list(
        node.get("@type")
    ):  # "JobPosting", ["JobPosting"], "schema:JobPosting", "http://schema.org/..."
        if isinstance(kind, str) and re.split(r"[/:#]", kind.strip())[-1].lower() == "jobposting":
            return True
    return False


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """JobPosting nodes anywhere (@graph, arrays, mainEntity, itemListElement...), not inside another posting."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        if _is_posting(node):
            yield node
            return
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _walk(value, depth + 1)


def _index(node: Any, refs: dict[str, dict[str, Any]], depth: int = 0) -> None:
    """Every node that has an @id and says more than its type, to resolve references to it."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, dict):
        ident = node.get("@id")
        if isinstance(ident, str) and not set(node) <= {"@id", "@type"}:
            refs.setdefault(ident, node)
        node = list(node.values())
    if isinstance(node, list):
        for item in node:
            if isinstance(item, dict | list):
                _index(item, refs, depth + 1)


def _resolve(node: Any, refs: Mapping[str, dict[str, Any]], depth: int = 0) -> Any:
    """`{"@id": "#org"}` replaced by the node it names (hiringOrganization, jobLocation... often live in @graph)."""
    if depth > 4:
        return node
    if isinstance(node, list):
        return [_resolve(v, refs, depth + 1) for v in node]
    if isinstance(node, dict):
        ident = node.get("@id")
        if isinstance(ident, str) and set(node) <= {"@id", "@type"} and ident in refs:
            node = refs[ident]
        return {k: _resolve(v, refs, depth + 1) for k, v in node.items()}
    return node


def postings(doc: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """JobPosting objects in a document, and the errors of any JSON-LD block that does not parse."""
    blocks, errors = script_blocks(doc, "ld+json", "JSON-LD")
    refs: dict[str, dict[str, Any]] = {}
    _index(blocks, refs)
    raw = [node for block in blocks for node in _walk(block)]
    found: dict[str, dict[str, Any]] = {}
    for node in raw:
        posting = _resolve(node, refs)
        if set(posting) <= {"@id", "@type"}:
            continue  # a reference to a posting that is not on this page
        found.setdefault(json.dumps(posting, sort_keys=True, default=str), posting)  # the same block twice: once
    return list(found.values()), errors


# --- one posting --------------------------------------------------------------------------------------------------


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _first(value: Any) -> Any:
    return next((v for v in _as_list(value) if v not in (None, "", {}, [])), None)


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("value"))
    if isinstance(value, list):
        return ", ".join(dict.fromkeys(t for t in (_text(v) for v in value) if t)) or None
    if isinstance(value, bool):
        return None
    text = clean(value)
    return clean(htmllib.unescape(text)) if text and "&" in text else text


def _location(place: Any) -> str | None:
    if not isinstance(place, dict):
        return _text(place)
    address = _first(place.get("address"))
    if address is None and any(k.startswith("address") for k in place):
        address = place  # a PostalAddress given as the location itself
    if isinstance(address, dict):
        parts = [_text(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
        unique = dict.fromkeys(p for p in parts if p)  # "Singapore, Singapore" once
        if unique:
            return ", ".join(unique)
        return _text(address.get("name")) or _text(place.get("name"))
    return _text(address) or _text(place.get("name"))


def _where(raw: Mapping[str, Any]) -> tuple[list[str], str | None]:
    """(locations, workplace type). TELECOMMUTE postings name where applicants may live, if anywhere."""
    locations = [loc for loc in (_location(p) for p in _as_list(raw.get("jobLocation"))) if loc]
    kinds = [workplace_type(t) for t in _as_list(raw.get("jobLocationType")) if isinstance(t, str)]
    workplace = next((k for k in kinds if k), None)
    if workplace == "remote":
        required = [t for t in (_location(r) for r in _as_list(raw.get("applicantLocationRequirements"))) if t]
        locations += [f"Remote ({r})" for r in required] or ["Remote"]
    return locations, workplace


def _range(value: Any) -> tuple[float | None, float | None]:
    """ "$100,000 - $150,000" or "80000 to 95000" written as one value."""
    parts = re.split(r"\s*(?:-|–|—|\bto\b)\s*", value.strip()) if isinstance(value, str) else []
    if len(parts) == 2 and all(re.search(r"\d", p) for p in parts):
        return amount(parts[0]), amount(parts[1])
    one = amount(value)
    return one, one


def _currency(value: Any) -> str | None:
    return currency_code(_text(value))


def _salary_parts(base: Any, currency: Any) -> tuple[Any, Any, Any, Any, Any]:
    """(currency, unit, min, max, single value) as written in baseSalary, unconverted; a non-object base is the
    single value itself."""
    unit, low, high, single = None, None, None, base
    if isinstance(base, dict):
        currency = base.get("currency") or base.get("priceCurrency") or currency
        unit = base.get("unitText") or base.get("unitCode")
        low, high = base.get("minValue", base.get("minPrice")), base.get("maxValue", base.get("maxPrice"))
        single = base.get("value", base.get("price"))
        if isinstance(single, list) and len(single) == 2 and not isinstance(single[0], dict):
            low, high, single = single[0], single[1], None  # [min, max]
        single = _first(single)
        if isinstance(single, dict):  # QuantitativeValue
            unit = single.get("unitText") or single.get("unitCode") or unit
            currency = single.get("currency") or currency
            low, high = single.get("minValue", low), single.get("maxValue", high)
            single = single.get("value")
    return currency, unit, low, high, single


def _salary_period(unit: Any) -> str | None:
    """A UN/CEFACT unit code ("ANN") or a written unit ("YEAR", "per hour")."""
    unit_text = _text(unit)
    found = _UNIT_CODES.get(unit_text.upper()) if unit_text else None
    return found or (period(unit_text) if unit_text else None)


def _salary(raw: Mapping[str, Any]) -> tuple[float | None, float | None, str | None, str | None]:
    """(min, max, currency, period) from baseSalary: a number, a MonetaryAmount whose value is a number, a string or a
    QuantitativeValue, or a PriceSpecification; the currency may sit on the posting (salaryCurrency)."""
    base = _first(raw.get("baseSalary"))
    currency, unit, low, high, single = _salary_parts(base, raw.get("salaryCurrency"))
    lo, hi = amount(low), amount(high)
    if lo is None and hi is None:
        lo, hi = _range(single)
    if lo is not None and hi is not None and hi < lo:
        lo, hi = hi, lo
    per = _salary_period(unit)
    if lo is None and hi is None:
        return None, None, None, None
    return lo, hi if hi is not None else lo, _currency(currency), per


def _when(value: Any) -> datetime | None:
    """datePosted as a date, a datetime with or without zone, YYYYMMDD, an RFC 2822 date or a plain written date
    (normalize.parse_time), also when wrapped in a list or a typed value ({"@value": ...})."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return parse_time(value)


def _url(value: Any, page_url: str) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if not isinstance(value, str) or not value.strip():
        return None
    url = urljoin(page_url, value.strip())
    return url if url.startswith(("http://", "https://")) else None


def _identifier(value: Any) -> str | None:
    for item in _as_list(value):  # PropertyValue {name, value}, a plain string or number; never the name alone
        ident = _text(item.get("value") or item.get("@value")) if isinstance(item, dict) else _text(item)
        if ident:
            return ident
    return None


def _id_of(raw: Mapping[str, Any], page_url: str) -> str:
    return _identifier(raw.get("identifier")) or urldefrag(_url(raw.get("url"), page_url) or page_url)[0]


def _domain(org: Mapping[str, Any]) -> str | None:
    for link in [*_as_list(org.get("url")), *_as_list(org.get("sameAs"))]:
        host = urlsplit(link.strip()).hostname if isinstance(link, str) and "//" in link else None
        if host and not _SOCIAL.search(host):
            return host.removeprefix("www.")
    return None


def _description(value: Any) -> str | None:
    value = _first(value)
    text = value.get("@value") if isinstance(value, dict) else value
    if not isinstance(text, str):
        return None
    for _ in range(2):  # "&lt;p&gt;" (sometimes escaped twice) is markup to read, not text to show
        if "<" not in text and re.search(r"&(lt|#60|#x3c);", text, re.IGNORECASE):
            text = htmllib.unescape(text)
    return text or None


def build(raw: dict[str, Any], page_url: str, spec: SourceSpec) -> ScrapedJob:
    org = _first(raw.get("hiringOrganization"))
    org = org if isinstance(org, dict) else {"name": org}  # a plain string names the company
    locations, workplace = _where(raw)
    low, high, currency, per = _salary(raw)
    url = urldefrag(_url(raw.get("url"), page_url) or page_url)[0]
    kinds = [k for k in (_text(v) for v in _as_list(raw.get("employmentType"))) if k]
    unit = raw.get("employmentUnit")
    category = raw.get("occupationalCategory")
    return finish(
        ScrapedJob(
            external_id=_id_of(raw, page_url),
            title=_text(raw.get("title")) or _text(raw.get("name")) or "",
            company=_text(org.get("name") or org.get("legalName")) or spec.company,
            url=url,
            apply_url=url,  # directApply false still means "apply from this page"; downstream needs a URL either way
            description_html=_description(raw.get("description")),
            locations=locations,
            remote=workplace == "remote",
            workplace_type=workplace,
            employment_type=employment_type(kinds[0]) if kinds else None,
            department=_text(unit)
            if isinstance(unit, dict)
            else _text(category)
            if isinstance(category, str)
            else None,
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=per,
            posted_at=_when(raw.get("datePosted")),
            updated_at=_when(raw.get("dateModified")),
            company_domain=_domain(org),
            company_description=_text(org.get("description")),
        )
    )


# --- the page -------------------------------------------------------------------------------------------------------


def _links(doc: Any, resp: Response, spec: SourceSpec) -> list[str]:
    pattern = spec.config.get("link_pattern")
    rx = re.compile(pattern) if isinstance(pattern, str) and pattern else _JOB_LINK
    base_href = doc.xpath("//base/@href")
    base = urljoin(resp.url, str(base_href[0]).strip()) if base_href else resp.url
    here = urldefrag(resp.url)[0].rstrip("/")
    host = urlsplit(resp.url).netloc
    out: dict[str, None] = {}
    for href in doc.xpath("//a/@href"):
        url = urldefrag(urljoin(base, str(href).strip()))[0]
        if url.rstrip("/") == here or not url.startswith(("http://", "https://")) or not rx.search(url):
            continue
        if pattern or urlsplit(url).netloc == host:
            out[url] = None
    return list(out)[: int(spec.config.get("max_follow", DEFAULT_MAX_FOLLOW))]


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    doc = document(resp)
    found, json_errors = postings(doc)
    page = Page()
    followed = req.meta.get("external_id")  # the listing's link: the id a failed fetch is known by
    for raw in found:
        try:
            job = build(raw, resp.url, spec)
            if followed and len(found) == 1:
                job.external_id = followed
            page.jobs.append(job)
        except Exception as exc:  # one broken posting is skipped, not the page
            ident = followed if followed and len(found) == 1 else None
            if ident is None:
                with contextlib.suppress(Exception):  # the id is a courtesy here
                    ident = _id_of(raw, resp.url)
            page.errors.append(ItemError(ident, f"{type(exc).__name__}: {exc}"))
    if found:
        return page
    if followed:  # a followed job page with nothing to read
        reason = "; ".join(json_errors) or "no schema.org JobPosting JSON-LD"
        page.errors.append(ItemError(followed, f"{reason} at {resp.url}"))
        return page
    links = _links(doc, resp, spec)
    if not links:
        reason = "; ".join(json_errors) or "no schema.org JobPosting JSON-LD and no job links"
        raise ParseError(f"{reason} at {resp.url}")
    page.follow = [Request(url, headers=req.headers, meta={"external_id": url}) for url in links]
    return page


KIND = Kind("jsonld", start, parse, conditional=False, description="schema.org JobPosting JSON-LD pages")
