"""Getro, the platform behind the portfolio job boards of Pantera, Polychain, Dragonfly, Multicoin and many other
funds: POST api.getro.com/api/v2/collections/{id}/search/jobs, paged (about 20 hits per page). It answers 406
without `Accept: application/json`. Format per SOURCES.md (no recording exists)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period, workplace_type

HITS_PER_PAGE = 20


def _headers(spec: SourceSpec) -> dict[str, str]:
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    board = spec.config.get("board_url")
    if isinstance(board, str) and board:
        parts = urlsplit(board)
        headers["Origin"] = f"{parts.scheme}://{parts.netloc}"
        headers["Referer"] = board
    return headers


def _request(spec: SourceSpec, page: int) -> Request:
    body = {"hitsPerPage": HITS_PER_PAGE, "page": page, "query": "", "filters": dict(spec.config.get("filters") or {})}
    return Request(spec.url, method="POST", headers=_headers(spec), json_body=body, meta={"page": page})


def start(spec: SourceSpec) -> list[Request]:
    return [_request(spec, 0)]


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
    data = load_json(resp.body, resp.url)
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, dict) or not isinstance(results.get("jobs"), list):
        raise ParseError(f"no 'results.jobs' list in Getro response from {resp.url}")
    jobs = results["jobs"]
    page = items_of(Page(), jobs, lambda raw: build(raw, spec), lambda raw: raw.get("id"))
    number = int(req.meta.get("page", 0))
    if jobs and (number + 1) * HITS_PER_PAGE < int(results.get("count") or 0):
        page.follow.append(_request(spec, number + 1))
    return page


KIND = Kind("getro", start, parse, conditional=False, description="Getro collection job search (VC portfolio boards)")
