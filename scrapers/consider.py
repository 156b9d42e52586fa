"""Consider, the platform behind jobs.a16z.com (and, it seems, Paradigm's board). Company records name the investors
and markets. No recording exists; the formats follow SOURCES.md and public clients. A source is one of:

- the search API (a URL under /api-boards/): POST {board}/api-boards/search-jobs with
  `{"meta": {"size": N, "sequence": cursor}, "board": {"id": ..., "isParent": true}, "query": {...}}`, paged by the
  `meta.sequence` cursor of each response. Since August 2026 (public clients) the API answers 412 without the
  browser's session: the board's /jobs page (config `session_url`) sets a session cookie and carries a `csrfToken`,
  sent back as `X-CSRF-Token` (the fetcher's client keeps the cookie for the run). A session page with no token
  but with embedded jobs is read as a page (below); with neither, the run fails saying the board moved off Consider.
- a page that embeds job objects (a16zcrypto.com/jobs; any other URL): fetched once with GET, its
  `<script type="application/json">` blocks (Next.js `__NEXT_DATA__`) and its Next.js streamed data
  (`self.__next_f.push`, server-rendered boards) are walked for lists of job objects. One fetch, no cursor.
- a company index (a URL ending in /companies, as jobs.a16z.com serves since its rewrite): the page's `companies`
  rows with a `slug` and open jobs are followed to {origin}/jobs/{slug}, each read as a page.
Job objects are read in the Consider API's camelCase and in the snake_case of the rewritten boards.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, list_in, load_json, parse_time, period
from scrapers.pages import document, flight_arrays, script_blocks

PAGE_SIZE = 100
# Keys only a Consider job object carries (besides `title`): how an embedded list of jobs is recognized.
_JOB_KEYS = frozenset({"jobId", "companyName", "normalizedLocations", "jobTypes", "applyUrl", "timeStamp",
                       "apply_url", "company_name", "workMode", "posted_at"})  # fmt: skip
_CSRF = re.compile(rb'"csrfToken"\s*:\s*"([^"]+)"')
_PAGE_HEADERS = {"Accept": "text/html,application/xhtml+xml"}


def _board_id(spec: SourceSpec) -> str:
    board = spec.config.get("board_id")
    if isinstance(board, str) and board:
        return board
    host = urlsplit(spec.url).hostname or ""
    labels = [x for x in host.split(".") if x not in ("jobs", "careers", "www")]
    return labels[0] if labels else host


def _origin(spec: SourceSpec) -> str:
    parts = urlsplit(spec.url)
    return f"{parts.scheme}://{parts.netloc}"


def _request(spec: SourceSpec, sequence: str | None, seen: int = 0, token: str | None = None) -> Request:
    meta: dict[str, Any] = {"size": int(spec.config.get("page_size", PAGE_SIZE))}
    if sequence:
        meta["sequence"] = sequence
    origin = _origin(spec)
    body = {"meta": meta, "board": {"id": _board_id(spec), "isParent": True}, "query": {"promoteFeatured": True}}
    headers = {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "Origin": origin,
        "Referer": f"{origin}/jobs",
    }
    if token:
        headers["X-CSRF-Token"] = token
    return Request(spec.url, method="POST", headers=headers, json_body=body,
                   meta={"sequence": sequence, "seen": seen, "token": token})  # fmt: skip


def start(spec: SourceSpec) -> list[Request]:
    path = urlsplit(spec.url).path
    if "/api-boards/" in path:
        session = str(spec.config.get("session_url") or f"{_origin(spec)}/jobs")
        return [Request(session, headers=_PAGE_HEADERS, meta={"session": True})]
    if path.rstrip("/").endswith("/companies"):
        return [Request(spec.url, headers=_PAGE_HEADERS, meta={"index": True})]
    return [Request(spec.url, headers=_PAGE_HEADERS)]


def _label(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("label") or value.get("value") or value.get("name")
    return value if isinstance(value, str) else None


def _names(values: Any) -> list[str]:
    return [n for n in (_label(v) for v in values or []) if n] if isinstance(values, list) else []


def _salary(raw: dict[str, Any]) -> tuple[Any, Any, str | None, str | None]:
    """(min, max, currency, period): the API's salary {minValue, maxValue, currency {label}, period {label}}, the
    rewritten boards' salary {min, max, currency, period} or flat salary_min / salary_max / ..."""
    salary: dict[str, Any] = raw["salary"] if isinstance(raw.get("salary"), dict) else {}
    low = salary.get("minValue", salary.get("min", raw.get("salary_min")))
    high = salary.get("maxValue", salary.get("max", raw.get("salary_max")))
    currency = _label(salary.get("currency")) or _label(raw.get("salary_currency"))
    per = _label(salary.get("period")) or _label(raw.get("salary_period"))
    return low, high, currency, period(per) if per and (low is not None or high is not None) else None


def _locations(raw: dict[str, Any]) -> list[str]:
    """Plain `locations` strings first, then the normalized ones not already named."""
    locations = [str(x) for x in raw.get("locations") or [] if x and isinstance(x, str)]
    return locations + [n for n in _names(raw.get("normalizedLocations")) if n not in locations]


def _workplace(raw: dict[str, Any]) -> tuple[bool, str | None]:
    """(remote, workplace type) from the API's remote / hybrid flags or the rewritten boards' workMode."""
    mode = str(raw.get("workMode") or "").lower()
    remote = bool(raw.get("remote")) or mode == "remote"
    return remote, "remote" if remote else "hybrid" if raw.get("hybrid") or mode == "hybrid" else None


def _company_name(raw: dict[str, Any], company: dict[str, Any], given: str | None, spec: SourceSpec) -> str | None:
    return raw.get("companyName") or raw.get("company_name") or company.get("name") or given or spec.company


def _company_text(raw: dict[str, Any], company: dict[str, Any]) -> str | None:
    """The company record's blurb and topics, when the board gives them."""
    blurb = company.get("description") or company.get("tagline") or raw.get("companyDescription")
    topics = _names(company.get("topics") or company.get("industries"))
    parts = [blurb if isinstance(blurb, str) and blurb.strip() else None, ", ".join(topics) if topics else None]
    return ". ".join(p.strip().rstrip(".") for p in parts if p) or None


def _posted_at(raw: dict[str, Any]) -> datetime | None:
    return parse_time(raw.get("timeStamp") or raw.get("postedDate") or raw.get("posted_at") or raw.get("createdAt"))


def build(raw: dict[str, Any], spec: SourceSpec, company_name: str | None = None) -> ScrapedJob:
    company: dict[str, Any] = raw["company"] if isinstance(raw.get("company"), dict) else {}
    locations = _locations(raw)
    remote, work = _workplace(raw)
    job_types = _names(raw.get("jobTypes"))
    departments = _names(raw.get("departments"))
    low, high, currency, per = _salary(raw)
    apply_url = raw.get("applyUrl") or raw.get("apply_url") or raw.get("url")
    return finish(
        ScrapedJob(
            external_id=str(raw.get("jobId") or raw.get("id") or apply_url or raw["url"]),
            title=raw["title"],
            company=_company_name(raw, company, company_name, spec),
            url=raw.get("url") or apply_url,
            apply_url=apply_url,
            description_html=raw.get("descriptionHtml") or raw.get("description_html"),
            locations=locations,
            remote=remote,
            workplace_type=work,
            employment_type=employment_type(job_types[0]) if job_types else None,
            department=departments[0] if departments else None,
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=per,
            posted_at=_posted_at(raw),
            company_domain=raw.get("companyDomain") or company.get("domain"),
            company_description=_company_text(raw, company),
            investors=_names(raw.get("investors") or company.get("investors")),
        )
    )  # fmt: skip


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
        if (
            isinstance(node, list)
            and node
            and all(isinstance(x, dict) for x in node)
            and any(map(_looks_like_job, node))
        ):
            found.append(node)
        elif isinstance(node, list | dict):
            stack.extend(reversed(node if isinstance(node, list) else list(node.values())))
    return found


def embedded_jobs(resp: Response) -> list[Any]:
    """The job objects a page embeds in its JSON script blocks and Next.js streamed data, each once (pages repeat
    them, e.g. featured jobs)."""
    blocks, errors = script_blocks(document(resp), "application/json")
    blocks += flight_arrays(resp.body, "jobs")
    jobs: dict[str, Any] = {}
    for raw in (raw for block in blocks for found in _job_lists(block) for raw in found):
        jobs.setdefault(str(_id_of(raw) or f"#{len(jobs)}"), raw)
    if not jobs:
        detail = f" ({'; '.join(errors)})" if errors else ""
        raise ParseError(f"no Consider job objects embedded in the page {resp.url}{detail}")
    return list(jobs.values())


def _session(spec: SourceSpec, resp: Response) -> Page:
    """The board's /jobs page: its CSRF token opens the search API; without one, the page may itself carry the jobs."""
    found = _CSRF.search(resp.body)
    if found:
        return Page(follow=[_request(spec, None, token=found.group(1).decode("utf-8", "replace"))])
    try:
        return items_of(Page(), embedded_jobs(resp), lambda raw: build(raw, spec), _id_of)
    except ParseError:
        raise ParseError(
            f"no csrfToken in the Consider session page {resp.url} and no jobs in it: the board may no longer run "
            "Consider (its search API needs the token); point the source at the board's page or company index"
        ) from None


def _index(spec: SourceSpec, resp: Response) -> Page:
    """A company index: each company with open jobs is followed to its /jobs/{slug} page."""
    companies = [c for rows in flight_arrays(resp.body, "companies") for c in rows if isinstance(c, dict)]
    hiring = [c for c in companies if isinstance(c.get("slug"), str) and c["slug"] and (c.get("jobCount") or 0) > 0]
    if not companies:
        raise ParseError(f"no company list in {resp.url}: the page's shape changed")
    origin = _origin(spec)
    page = Page()
    for company in sorted(hiring, key=lambda c: -int(c.get("jobCount") or 0)):
        url = f"{origin}/jobs/{quote(company['slug'])}"
        page.follow.append(Request(url, headers=_PAGE_HEADERS, meta={"company": company.get("name")}))
    return page


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
    return raw.get("jobId") or raw.get("id") or raw.get("applyUrl") or raw.get("apply_url")


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    if req.meta.get("session"):
        return _session(spec, resp)
    if req.meta.get("index"):
        return _index(spec, resp)
    if _is_html(resp):
        company = req.meta.get("company")
        return items_of(Page(), embedded_jobs(resp), lambda raw: build(raw, spec, company), _id_of)
    data = load_json(resp.body, resp.url)
    found = _flat(list_in(data, "jobs", "Consider", resp.url))
    page = items_of(Page(), found, lambda raw: build(raw, spec), _id_of)
    sequence = (data.get("meta") or {}).get("sequence")
    seen = int(req.meta.get("seen", 0)) + len(found)
    total = data.get("total") if isinstance(data.get("total"), int) else None
    more = total is None or seen < total
    if found and sequence and sequence != req.meta.get("sequence") and more:
        page.follow.append(_request(spec, str(sequence), seen, req.meta.get("token")))
    return page


KIND = Kind(
    "consider",
    start,
    parse,
    conditional=False,
    description="Consider board job search (session + CSRF), a page embedding its jobs, or a company index",
)
