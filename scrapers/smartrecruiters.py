"""SmartRecruiters Posting API: the list (GET .../v1/companies/{id}/postings, offset-paged), then each posting's
detail (the list's `ref`) for its description and apply URL. Note: api.smartrecruiters.com's robots.txt disallows
crawlers; the fetch layer honors it and the run says so.

Posting fields (developers.smartrecruiters.com Posting API): location {city, region, country (ISO code), remote,
hybrid, fullLocation}, typeOfEmployment {id: permanent | contract | intern..., label: localized}, department/function
{label}, releasedDate (ISO), jobAd.sections, postingUrl, applyUrl, and on some postings compensation {min, max,
currency, period: YEARLY | MONTHLY | HOURLY...}."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.base import ItemError, Kind, Page, ParseError, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.boards import board_company, board_token, country_codes
from scrapers.normalize import as_dict, employment_type, finish, load_json, parse_time, period, place, workplace_type

PAGE_SIZE = 100
_TOKEN = r"/companies/([^/]+)"


def _with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def start(spec: SourceSpec) -> list[Request]:
    return [Request(_with_query(spec.url, offset=0, limit=PAGE_SIZE), meta={"list": True, "offset": 0})]


def _location(loc: dict[str, Any]) -> str:
    if isinstance(loc.get("fullLocation"), str) and loc["fullLocation"].strip():
        return str(loc["fullLocation"])
    country = loc.get("country")
    return place(loc.get("city"), loc.get("region"), country.upper() if isinstance(country, str) else None)


def _label(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("label") or value.get("name")
    return value if isinstance(value, str) else None


def _employment(value: Any) -> str | None:
    """The label is localized ("Vollzeit"), the id is not ("permanent"): trust whichever says something known."""
    kinds = [employment_type(_label(value)), employment_type(value.get("id") if isinstance(value, dict) else None)]
    return next((k for k in kinds if k not in (None, "other")), kinds[0] or kinds[1])


def _public_url(spec: SourceSpec, raw: dict[str, Any]) -> str | None:
    """A list entry has no postingUrl; the public page is jobs.smartrecruiters.com/{company}/{id}."""
    company = as_dict(raw.get("company")).get("identifier") or board_token(spec.url, _TOKEN)
    return f"https://jobs.smartrecruiters.com/{company}/{raw['id']}" if company else None


def _from_list(item: dict[str, Any], spec: SourceSpec) -> ScrapedJob | None:
    """The posting as its list entry describes it (title, location, dates, department, no description): stored,
    marked partial, when the detail request fails."""
    try:
        job = build(item, spec)
    except Exception:  # an entry too broken to stand alone: the detail (or nothing) will have to do
        return None
    job.partial = True
    return job


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    loc = as_dict(raw.get("location"))
    sections = as_dict(as_dict(raw.get("jobAd")).get("sections"))
    html = "".join(
        f"<h3>{s.get('title') or ''}</h3>{s.get('text') or ''}"
        for s in (
            sections.get(k) for k in ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
        )
        if isinstance(s, dict) and s.get("text")
    )
    pay = as_dict(raw.get("compensation"))
    work = "remote" if loc.get("remote") is True else "hybrid" if loc.get("hybrid") is True else None
    return finish(
        ScrapedJob(
            external_id=str(raw["id"]),
            title=raw["name"],
            company=board_company(spec, _label(raw.get("company")), _TOKEN),
            url=raw.get("postingUrl") or _public_url(spec, raw),
            apply_url=raw.get("applyUrl") or raw.get("postingUrl"),
            description_html=html or None,
            locations=[_location(loc)],
            remote=loc.get("remote") is True,
            workplace_type=work or workplace_type(raw.get("workplaceType") or loc.get("workplaceType")),
            employment_type=_employment(raw.get("typeOfEmployment")),
            department=_label(raw.get("department")) or _label(raw.get("function")),
            salary_min=pay.get("min"),
            salary_max=pay.get("max"),
            salary_currency=pay.get("currency"),
            salary_period=period(pay.get("period") or pay.get("interval")),
            posted_at=parse_time(raw.get("releasedDate") or raw.get("createdOn")),
            updated_at=parse_time(raw.get("updatedOn") or raw.get("lastUpdated")),
            ats_key=f"smartrecruiters:{raw['id']}",
            countries=country_codes([loc.get("country")]),
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
            page.follow.append(
                Request(detail, meta={"external_id": str(item["id"]), "fallback": _from_list(item, spec)})
            )
        else:
            name = item.get("name") if isinstance(item, dict) else None
            page.errors.append(ItemError(None, f"listed posting without an id: {name or type(item).__name__}"))
    offset = int(req.meta.get("offset", 0)) + len(content)
    if content and offset < int(data.get("totalFound") or 0):
        page.follow.append(
            Request(_with_query(spec.url, offset=offset, limit=PAGE_SIZE), meta={"list": True, "offset": offset})
        )
    return page


KIND = Kind("smartrecruiters", start, parse, conditional=False, description="SmartRecruiters postings list + details")
