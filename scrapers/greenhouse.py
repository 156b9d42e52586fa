"""Greenhouse Job Board API: GET boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true (one response).

Optional fields some boards add: `pay_input_ranges` (with `pay_transparency=true`: min_cents, max_cents,
currency_type, title, blurb) and `metadata` custom fields whose value is a string, a list (multi_select), a boolean
(yes_no) or an object (currency {amount, unit}, currency_range {min_value, max_value, unit}).
"""

from __future__ import annotations

import re
from typing import Any

from scrapers.base import Kind, Page, Request, Response, ScrapedJob, SourceSpec, items_of
from scrapers.boards import board_company
from scrapers.normalize import (
    amount,
    clean,
    employment_type,
    finish,
    guess_period,
    json_list,
    parse_salary,
    parse_time,
    unescape,
    workplace_type,
)

_WORKPLACE = (
    "location type",
    "workplace type",
    "workplace",
    "remote",
    "remote status",
    "work type",
    "work arrangement",
)
_EMPLOYMENT = ("employment type", "job type", "time type", "employment status", "worker type", "position type")
_DEPARTMENT = ("team", "department", "careersite department (for job postings)")
_PAY_NAME = re.compile(r"(?<![a-z])(salary|pay|compensation|wage|ote)(?![a-z])", re.I)  # not "display"

_TOKEN = r"/boards/([^/]+)"

Pay = tuple[float | None, float | None, str | None, str | None]


def start(spec: SourceSpec) -> list[Request]:
    return [Request(spec.url)]


def _metadata(raw: dict[str, Any]) -> dict[str, Any]:
    """Custom fields by lower-case name (the first of a repeated name wins)."""
    fields: dict[str, Any] = {}
    for entry in raw.get("metadata") or []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry.get("value") not in (None, "", []):
            fields.setdefault(entry["name"].strip().lower(), entry["value"])
    return fields


def _texts(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str) and v.strip()]


def _first(meta: dict[str, Any], names: tuple[str, ...], read: Any) -> Any:
    """The first field among `names` that `read` makes something of."""
    for name in names:
        for text in _texts(meta.get(name)):
            found = read(text)
            if found:
                return found
    return None


def _workplace(meta: dict[str, Any]) -> str | None:
    for name in _WORKPLACE:
        value = meta.get(name)
        for item in value if isinstance(value, list) else [value]:
            if "remote" in name and (item is True or str(item).strip().lower() in ("yes", "true")):  # yes_no field
                return "remote"
            found = workplace_type(item) if isinstance(item, str) else None
            if found:
                return found
    return None


def _pay_ranges(raw: dict[str, Any]) -> Pay | None:
    """The span of the posted pay zones in the first zone's currency (amounts are in cents)."""
    ranges = [r for r in raw.get("pay_input_ranges") or [] if isinstance(r, dict)]
    ranges = [r for r in ranges if amount(r.get("min_cents")) or amount(r.get("max_cents"))]
    if not ranges:
        return None
    currency = ranges[0].get("currency_type")
    same = [r for r in ranges if r.get("currency_type") == currency]
    lows = [x / 100 for x in (amount(r.get("min_cents")) for r in same) if x]
    highs = [x / 100 for x in (amount(r.get("max_cents")) for r in same) if x]
    low, high = min(lows, default=None), max(highs, default=None)
    words = " ".join(str(r.get(k) or "") for r in same for k in ("title", "blurb"))
    return low, high, currency, guess_period(words, low or high)


def _pay_metadata(meta: dict[str, Any]) -> Pay | None:
    """A salary-named custom field: currency_range, currency, or a range written as text."""
    for name, value in meta.items():
        if not _PAY_NAME.search(name):
            continue
        if isinstance(value, dict):
            low = amount(value.get("min_value") or value.get("amount"))
            high = amount(value.get("max_value") or value.get("amount"))
            if low or high:
                return low, high, value.get("unit"), guess_period(name, low or high)
        for text in _texts(value):
            found = parse_salary(text)
            if found:
                return found
    return None


def build(raw: dict[str, Any], spec: SourceSpec) -> ScrapedJob:
    location = raw.get("location")
    locations = [location.get("name") if isinstance(location, dict) else location]
    locations += [o.get("name") for o in raw.get("offices") or [] if isinstance(o, dict)]
    departments = [d.get("name") for d in raw.get("departments") or [] if isinstance(d, dict) and d.get("name")]
    meta = _metadata(raw)
    low, high, currency, per = _pay_ranges(raw) or _pay_metadata(meta) or (None, None, None, None)
    html = unescape(raw.get("content"))
    url = raw.get("absolute_url")
    return finish(
        ScrapedJob(
            external_id=str(raw["id"]),
            title=raw["title"],
            company=board_company(spec, raw.get("company_name"), _TOKEN),
            url=url,
            apply_url=url,
            description_html=html or None,
            locations=[loc for loc in locations if isinstance(loc, str)],
            workplace_type=_workplace(meta),
            employment_type=_first(meta, _EMPLOYMENT, employment_type),
            department=departments[0] if departments else _first(meta, _DEPARTMENT, clean),
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=per,
            posted_at=parse_time(raw.get("first_published")),
            updated_at=parse_time(raw.get("updated_at")),
            ats_key=f"greenhouse:{raw['id']}",
        )
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    jobs = json_list(resp.body, resp.url, "jobs", "Greenhouse")
    return items_of(Page(), jobs, lambda raw: build(raw, spec), lambda raw: raw.get("id"))


KIND = Kind("greenhouse", start, parse, description="Greenhouse boards API (content=true)")
