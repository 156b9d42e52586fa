"""Consider, the platform behind jobs.a16z.com (and, it seems, Paradigm's board). Company records name the investors
and markets. No recording exists; the format follows SOURCES.md and public clients. A source is either:

- the search API (a URL under /api-boards/): POST {board}/api-boards/search-jobs with
  `{"meta": {"size": N, "sequence": cursor}, "board": {"id": ..., "isParent": true}, "query": {...}}`, paged by the
  `meta.sequence` cursor of each response;
- or a page that embeds the same job objects (a16zcrypto.com/jobs; any other URL): fetched once with GET, its
  `<script type="application/json">` blocks (Next.js `__NEXT_DATA__` among them) are walked for lists of job objects.
  One fetch, no cursor. Either way an HTML answer is read as such a page.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time, period
from scrapers.pages import document, script_blocks

PAGE_SIZE = 100
# Keys only a Consider job object carries (besides `title`): how an embedded list of jobs is recognized.
_JOB_KEYS = frozenset({"jobId", "companyName", "normalizedLocations", "jobTypes", "applyUrl", "timeStamp"})


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
    if "/api-boards/" in urlsplit(spec.url).path:
        return [_request(spec, None)]
    return [Request(spec.url, headers={"Accept": "text/html,application/xhtml+xml"})]


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


def _is_html(resp: Response) -> bool:
    head = resp.body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"<" or (head not in (b"{", b"[") and "html" in resp.headers.get("content-type", "").lower())


def _looks_like_job(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("title"), str) and not _JOB_KEYS.isdisjoint(value)


def _job_lists(data: Any) -> list[list[Any]]:
    """Every list in a JSON document whose objects are Consider jobs (its broken members included)."""
    found: list[list[Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list) and node and all(isinstance(x, dict) for x in node) and any(map(_looks_like_job, node)):
            found.append(node)
        elif isinstance(node, list | dict):
            stack.extend(reversed(node if isinstance(node, list) else list(node.values())))
    return found


def embedded_jobs(resp: Response) -> list[Any]:
    """The job objects a page embeds in its JSON script blocks, each once (pages repeat them, e.g. featured jobs)."""
    blocks, errors = script_blocks(document(resp), "application/json")
    jobs: dict[str, Any] = {}
    for raw in (raw for block in blocks for found in _job_lists(block) for raw in found):
        jobs.setdefault(str(raw.get("jobId") or raw.get("id") or f"#{len(jobs)}"), raw)
    if not jobs:
        detail = f" ({'; '.join(errors)})" if errors else ""
        raise ParseError(f"no Consider job objects embedded in the JSON script blocks of {resp.url}{detail}")
    return list(jobs.values())


def _flat(jobs: list[Any]) -> list[Any]:
    """The search API may answer grouped by company (`{"company": {...}, "jobs": [...]}` per group, as public clients
    type it): each job then takes its group's company record (name, domain, investors)."""
    out: list[Any] = []
    for entry in jobs:
        if isinstance(entry, dict) and isinstance(entry.get("jobs"), list) and "title" not in entry:
            company = entry.get("company") if isinstance(entry.get("company"), dict) else {}
            out.extend({"company": company, **job} if isinstance(job, dict) else job for job in entry["jobs"])
        else:
            out.append(entry)
    return out


def _id_of(raw: Any) -> Any:
    return raw.get("jobId") or raw.get("id")


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    if _is_html(resp):
        return items_of(Page(), embedded_jobs(resp), lambda raw: build(raw, spec), _id_of)
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ParseError(f"no 'jobs' list in Consider response from {resp.url}")
    found = _flat(data["jobs"])
    page = items_of(Page(), found, lambda raw: build(raw, spec), _id_of)
    sequence = (data.get("meta") or {}).get("sequence")
    seen = int(req.meta.get("seen", 0)) + len(found)
    total = data.get("total") if isinstance(data.get("total"), int) else None
    more = total is None or seen < total
    if data["jobs"] and sequence and sequence != req.meta.get("sequence") and more:
        page.follow.append(_request(spec, str(sequence), seen))
    return page


KIND = Kind("consider", start, parse, conditional=False, description="Consider board job search (jobs.a16z.com) or a page embedding its jobs")
