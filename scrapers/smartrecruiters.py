"""SmartRecruiters Posting API: the list (GET .../v1/companies/{id}/postings, offset-paged), then each posting's
detail (the list's `ref`) for its description and apply URL. Note: api.smartrecruiters.com's robots.txt disallows
crawlers; the fetch layer honors it and the run says so."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.base import Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.normalize import employment_type, finish, load_json, parse_time

PAGE_SIZE = 100


def _with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def start(spec: SourceSpec) -> list[Request]:
    return [Request(_with_query(spec.url, offset=0, limit=PAGE_SIZE), meta={"list": True, "offset": 0})]


def _location(loc: dict[str, Any]) -> str:
    if loc.get("fullLocation"):
        return str(loc["fullLocation"])
    return ", ".join(str(x) for x in (loc.get("city"), loc.get("region"), (loc.get("country") or "").upper()) if x)


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    loc = raw.get("location") or {}
    sections = ((raw.get("jobAd") or {}).get("sections")) or {}
    html = "".join(
        f"<h3>{s.get('title') or ''}</h3>{s.get('text') or ''}"
        for s in (sections.get(k) for k in ("companyDescription", "jobDescription", "qualifications", "additionalInformation"))
        if isinstance(s, dict) and s.get("text")
    )
    company = (raw.get("company") or {}).get("name") or spec.company
    work = "remote" if loc.get("remote") else "hybrid" if loc.get("hybrid") else None
    return finish(
        ScrapedJob(
            external_id=str(raw["id"]),
            title=raw["name"],
            company=company,
            url=raw.get("postingUrl"),
            apply_url=raw.get("applyUrl") or raw.get("postingUrl"),
            description_html=html or None,
            locations=[_location(loc)],
            remote=bool(loc.get("remote")),
            workplace_type=work,
            employment_type=employment_type((raw.get("typeOfEmployment") or {}).get("label")),
            department=(raw.get("department") or {}).get("label") or (raw.get("function") or {}).get("label"),
            posted_at=parse_time(raw.get("releasedDate")),
            ats_key=f"smartrecruiters:{raw['id']}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    data = load_json(resp.body, resp.url)
    if not isinstance(data, dict):
        raise ParseError(f"SmartRecruiters response from {resp.url} is not an object")
    if not req.meta.get("list"):
        return items_of(Page(), [data], lambda raw: build(raw, spec), lambda raw: raw.get("id"))
    content = data.get("content")
    if not isinstance(content, list):
        raise ParseError(f"no 'content' list in SmartRecruiters response from {resp.url}")
    page = Page()
    for item in content:
        if isinstance(item, dict) and item.get("id"):
            # The detail URL is built from the source URL (not the item's `ref`) so a source can point anywhere.
            detail = f"{urlsplit(spec.url)._replace(query='').geturl().rstrip('/')}/{item['id']}"
            page.follow.append(Request(detail, meta={"external_id": str(item["id"])}))
    offset = int(req.meta.get("offset", 0)) + len(content)
    if content and offset < int(data.get("totalFound") or 0):
        page.follow.append(Request(_with_query(spec.url, offset=offset, limit=PAGE_SIZE), meta={"list": True, "offset": offset}))
    return page


KIND = Kind("smartrecruiters", start, parse, conditional=False, description="SmartRecruiters postings list + details")
