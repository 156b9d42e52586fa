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


def _cents(value: Any) -> float | None:
    return float(value) / 100 if isinstance(value, int | float) and value > 0 else None


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    org = raw.get("organization") or {}
    public = raw.get("compensation_public") is not False
    locations = [str(x) for x in raw.get("locations") or [] if x]
    return finish(
        ScrapedJob(
            external_id=str(raw["id"]),
            title=raw["title"],
            company=org.get("name") or spec.company,
            url=raw.get("url"),
            apply_url=raw.get("url"),
            locations=locations,
            workplace_type=workplace_type(raw.get("work_mode")),
            employment_type=employment_type(raw.get("employment_type")),
            salary_min=_cents(raw.get("compensation_amount_min_cents")) if public else None,
            salary_max=_cents(raw.get("compensation_amount_max_cents")) if public else None,
            salary_currency=raw.get("compensation_currency") if public else None,
            salary_period=period(raw.get("compensation_period")) if public else None,
            posted_at=parse_time(raw.get("created_at")),
            company_domain=org.get("domain"),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    if req.meta.get("discover"):
        return _discover(spec, resp)
    data = load_json(resp.body, resp.url)
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, dict) or not isinstance(results.get("jobs"), list):
        raise ParseError(f"no 'results.jobs' list in Getro response from {resp.url}")
    jobs = results["jobs"]
    page = items_of(Page(), jobs, lambda raw: build(raw, spec), lambda raw: raw.get("id"))
    number = int(req.meta.get("page", 0))
    if jobs and (number + 1) * HITS_PER_PAGE < int(results.get("count") or 0):
        page.follow.append(Request(req.url, method="POST", headers=req.headers,
                                   json_body={**req.json_body, "page": number + 1}, meta={**req.meta, "page": number + 1}))
    return page


KIND = Kind("getro", start, parse, conditional=False, description="Getro collection job search (VC portfolio boards)")
