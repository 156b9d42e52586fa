"""Lever Postings API: GET api.lever.co/v0/postings/{company}?mode=json (api.eu.lever.co for EU accounts).

Fields per github.com/lever/postings-api: categories {location, allLocations, commitment, team, department},
workplaceType (unspecified | on-site | remote | hybrid), salaryRange {min, max, currency, interval: per-year-salary,
per-month-salary, per-hour-wage, ...}, salaryDescription, createdAt in epoch milliseconds, country (ISO code or null).
"""

from __future__ import annotations

from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.boards import board_company, country_codes
from scrapers.normalize import as_dict, employment_type, finish, load_json, parse_time, period, workplace_type

_TOKEN = r"/postings/([^/]+)"


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _html(raw: dict[str, Any]) -> str:
    """Lever splits a posting into description, lists (responsibilities...), pay note and closing text."""
    parts = [raw.get("description") or ""]
    for block in raw.get("lists") or []:
        if isinstance(block, dict):
            parts.append(f"<h3>{block.get('text') or ''}</h3><ul>{block.get('content') or ''}</ul>")
    parts += [raw.get("salaryDescription") or "", raw.get("additional") or ""]
    return "".join(p for p in parts if isinstance(p, str))


def _plain(raw: dict[str, Any]) -> str:
    """The plain-text twins, for a posting whose HTML fields are empty."""
    parts = (raw.get(k) for k in ("descriptionPlain", "salaryDescriptionPlain", "additionalPlain"))
    return "\n\n".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    cats = as_dict(raw.get("categories"))
    salary = as_dict(raw.get("salaryRange"))
    all_locations = cats.get("allLocations")
    locations = [cats.get("location"), *(all_locations if isinstance(all_locations, list) else [all_locations])]
    locations = [loc for loc in locations if isinstance(loc, str) and loc.strip()] or [raw.get("country") or ""]
    html = _html(raw)
    return finish(
        ScrapedJob(
            external_id=raw["id"],
            title=raw["text"],
            company=board_company(spec, pattern=_TOKEN),
            url=raw.get("hostedUrl"),
            apply_url=raw.get("applyUrl") or raw.get("hostedUrl"),
            description="" if html.strip() else _plain(raw),
            description_html=html,
            locations=locations,
            workplace_type=workplace_type(raw.get("workplaceType")),
            employment_type=employment_type(cats.get("commitment")),
            department=cats.get("department") or cats.get("team"),
            salary_min=salary.get("min"),
            salary_max=salary.get("max"),
            salary_currency=salary.get("currency"),
            salary_period=period(salary.get("interval")),
            posted_at=parse_time(raw.get("createdAt")),
            updated_at=parse_time(raw.get("updatedAt")),
            ats_key=f"lever:{raw['id']}",
            countries=country_codes([raw.get("country")]),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, list):
        raise ParseError(f"Lever response from {resp.url} is not a list of postings")
    return items_of(Page(), data, lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("lever", start, parse, description="Lever postings API (mode=json), US or EU host")
