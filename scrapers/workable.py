"""Workable: the public widget API (GET apply.workable.com/api/v1/widget/accounts/{slug}, where
www.workable.com/api/accounts/{slug}?details=true redirects) or the careers-page API (POST
apply.workable.com/api/v3/accounts/{slug}/jobs, paged by a `nextPage` token). The kind picks by URL.

Widget rows (workable.readme.io/reference/jobs-1): shortcode, title, employment_type, telecommuting, workplace_type,
department, url, application_url, published_on / created_at (dates), city, state, country, locations[{city, region,
country, hidden}], description (with details=true). A job posted in several cities comes as one row per city, all
with its shortcode. v3 results: shortcode, title, remote, workplace (on_site | hybrid | remote), type, department[],
location {city, region, country}, locations[], published (ISO). Either may carry salary {salary_from, salary_to,
salary_currency} as the account API documents it.
"""

from __future__ import annotations

import re
from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.boards import board_company, country_codes
from scrapers.normalize import (
    amount,
    as_dict,
    employment_type,
    finish,
    guess_period,
    load_json,
    parse_time,
    place,
    workplace_type,
)

_V3 = re.compile(r"/api/v3/accounts/([^/]+)/jobs")


def start(spec: SourceSpec) -> list[Request]:
    if _V3.search(spec.url):
        return [
            Request(
                spec.url,
                method="POST",
                json_body={"query": "", "location": [], "department": [], "worktype": [], "remote": []},
            )
        ]
    return [Request(spec.url)]


def _place(loc: Any) -> str:
    if not isinstance(loc, dict):
        return ""
    return place(loc.get("city"), loc.get("region") or loc.get("state"), loc.get("country"))


def _locations(row: dict[str, Any]) -> list[str]:
    """The visible locations of a row; its own city/state/country (or `location`) when it lists none."""
    shown = [_place(loc) for loc in row.get("locations") or [] if isinstance(loc, dict) and not loc.get("hidden")]
    return [x for x in shown if x] or [_place(row.get("location")) or _place(row)]


def _countries(row: dict[str, Any]) -> list[Any]:
    """Country codes (countryCode) or names of a row, its `location` and its `locations`, hidden ones too."""
    places = [row, as_dict(row.get("location")), *(x for x in row.get("locations") or [] if isinstance(x, dict))]
    return [p.get("countryCode") or p.get("country_code") or p.get("country") for p in places]


def _salary(raw: dict[str, Any]) -> dict[str, Any]:
    salary = as_dict(raw.get("salary"))
    low = salary.get("salary_from")
    return {
        "salary_min": low,
        "salary_max": salary.get("salary_to"),
        "salary_currency": salary.get("salary_currency"),
        "salary_period": guess_period(None, amount(low)),
    }


def _work(raw: dict[str, Any], *keys: str) -> str | None:
    return next((w for w in (workplace_type(raw.get(k)) for k in keys) if w), None)


def build_widget(rows: list[dict[str, Any]], company: str | None) -> ScrapedJob:
    """One posting from its rows (one per city)."""
    raw = rows[0]
    html = "".join(raw.get(k) or "" for k in ("description", "requirements", "benefits") if isinstance(raw.get(k), str))
    return finish(
        ScrapedJob(
            external_id=raw["shortcode"],
            title=raw["title"],
            company=company,
            url=raw.get("url") or raw.get("shortlink"),
            apply_url=raw.get("application_url") or raw.get("url"),
            description_html=html or None,
            locations=[loc for row in rows for loc in _locations(row)],
            remote=raw.get("telecommuting") is True,
            workplace_type=_work(raw, "workplace_type", "workplace"),
            employment_type=employment_type(raw.get("employment_type")),
            department=raw.get("department") or raw.get("function"),
            posted_at=parse_time(raw.get("published_on") or raw.get("created_at")),
            ats_key=f"workable:{str(raw['shortcode']).lower()}",
            countries=country_codes(c for row in rows for c in _countries(row)),
            **_salary(raw),
        )
    )


def build_v3(raw: dict[str, Any], slug: str, company: str | None) -> ScrapedJob:
    department = raw.get("department")
    departments = department if isinstance(department, list) else [department]
    url = f"https://apply.workable.com/{slug}/j/{raw['shortcode']}/"
    return finish(
        ScrapedJob(
            external_id=raw["shortcode"],
            title=raw["title"],
            company=company,
            url=url,
            apply_url=url + "apply/",
            locations=_locations(raw),
            remote=raw.get("remote") is True,
            workplace_type=_work(raw, "workplace", "workplace_type"),
            employment_type=employment_type(raw.get("type") or raw.get("employment_type")),
            department=next((d for d in departments if isinstance(d, str) and d.strip()), None),
            posted_at=parse_time(raw.get("published") or raw.get("created")),
            ats_key=f"workable:{str(raw['shortcode']).lower()}",
            countries=country_codes(_countries(raw)),
            **_salary(raw),
        )
    )


def _by_shortcode(rows: list[Any]) -> list[list[Any]]:
    """Rows grouped by shortcode in first-seen order; a row without one stays alone (and fails as an item)."""
    groups: dict[Any, list[Any]] = {}
    for i, row in enumerate(rows):
        code = row.get("shortcode") if isinstance(row, dict) else None
        groups.setdefault(code if isinstance(code, str) and code else ("row", i), []).append(row)
    return list(groups.values())


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict):
        raise ParseError(f"Workable response from {resp.url} is not an object")
    v3 = _V3.search(req.url)
    if v3:
        if not isinstance(data.get("results"), list):
            raise ParseError(f"no 'results' list in Workable response from {resp.url}")
        company = board_company(spec, pattern=_V3.pattern)
        page = items_of(
            Page(), data["results"], lambda r: build_v3(r, v3.group(1), company), lambda r: r.get("shortcode")
        )
        token = data.get("nextPage")
        if token and data["results"]:
            page.follow.append(Request(req.url, method="POST", json_body={**(req.json_body or {}), "token": token}))
        return page
    if not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Workable response from {resp.url}")
    company = board_company(spec, data.get("name"), r"/accounts/([^/]+)")
    return items_of(
        Page(),
        _by_shortcode(data["jobs"]),
        lambda rows: build_widget(rows, company),
        lambda rows: rows[0].get("shortcode"),
    )


KIND = Kind("workable", start, parse, description="Workable widget API (v1) or careers API (v3, POST, paged)")
