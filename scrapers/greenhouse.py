"""Greenhouse Job Board API: GET boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true (one response)."""

from __future__ import annotations

from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import clean, finish, load_json, parse_time, unescape, workplace_type


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _metadata(raw: dict[str, Any], *names: str) -> str | None:
    for entry in raw.get("metadata") or []:
        if isinstance(entry, dict) and entry.get("name") in names and isinstance(entry.get("value"), str):
            return entry["value"]
    return None


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    locations = [(raw.get("location") or {}).get("name") or ""]
    locations += [o.get("name") or "" for o in raw.get("offices") or [] if isinstance(o, dict)]
    departments = [d.get("name") for d in raw.get("departments") or [] if isinstance(d, dict) and d.get("name")]
    html = unescape(raw.get("content"))
    url = raw.get("absolute_url")
    return finish(
        ScrapedJob(
            external_id=str(raw["id"]),
            title=raw["title"],
            company=raw.get("company_name") or spec.company,
            url=url,
            apply_url=url,
            description_html=html or None,
            locations=locations,
            workplace_type=workplace_type(_metadata(raw, "Location Type", "Workplace Type", "Remote")),
            department=departments[0] if departments else clean(_metadata(raw, "Team", "Department")),
            posted_at=parse_time(raw.get("first_published")),
            updated_at=parse_time(raw.get("updated_at")),
            ats_key=f"greenhouse:{raw['id']}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Greenhouse response from {resp.url}")
    return items_of(Page(), data["jobs"], lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("greenhouse", start, parse, description="Greenhouse boards API (content=true)")
