"""Ashby posting API: GET api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true.

Per developers.ashbyhq.com/docs/public-job-posting-api: location, secondaryLocations [{location, address}], address
{postalAddress {addressLocality, addressRegion, addressCountry}}, isRemote, workplaceType (OnSite | Remote | Hybrid |
null), employmentType (FullTime | PartTime | Intern | Contract | Temporary), publishedAt, jobUrl, applyUrl and
compensation {compensationTierSummary, summaryComponents[], compensationTiers[{components[]}]} whose components carry
compensationType (Salary, EquityPercentage, Commission, Bonus...), interval ("1 YEAR", "1 HOUR"), currencyCode,
minValue and maxValue.
"""

from __future__ import annotations

from typing import Any

from scrapers.base import Kind, Page, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.boards import board_company, country_codes
from scrapers.normalize import (
    as_dict,
    employment_type,
    finish,
    json_list,
    parse_salary,
    parse_time,
    period,
    place,
    workplace_type,
)

Pay = tuple[Any, Any, Any, str | None]


_TOKEN = r"/job-board/([^/]+)"


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _address(value: Any) -> str:
    """ "Houston, Texas, USA" from an address, nested under postalAddress or not."""
    address = value.get("postalAddress", value) if isinstance(value, dict) else None
    if not isinstance(address, dict):
        return ""
    return place(address.get("addressLocality"), address.get("addressRegion"), address.get("addressCountry"))


def _address_country(item: Any) -> Any:
    address = as_dict(item).get("address")
    address = address.get("postalAddress", address) if isinstance(address, dict) else None
    return address.get("addressCountry") if isinstance(address, dict) else None


def _location(item: dict[str, Any]) -> str:
    name = item.get("location") or item.get("locationName")
    return name if isinstance(name, str) and name.strip() else _address(item.get("address"))


def _salary_part(components: Any) -> Pay | None:
    for part in components if isinstance(components, list) else []:
        if (
            isinstance(part, dict)
            and part.get("compensationType") == "Salary"
            and (part.get("minValue") is not None or part.get("maxValue") is not None)
        ):
            return part.get("minValue"), part.get("maxValue"), part.get("currencyCode"), period(part.get("interval"))
    return None


def _salary(raw: dict[str, Any]) -> Pay | None:
    """The summary's salary component, else a tier's, else the salary written in the summary text."""
    if raw.get("shouldDisplayCompensationOnJobPostings") is False:  # the company keeps it off its own page
        return None
    comp = as_dict(raw.get("compensation"))
    found = _salary_part(comp.get("summaryComponents"))
    for tier in comp.get("compensationTiers") or []:
        found = found or (_salary_part(tier.get("components")) if isinstance(tier, dict) else None)
    for text in (
        comp.get("scrapeableCompensationSalarySummary"),
        comp.get("compensationTierSummary"),
        raw.get("compensationTierSummary"),
    ):
        found = found or (parse_salary(text) if isinstance(text, str) else None)
    return found


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob | None:
    if raw.get("isListed") is False:
        return None
    secondary = raw.get("secondaryLocations")
    locations = [_location(raw)] + [_location(s) for s in secondary or [] if isinstance(s, dict)]
    low, high, currency, per = _salary(raw) or (None, None, None, None)
    return finish(
        ScrapedJob(
            external_id=raw["id"],
            title=raw["title"],
            company=board_company(spec, pattern=_TOKEN),
            url=raw.get("jobUrl"),
            apply_url=raw.get("applyUrl") or raw.get("jobUrl"),
            description=raw.get("descriptionPlain") or "",
            description_html=raw.get("descriptionHtml"),
            locations=locations,
            remote=raw.get("isRemote") is True,
            workplace_type=workplace_type(raw.get("workplaceType")),
            employment_type=employment_type(raw.get("employmentType")),
            department=raw.get("department") or raw.get("team"),
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=per,
            posted_at=parse_time(raw.get("publishedAt")),
            updated_at=parse_time(raw.get("updatedAt")),
            ats_key=f"ashby:{raw['id']}",
            countries=country_codes(_address_country(a) for a in [raw, *(secondary or [])]),
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    jobs = json_list(resp.body, resp.url, "jobs", "Ashby")
    return items_of(Page(), jobs, lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("ashby", start, parse, description="Ashby posting API with compensation")
