"""The company filter vocabulary: one registry entry per filter of GET /v1/companies (COMPANY_FILTERS).
Adding a filter is one entry here plus its test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, String, literal_column, select

from talentintel.models import REGIONS
from talentintel.services.queries import filter_parts as parts
from talentintel.services.queries import params
from talentintel.services.queries.filter_parts import enum_of, investor_companies_of, when
from talentintel.services.queries.filter_registry import Ctx, Filter, FilterValues, Registry
from talentintel.services.queries.sqlfn import TEXT_ARRAY, contains_pattern, json_array_has_any, like_ci
from talentintel.services.queries.tables import COMPANIES, JOBS

Q_MAX = 200


def _q(name: str, value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    if len(text) > Q_MAX or "\x00" in text:  # PostgreSQL cannot compare text holding NUL
        raise params.InvalidParameter(name, f"must be at most {Q_MAX} characters, without NUL")
    return text or None


# Named bind values (the pattern and the slug), not literals: pg_lists compiles a statement once per shape only
# when every value is bound by name (a name search was compiled per request, ~1 ms of app CPU).
def _q_binds(text: str) -> dict[str, Any]:
    return {"company_q": contains_pattern(text), "company_q_slug": text.lower()}


def _named(ctx: Ctx) -> ColumnElement[bool]:
    return like_ci(COMPANIES.c.name, ctx.bind("company_q", String())) | (
        COMPANIES.c.slug == ctx.bind("company_q_slug", String())
    )


def _open_jobs() -> Any:
    open_: Any = literal_column(
        "'open'"
    )  # in the text, as a bound literal would make the statement compile per request
    return select(JOBS.c.id).where(JOBS.c.company_id == COMPANIES.c.id, JOBS.c.status == open_).exists()


def _hiring(ctx: Ctx) -> ColumnElement[bool]:
    return _open_jobs() if ctx.values["has_open_jobs"] else ~_open_jobs()  # type: ignore[no-any-return]


COMPANY_FILTERS = Registry("companies", [
    parts.sector(COMPANIES.c.sector_class, help=parts.SECTOR_HELP + " Same meaning as on /v1/jobs."),
    Filter("region", "Region", "Companies active in any of these regions.", "enum", enum_of(REGIONS),
           lambda v: {"company_regions": v},
           when("company_regions", lambda c: json_array_has_any(COMPANIES.c.regions, c.values["company_regions"],
                                                                 c.dialect, c.bind("company_regions", TEXT_ARRAY))),
           repeatable=True, choices=REGIONS),
    parts.investor("Investor slug or id: its portfolio.", lambda c: COMPANIES.c.id.in_(investor_companies_of(c))),
    Filter("q", "Name", "Part of the company name (or its exact slug).", "text", _q, _q_binds,
           when("company_q", _named), example="labs", schema={"maxLength": Q_MAX}),
    Filter("has_open_jobs", "Hiring now", "true: only companies with open jobs; false: only those without.",
           "boolean", params.boolean, lambda v: {"has_open_jobs": v}, when("has_open_jobs", _hiring)),
])  # fmt: skip


class CompanyFilters(FilterValues):
    """Validated company filters by name (those given); absent ones read as their defaults."""

    __slots__ = ()
    registry = COMPANY_FILTERS


def parse_filters(raw: Mapping[str, Any]) -> CompanyFilters:
    """Validated filters; InvalidParameter names the parameter (the API answers 400 problem+json)."""
    return CompanyFilters(COMPANY_FILTERS.parse(raw))
