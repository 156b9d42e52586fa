"""Workable: the public widget API (GET apply.workable.com/api/v1/widget/accounts/{slug}) or the careers-page API
(POST apply.workable.com/api/v3/accounts/{slug}/jobs, paged by a `nextPage` token). The kind picks by URL."""

from __future__ import annotations

import re
from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time

_V3 = re.compile(r"/api/v3/accounts/([^/]+)/jobs")


def start(spec: SourceSpec) -> list[Request]:
    if _V3.search(spec.url):
        return [Request(spec.url, method="POST", json_body={"query": "", "location": [], "department": [], "worktype": [], "remote": []})]
    return [Request(spec.url)]


def _place(loc: dict[str, Any]) -> str:
    return ", ".join(str(x) for x in (loc.get("city"), loc.get("region"), loc.get("country")) if x)


def build_widget(raw: dict[str, Any], company: str | None) -> ScrapedJob:
    locations = [_place(loc) for loc in raw.get("locations") or [] if isinstance(loc, dict)]
    if not locations:
        locations = [_place(raw)]
    return finish(
        ScrapedJob(
            external_id=raw["shortcode"],
            title=raw["title"],
            company=company,
            url=raw.get("url") or raw.get("shortlink"),
            apply_url=raw.get("application_url") or raw.get("url"),
            locations=locations,
            remote=bool(raw.get("telecommuting")),
            workplace_type="remote" if raw.get("telecommuting") else None,
            employment_type=employment_type(raw.get("employment_type")),
            department=raw.get("department") or raw.get("function"),
            posted_at=parse_time(raw.get("published_on") or raw.get("created_at")),
            ats_key=f"workable:{str(raw['shortcode']).lower()}",
        )
    )


def build_v3(raw: dict[str, Any], slug: str, company: str | None) -> ScrapedJob:
    locations = [_place(loc) for loc in raw.get("locations") or [] if isinstance(loc, dict) and not loc.get("hidden")]
    departments = raw.get("department") or []
    url = f"https://apply.workable.com/{slug}/j/{raw['shortcode']}/"
    work = raw.get("workplace")
    return finish(
        ScrapedJob(
            external_id=raw["shortcode"],
            title=raw["title"],
            company=company,
            url=url,
            apply_url=url + "apply/",
            locations=locations or [_place(raw.get("location") or {})],
            remote=bool(raw.get("remote")),
            workplace_type={"remote": "remote", "hybrid": "hybrid", "on_site": "onsite", "onsite": "onsite"}.get(work or ""),
            employment_type=employment_type(raw.get("type")),
            department=departments[0] if isinstance(departments, list) and departments else None,
            posted_at=parse_time(raw.get("published")),
            ats_key=f"workable:{str(raw['shortcode']).lower()}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict):
        raise ParseError(f"Workable response from {resp.url} is not an object")
    v3 = _V3.search(req.url)
    if v3:
        if not isinstance(data.get("results"), list):
            raise ParseError(f"no 'results' list in Workable response from {resp.url}")
        page = items_of(Page(), data["results"], lambda r: build_v3(r, v3.group(1), spec.company), lambda r: r.get("shortcode"))
        token = data.get("nextPage")
        if token and data["results"]:
            page.follow.append(Request(req.url, method="POST", json_body={**(req.json_body or {}), "token": token}))
        return page
    if not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Workable response from {resp.url}")
    company = spec.company or data.get("name")
    return items_of(Page(), data["jobs"], lambda r: build_widget(r, company), lambda r: r.get("shortcode"))


KIND = Kind("workable", start, parse, description="Workable widget API (v1) or careers API (v3, POST, paged)")
