"""Ashby posting API: GET api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true."""

from __future__ import annotations

from typing import Any

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period, workplace_type


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _salary(comp: dict[str, Any]) -> tuple[Any, Any, Any, str | None]:
    for part in comp.get("summaryComponents") or []:
        if isinstance(part, dict) and part.get("compensationType") == "Salary" and part.get("minValue") is not None:
            return part.get("minValue"), part.get("maxValue"), part.get("currencyCode"), period(part.get("interval"))
    return None, None, None, None


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob | None:
    if raw.get("isListed") is False:
        return None
    locations = [raw.get("location") or ""]
    locations += [s.get("location") or "" for s in raw.get("secondaryLocations") or [] if isinstance(s, dict)]
    low, high, currency, per = _salary(raw.get("compensation") or {})
    work = workplace_type(raw.get("workplaceType")) or ("remote" if raw.get("isRemote") else None)
    return finish(
        ScrapedJob(
            external_id=raw["id"],
            title=raw["title"],
            company=spec.company,
            url=raw.get("jobUrl"),
            apply_url=raw.get("applyUrl") or raw.get("jobUrl"),
            description=raw.get("descriptionPlain") or "",
            description_html=raw.get("descriptionHtml"),
            locations=locations,
            remote=bool(raw.get("isRemote")),
            workplace_type=work,
            employment_type=employment_type(raw.get("employmentType")),
            department=raw.get("department") or raw.get("team"),
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=per,
            posted_at=parse_time(raw.get("publishedAt")),
            ats_key=f"ashby:{raw['id']}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Ashby response from {resp.url}")
    return items_of(Page(), data["jobs"], lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("ashby", start, parse, description="Ashby posting API with compensation")
