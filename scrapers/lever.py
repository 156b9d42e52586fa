"""Lever Postings API: GET api.lever.co/v0/postings/{company}?mode=json (api.eu.lever.co for EU accounts)."""

from __future__ import annotations

from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period, workplace_type


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _html(raw: dict[str, Any]) -> str:
    """Lever splits a posting into description, lists (responsibilities...) and closing text."""
    parts = [raw.get("description") or ""]
    for block in raw.get("lists") or []:
        if isinstance(block, dict):
            parts.append(f"<h3>{block.get('text') or ''}</h3><ul>{block.get('content') or ''}</ul>")
    parts.append(raw.get("additional") or "")
    return "".join(parts)


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    cats = raw.get("categories") or {}
    salary = raw.get("salaryRange") or {}
    locations = [cats.get("location") or "", *(cats.get("allLocations") or [])]
    return finish(
        ScrapedJob(
            external_id=raw["id"],
            title=raw["text"],
            company=spec.company,
            url=raw.get("hostedUrl"),
            apply_url=raw.get("applyUrl") or raw.get("hostedUrl"),
            description_html=_html(raw),
            locations=locations,
            workplace_type=workplace_type(raw.get("workplaceType")),
            employment_type=employment_type(cats.get("commitment")),
            department=cats.get("department") or cats.get("team"),
            salary_min=salary.get("min"),
            salary_max=salary.get("max"),
            salary_currency=salary.get("currency"),
            salary_period=period(salary.get("interval")) if salary else None,
            posted_at=parse_time(raw.get("createdAt")),
            ats_key=f"lever:{raw['id']}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, list):
        raise ParseError(f"Lever response from {resp.url} is not a list of postings")
    return items_of(Page(), data, lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("lever", start, parse, description="Lever postings API (mode=json), US or EU host")
