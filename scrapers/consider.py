"""Consider, the platform behind jobs.a16z.com (and, it seems, Paradigm's board): POST {board}/api-boards/search-jobs
with `{"meta": {"size": N, "sequence": cursor}, "board": {"id": ..., "isParent": true}, "query": {...}}`, paged by
the `meta.sequence` cursor of each response. Company records name the investors and markets. No recording exists;
the format follows SOURCES.md and public clients."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period

PAGE_SIZE = 100


def _board_id(spec: SourceSpec) -> str:
    board = spec.config.get("board_id")
    if isinstance(board, str) and board:
        return board
    host = urlsplit(spec.url).hostname or ""
    labels = [x for x in host.split(".") if x not in ("jobs", "careers", "www")]
    return labels[0] if labels else host


def _request(spec: SourceSpec, sequence: str | None, seen: int = 0) -> Request:
    meta: dict[str, Any] = {"size": int(spec.config.get("page_size", PAGE_SIZE))}
    if sequence:
        meta["sequence"] = sequence
    parts = urlsplit(spec.url)
    origin = f"{parts.scheme}://{parts.netloc}"
    body = {"meta": meta, "board": {"id": _board_id(spec), "isParent": True}, "query": {"promoteFeatured": True}}
    headers = {"Accept": "application/json", "Content-Type": "application/json", "Origin": origin, "Referer": f"{origin}/jobs"}
    return Request(spec.url, method="POST", headers=headers, json_body=body, meta={"sequence": sequence, "seen": seen})


def start(spec: SourceSpec) -> list[Request]:
    return [_request(spec, None)]


def _label(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("label") or value.get("value") or value.get("name")
    return value if isinstance(value, str) else None


def _names(values: Any) -> list[str]:
    return [n for n in (_label(v) for v in values or []) if n] if isinstance(values, list) else []


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    company: dict[str, Any] = raw["company"] if isinstance(raw.get("company"), dict) else {}
    salary: dict[str, Any] = raw["salary"] if isinstance(raw.get("salary"), dict) else {}
    locations = [str(x) for x in raw.get("locations") or [] if x and isinstance(x, str)]
    locations += [n for n in _names(raw.get("normalizedLocations")) if n not in locations]
    work = "remote" if raw.get("remote") else "hybrid" if raw.get("hybrid") else None
    job_types = _names(raw.get("jobTypes"))
    departments = _names(raw.get("departments"))
    return finish(
        ScrapedJob(
            external_id=str(raw.get("jobId") or raw["id"]),
            title=raw["title"],
            company=raw.get("companyName") or company.get("name") or spec.company,
            url=raw.get("url"),
            apply_url=raw.get("applyUrl") or raw.get("url"),
            locations=locations,
            remote=bool(raw.get("remote")),
            workplace_type=work,
            employment_type=employment_type(job_types[0]) if job_types else None,
            department=departments[0] if departments else None,
            salary_min=salary.get("minValue"),
            salary_max=salary.get("maxValue"),
            salary_currency=_label(salary.get("currency")),
            salary_period=period(_label(salary.get("period"))) if salary else None,
            posted_at=parse_time(raw.get("timeStamp") or raw.get("postedDate")),
            company_domain=raw.get("companyDomain") or company.get("domain"),
            investors=_names(raw.get("investors") or company.get("investors")),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Consider response from {resp.url}")
    page = items_of(Page(), data["jobs"], lambda raw: build(raw, spec), lambda raw: raw.get("jobId"))
    sequence = (data.get("meta") or {}).get("sequence")
    seen = int(req.meta.get("seen", 0)) + len(data["jobs"])
    total = data.get("total") if isinstance(data.get("total"), int) else None
    more = total is None or seen < total
    if data["jobs"] and sequence and sequence != req.meta.get("sequence") and more:
        page.follow.append(_request(spec, str(sequence), seen))
    return page


KIND = Kind("consider", start, parse, conditional=False, description="Consider board job search (jobs.a16z.com)")
