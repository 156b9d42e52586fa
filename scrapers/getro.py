"""Getro, the platform behind the portfolio job boards of Pantera, Polychain, Dragonfly, Multicoin and many other
funds: POST api.getro.com/api/v2/collections/{id}/search/jobs, paged (about 20 hits per page). It answers 406
without `Accept: application/json`. Format per SOURCES.md (no recording exists).

`url` is either that search endpoint, or the board's own page (e.g. https://jobs.example.vc/jobs): then the collection
id is read from the page's `__NEXT_DATA__.props.pageProps.network.id` first (config `api_base` overrides the API host).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period, workplace_type

HITS_PER_PAGE = 20
API_BASE = "https://api.getro.com"
_SEARCH = re.compile(r"/api/v2/collections/\d+/search/jobs")
_NEXT_DATA = re.compile(rb'<script[^>]*id="__NEXT_DATA__"[^>]*>(.*?)</script>', re.DOTALL)


def _headers(spec: SourceSpec) -> dict[str, str]:
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    board = spec.config.get("board_url")
    if isinstance(board, str) and board:
        parts = urlsplit(board)
        headers["Origin"] = f"{parts.scheme}://{parts.netloc}"
        headers["Referer"] = board
    return headers


def _request(spec: SourceSpec, page: int, url: str | None = None) -> Request:
    body = {"hitsPerPage": HITS_PER_PAGE, "page": page, "query": "", "filters": dict(spec.config.get("filters") or {})}
    target = url or spec.url
    return Request(target, method="POST", headers=_headers(spec), json_body=body, meta={"page": page, "api": target})


def start(spec: SourceSpec) -> list[Request]:
    if _SEARCH.search(spec.url):
        return [_request(spec, 0)]
    return [Request(spec.url, headers={"Accept": "text/html"}, meta={"discover": True})]


def _discover(spec: SourceSpec, resp: Response) -> Page:
    m = _NEXT_DATA.search(resp.body)
    try:
        network = json.loads(m.group(1))["props"]["pageProps"]["network"] if m else None
        collection = int(network["id"]) if isinstance(network, dict) else None
    except (ValueError, KeyError, TypeError):
        collection = None
    if collection is None:
        raise ParseError(f"no Getro collection id (__NEXT_DATA__ network.id) on {resp.url}")
    base = str(spec.config.get("api_base") or API_BASE).rstrip("/")
    board = dict(spec.config)
    board.setdefault("board_url", spec.url)
    spec = SourceSpec(spec.name, spec.kind, spec.url, board, spec.company, spec.investor)
    return Page(follow=[_request(spec, 0, f"{base}/api/v2/collections/{collection}/search/jobs")])


def _get(raw: dict[str, Any], key: str) -> Any:
    """A field by its API name (snake_case), or as the board page's embedded state spells it (camelCase)."""
    if raw.get(key) is not None:
        return raw[key]
    head, *rest = key.split("_")
    return raw.get(head + "".join(part.title() for part in rest))


def _cents(value: Any) -> float | None:
    if isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?", value.strip()):
        value = float(value)
    return float(value) / 100 if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("label") or value.get("value")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]  # a bare string is one location, not its letters
    return [name for name in (_name(v) for v in items) if name]


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    org = raw.get("organization")
    org = org if isinstance(org, dict) else {"name": org} if isinstance(org, str) else {}
    ident = raw.get("id") if raw.get("id") not in (None, "") else raw.get("slug")
    if ident in (None, ""):
        raise ValueError("posting has no id")
    public = _get(raw, "compensation_public") is not False
    kinds = _names(_get(raw, "employment_type"))
    url = raw.get("url") if isinstance(raw.get("url"), str) and raw["url"].strip() else None
    return finish(
        ScrapedJob(
            external_id=str(ident),
            title=_name(raw.get("title")) or "",
            company=_name(org.get("name")) or spec.company,
            url=url,
            apply_url=url,
            locations=_names(raw.get("locations")) or _names(_get(raw, "searchable_locations")),
            workplace_type=workplace_type(_name(_get(raw, "work_mode"))),
            employment_type=employment_type(kinds[0]) if kinds else None,
            salary_min=_cents(_get(raw, "compensation_amount_min_cents")) if public else None,
            salary_max=_cents(_get(raw, "compensation_amount_max_cents")) if public else None,
            salary_currency=_name(_get(raw, "compensation_currency")) if public else None,
            salary_period=period(_get(raw, "compensation_period")) if public else None,
            posted_at=parse_time(_get(raw, "created_at")),
            company_domain=_name(org.get("domain")),
            company_description=_org_text(org),
        )
    )


def _org_text(org: dict[str, Any]) -> str | None:
    """The organization's blurb and its topics / industry tags ("Crypto, AI"): what the board says the company is."""
    topics = _names(org.get("topics")) + _names(org.get("industry_tags"))
    parts = [_name(org.get("description")), ", ".join(topics) if topics else None]
    return ". ".join(p.rstrip(". ") for p in parts if p) or None


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    if req.meta.get("discover"):
        return _discover(spec, resp)
    data = load_json(resp.body, resp.url)
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, dict) or not isinstance(results.get("jobs"), list):
        raise ParseError(f"no 'results.jobs' list in Getro response from {resp.url}")
    jobs = results["jobs"]
    page = items_of(Page(), jobs, lambda raw: build(raw, spec), lambda raw: raw.get("id") or raw.get("slug"))
    number = int(req.meta.get("page", 0))
    count = results.get("count")
    count = int(count) if isinstance(count, int | float | str) and str(count).strip().isdigit() else None
    more = (
        (number + 1) * HITS_PER_PAGE < count if count is not None else len(jobs) >= HITS_PER_PAGE
    )  # no count: a full page
    if jobs and more:
        page.follow.append(
            Request(
                req.url,
                method="POST",
                headers=req.headers,
                json_body={**req.json_body, "page": number + 1},
                meta={**req.meta, "page": number + 1},
            )
        )
    return page


KIND = Kind("getro", start, parse, conditional=False, description="Getro collection job search (VC portfolio boards)")
