"""The job filter vocabulary: one registry entry per filter of GET /v1/jobs, its exports, saved searches,
subscriptions, digests and trends (JOB_FILTERS). Adding a filter is one entry here plus its test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Float,
    Integer,
    String,
    Text,
    and_,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import column

from talentintel.services.queries import filter_parts as parts
from talentintel.services.queries import params, search_query
from talentintel.services.queries.filter_parts import (
    company_match,
    enum_of,
    investor_companies_of,
    one_of,
    refs,
    refs_list,
    single_enum,
    when,
)
from talentintel.services.queries.filter_registry import Ctx, Filter, FilterValues, Registry
from talentintel.services.queries.tables import JOB_DATE, JOB_SALARY, JOBS
from talentintel.tagging import seniority, skills
from talentintel.types import UTCDateTime

STATUSES = ("open", "closed", "all")
EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "internship", "temporary", "other")
SKILL_MATCHES = ("any", "all")


def _keyed(prefix: str, column_: Any, *, all_name: str | None = None) -> Any:
    """Membership in a ",a,b," key column (countries_key, skills_key): any of the bound values, or all of them."""

    def condition(ctx: Ctx) -> ColumnElement[bool] | None:
        patterns = [ctx.bind(n, String()) for n in ctx.values if n.startswith(prefix)]
        if not patterns:
            return None
        tests = [column_.like(p) for p in patterns]
        return and_(*tests) if all_name and all_name in ctx.values else or_(*tests)

    return condition


def _patterns(prefix: str) -> Any:
    return lambda value: {f"{prefix}{i}": f"%,{v},%" for i, v in enumerate(value)}


def _q(_name: str, value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    search_query.parse(text)  # validates: empty, too long, unbalanced quotes -> 400 naming q
    return text


def _q_bind(value: str) -> dict[str, Any]:
    parsed = search_query.parse(value)
    return {"q_ts": parsed.tsquery(), "q_fts": parsed.fts5()}


def q_condition(ctx: Ctx) -> ColumnElement[bool] | None:
    if "q_ts" not in ctx.values:
        return None
    if ctx.dialect == "postgresql":
        tsquery = func.to_tsquery(literal_column("'simple'::regconfig"), ctx.bind("q_ts", String()))
        return literal_column("jobs.search_tsv").op("@@")(tsquery)  # type: ignore[no-any-return]
    fts = table("jobs_fts", column("rowid", Integer))
    matches = select(fts.c.rowid).where(literal_column("jobs_fts").op("MATCH")(ctx.bind("q_fts", String())))
    return JOBS.c.id.in_(matches)


def _skills_bind(value: list[str]) -> dict[str, Any]:
    return {**_patterns("skill_")(value), "skills_wanted": value}


def _skill_condition(ctx: Ctx) -> ColumnElement[bool] | None:
    """Any (or all) of the skills. PostgreSQL tests the key split on commas, which migration 0017's GIN index
    holds: the LIKE tests walked the whole date index for a rare skill (two skills together: 444 ms at 1M jobs);
    SQLite tests LIKE patterns (skill_0, skill_1...)."""
    if "skills_wanted" not in ctx.values:
        return None
    if ctx.dialect != "postgresql":
        return _keyed("skill_", JOBS.c.skills_key, all_name="all_skills")(ctx)  # type: ignore[no-any-return]
    split = func.string_to_array(JOBS.c.skills_key, literal_column("','"), type_=ARRAY(Text()))
    wanted = ctx.bind("skills_wanted", ARRAY(Text()))
    return split.op("@>" if "all_skills" in ctx.values else "&&")(wanted)  # type: ignore[no-any-return]


def _skills(name: str, value: Any) -> list[str]:
    return params.enum_list(name, value, skills.skill_ids())


def _usd(name: str, value: Any) -> float | None:
    return params.number(name, value)


JOB_FILTERS = Registry("jobs", [
    parts.sector(JOBS.c.sector_class),
    parts.region_bits(JOBS.c.region_mask, "A job in any of these regions matches."),
    Filter("country", "Country", "ISO 3166-1 alpha-2 code (US, DE, SG); a job in any of them matches.", "string",
           lambda n, v: params.countries(v, n), _patterns("country_"), _keyed("country_", JOBS.c.countries_key),
           repeatable=True, example=["DE"], schema={"minLength": 2, "maxLength": 2}),
    Filter("remote", "Remote", "true: remote jobs only; false: on-site/hybrid only.", "boolean", params.boolean,
           lambda v: {"remote": v}, when("remote", lambda c: JOBS.c.remote == c.bind("remote", Boolean()))),
    parts.company(JOBS.c.company_id),
    Filter("exclude_company", "Exclude company", "Company id or slug whose jobs are left out.", "string",
           refs_list, refs("exclude_company"),
           when("exclude_company_ids", lambda c: or_(JOBS.c.company_id.is_(None),
                                                     not_(company_match(c, JOBS.c.company_id, "exclude_company")))),
           repeatable=True),
    parts.investor("Investor slug or id: jobs at that investor's portfolio companies.",
                   lambda c: JOBS.c.company_id.in_(investor_companies_of(c))),
    Filter("q", "Search", search_query.__doc__.split("\n\n")[0] + ' e.g. `solidity`, `"smart contract"`, '
           "`zk*`, `rust OR move`, `-android`. With `q` the default order is by relevance.", "text", _q, _q_bind,
           q_condition, example="solidity engineer", schema={"minLength": 1, "maxLength": search_query.MAX_LENGTH}),
    Filter("status", "Status", "open (default), closed or all.", "enum", single_enum(STATUSES, "open"),
           lambda v: {} if v == "all" else {"status": v},
           when("status", lambda c: JOBS.c.status == c.bind("status", String())), choices=STATUSES, default="open"),
    Filter("posted_after", "Posted after", "Posted (or, without a date, first seen) at or after this ISO 8601 "
           "date/time (UTC if naive).", "datetime", params.timestamp, lambda v: {"posted_after": v},
           when("posted_after", lambda c: c.bind("posted_after", UTCDateTime()) <= JOB_DATE)),
    Filter("posted_before", "Posted before", "Posted (or first seen) before this date/time.", "datetime",
           params.timestamp, lambda v: {"posted_before": v},
           when("posted_before", lambda c: c.bind("posted_before", UTCDateTime()) > JOB_DATE)),
    Filter("first_seen_after", "First seen after", "First seen by talentintel at or after this date/time: what a "
           "digest counts as new.", "datetime", params.timestamp, lambda v: {"first_seen_after": v},
           when("first_seen_after", lambda c: c.bind("first_seen_after", UTCDateTime()) <= JOBS.c.first_seen_at)),
    Filter("first_seen_before", "First seen before", "First seen before this date/time.", "datetime",
           params.timestamp, lambda v: {"first_seen_before": v},
           when("first_seen_before", lambda c: c.bind("first_seen_before", UTCDateTime()) > JOBS.c.first_seen_at)),
    Filter("salary_min", "Salary at least (posting currency)", "Top of range (or only figure) at least this, in "
           "the posting's own currency and period; prefer salary_usd_min.", "number", params.number,
           lambda v: {"salary_min": v}, when("salary_min", lambda c: c.bind("salary_min", Float()) <= JOB_SALARY),
           schema={"minimum": 0}),
    Filter("salary_usd_min", "Annual pay at least (USD)", "Jobs whose annual pay in USD (top of range, converted "
           "with the yearly FX table and annualized from the pay period) is at least this.", "number", _usd,
           lambda v: {"salary_usd_min": v},
           when("salary_usd_min", lambda c: c.bind("salary_usd_min", Float()) <= JOBS.c.salary_usd_max),
           schema={"minimum": 0}),
    Filter("salary_usd_max", "Annual pay at most (USD)", "Jobs whose annual pay in USD (bottom of range) is at most "
           "this.", "number", _usd, lambda v: {"salary_usd_max": v},
           when("salary_usd_max", lambda c: c.bind("salary_usd_max", Float()) >= JOBS.c.salary_usd_min),
           schema={"minimum": 0}),
    Filter("employment_type", "Employment type", "full_time, part_time, contract, internship, temporary or other.",
           "enum", enum_of(EMPLOYMENT_TYPES), lambda v: {"employment_types": v},
           when("employment_types", lambda c: one_of(c, JOBS.c.employment_type, "employment_types", String())),
           repeatable=True, choices=EMPLOYMENT_TYPES),
    Filter("seniority", "Seniority", "Level read from the title (in several languages); a job at any of them "
           "matches.", "enum", enum_of(seniority.LEVELS), lambda v: {"seniorities": v},
           when("seniorities", lambda c: one_of(c, JOBS.c.seniority, "seniorities", String())),
           repeatable=True, choices=seniority.LEVELS),
    Filter("skill", "Skill", "Skill id from the taxonomy (rust, solidity, pytorch, cuda...); with skill_match=all "
           "a job needs every one, else any.", "enum", _skills, _skills_bind, _skill_condition, repeatable=True,
           choices=skills.skill_ids(), example=["rust"]),
    Filter("skill_match", "Skill match", "`any` (default) or `all` of the given skills.", "enum",
           single_enum(SKILL_MATCHES, "any"), lambda v: {"all_skills": True} if v == "all" else {},
           lambda c: None, choices=SKILL_MATCHES, default="any"),
    Filter("visa_sponsorship", "Visa sponsorship", "true: the posting offers visa sponsorship; false: it says it "
           "does not.", "boolean", params.boolean, lambda v: {"visa_sponsorship": v},
           when("visa_sponsorship", lambda c: JOBS.c.visa_sponsorship == c.bind("visa_sponsorship", Boolean()))),
])  # fmt: skip


class JobFilters(FilterValues):
    """Validated job filters by name (those given); an absent filter reads as its default ([] when repeatable)."""

    __slots__ = ()
    registry = JOB_FILTERS


def parse_filters(raw: Mapping[str, Any]) -> JobFilters:
    """Validate job filters (query parameters, a saved search's, keyword arguments); InvalidParameter names the
    culprit: an unknown filter, a single one given twice, a malformed value."""
    return JobFilters(JOB_FILTERS.parse(raw))


def bind_values(filters: JobFilters) -> dict[str, Any]:
    return JOB_FILTERS.bind_values(filters.values)


def conditions(values: Mapping[str, Any], dialect: str, *, unique: bool = True) -> list[ColumnElement[bool]]:
    return JOB_FILTERS.conditions(values, dialect, unique=unique)
