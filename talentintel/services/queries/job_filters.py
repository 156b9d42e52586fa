"""The job filter vocabulary: one registry entry per filter of GET /v1/jobs, its exports, saved searches,
subscriptions, digests and trends (JOB_FILTERS). Adding a filter is one entry here plus its test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Text,
    and_,
    any_,
    bindparam,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import column

from talentintel.models import REGIONS, region_mask
from talentintel.services.queries import params, search_query
from talentintel.services.queries.filter_registry import Ctx, Filter, Registry
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS, JOB_DATE, JOB_SALARY, JOBS
from talentintel.tagging import seniority, skills
from talentintel.types import UTCDateTime

STATUSES = ("open", "closed", "all")
EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "internship", "temporary", "other")
SKILL_MATCHES = ("any", "all")


def ids_and_slugs(values: list[str]) -> tuple[list[int], list[str]]:
    ids = [int(v) for v in values if v.isdigit() and len(v) < 18]
    return ids, [v.lower() for v in values if not (v.isdigit() and len(v) < 18)]


def one_of(ctx: Ctx, column_: Any, name: str, item_type: Any) -> Any:
    """column IN (values[name]) as ONE parameter: = ANY(array) on PostgreSQL (the same statement text for any
    number of values), an expanding IN elsewhere."""
    value = ctx.values[name]
    if ctx.dialect == "postgresql":
        return column_ == any_(bindparam(name, value, type_=ARRAY(item_type), unique=ctx.unique))
    return column_.in_(bindparam(name, value, expanding=True, unique=ctx.unique))


def company_match(ctx: Ctx, column_: Any, prefix: str) -> ColumnElement[bool]:
    """column_ is one of the companies bound as {prefix}_ids / {prefix}_slugs."""
    by_id = one_of(ctx, column_, f"{prefix}_ids", BigInteger())
    if not ctx.values.get(f"{prefix}_slugs"):
        return by_id  # type: ignore[no-any-return]
    slugs = select(COMPANIES.c.id).where(one_of(ctx, COMPANIES.c.slug, f"{prefix}_slugs", String()))
    return or_(by_id, column_.in_(slugs)) if ctx.values[f"{prefix}_ids"] else column_.in_(slugs)


def investor_companies_of(ctx: Ctx) -> Select[Any]:
    return (
        select(COMPANY_INVESTORS.c.company_id)
        .join(INVESTORS, INVESTORS.c.id == COMPANY_INVESTORS.c.investor_id)
        .where(
            or_(
                one_of(ctx, INVESTORS.c.id, "investor_ids", BigInteger()),
                one_of(ctx, INVESTORS.c.slug, "investor_slugs", String()),
            )
        )
    )


def _refs(prefix: str, *, always_slugs: bool = False) -> Any:
    """Bind ids and slugs. Which names are bound decides the statement's text (PageQuery.key): slugs are bound only
    when given, unless the condition always reads both (investor)."""

    def bind(value: list[str]) -> dict[str, Any]:
        ids, slugs = ids_and_slugs(value)
        return {f"{prefix}_ids": ids, f"{prefix}_slugs": slugs} if slugs or always_slugs else {f"{prefix}_ids": ids}

    return bind


def _when(name: str, make: Any) -> Any:
    return lambda ctx: make(ctx) if name in ctx.values else None


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


def _enum(choices: tuple[str, ...]) -> Any:
    return lambda name, value: params.enum_list(name, value, choices)


def _single_enum(choices: tuple[str, ...], default: str) -> Any:
    return lambda name, value: params.choice(name, value, choices, default)


def _skills(name: str, value: Any) -> list[str]:
    return params.enum_list(name, value, skills.skill_ids())


def _refs_list(name: str, value: Any) -> list[str]:
    out = params.as_list(value)
    for ref in out:
        if len(ref) > 200:
            raise params.InvalidParameter(name, "an id or slug is at most 200 characters")
    return out


def _usd(name: str, value: Any) -> float | None:
    return params.number(name, value)


SECTOR_HELP = (
    "`crypto` = tagged crypto (including crypto-AI jobs), `ai` = tagged AI (including crypto-AI jobs), "
    "`both` = tagged both crypto and AI (the intersection; `intersection` is accepted too), `none` = neither. "
    "A job matches any of the given values."
)
JOB_FILTERS = Registry("jobs", [
    Filter("sector", "Sector", SECTOR_HELP, "enum", _enum(tuple(params.SECTORS)),
           lambda v: {"sector_classes": params.sector_classes(v)},
           _when("sector_classes", lambda c: one_of(c, JOBS.c.sector_class, "sector_classes", String())),
           repeatable=True, choices=tuple(params.SECTORS), example=["crypto"]),
    Filter("region", "Region", "A job in any of these regions matches.", "enum", _enum(REGIONS),
           lambda v: {"region_mask": region_mask(v)},
           _when("region_mask", lambda c: JOBS.c.region_mask.op("&")(c.bind("region_mask", Integer()))
                 != literal_column("0")),
           repeatable=True, choices=REGIONS),
    Filter("country", "Country", "ISO 3166-1 alpha-2 code (US, DE, SG); a job in any of them matches.", "string",
           lambda n, v: params.countries(v, n), _patterns("country_"), _keyed("country_", JOBS.c.countries_key),
           repeatable=True, example=["DE"], schema={"minLength": 2, "maxLength": 2}),
    Filter("remote", "Remote", "true: remote jobs only; false: on-site/hybrid only.", "boolean", params.boolean,
           lambda v: {"remote": v}, _when("remote", lambda c: JOBS.c.remote == c.bind("remote", Boolean()))),
    Filter("company", "Company", "Company id or slug.", "string", _refs_list, _refs("company"),
           _when("company_ids", lambda c: company_match(c, JOBS.c.company_id, "company")), repeatable=True),
    Filter("exclude_company", "Exclude company", "Company id or slug whose jobs are left out.", "string",
           _refs_list, _refs("exclude_company"),
           _when("exclude_company_ids", lambda c: or_(JOBS.c.company_id.is_(None),
                                                     not_(company_match(c, JOBS.c.company_id, "exclude_company")))),
           repeatable=True),
    Filter("investor", "Investor", "Investor slug or id: jobs at that investor's portfolio companies.", "string",
           _refs_list, _refs("investor", always_slugs=True),
           _when("investor_ids", lambda c: JOBS.c.company_id.in_(investor_companies_of(c))), repeatable=True),
    Filter("q", "Search", search_query.__doc__.split("\n\n")[0] + ' e.g. `solidity`, `"smart contract"`, '
           "`zk*`, `rust OR move`, `-android`. With `q` the default order is by relevance.", "text", _q, _q_bind,
           q_condition, example="solidity engineer", schema={"minLength": 1, "maxLength": search_query.MAX_LENGTH}),
    Filter("status", "Status", "open (default), closed or all.", "enum", _single_enum(STATUSES, "open"),
           lambda v: {} if v == "all" else {"status": v},
           _when("status", lambda c: JOBS.c.status == c.bind("status", String())), choices=STATUSES, default="open"),
    Filter("posted_after", "Posted after", "Posted (or, without a date, first seen) at or after this ISO 8601 "
           "date/time (UTC if naive).", "datetime", params.timestamp, lambda v: {"posted_after": v},
           _when("posted_after", lambda c: c.bind("posted_after", UTCDateTime()) <= JOB_DATE)),
    Filter("posted_before", "Posted before", "Posted (or first seen) before this date/time.", "datetime",
           params.timestamp, lambda v: {"posted_before": v},
           _when("posted_before", lambda c: c.bind("posted_before", UTCDateTime()) > JOB_DATE)),
    Filter("first_seen_after", "First seen after", "First seen by talentintel at or after this date/time: what a "
           "digest counts as new.", "datetime", params.timestamp, lambda v: {"first_seen_after": v},
           _when("first_seen_after", lambda c: c.bind("first_seen_after", UTCDateTime()) <= JOBS.c.first_seen_at)),
    Filter("first_seen_before", "First seen before", "First seen before this date/time.", "datetime",
           params.timestamp, lambda v: {"first_seen_before": v},
           _when("first_seen_before", lambda c: c.bind("first_seen_before", UTCDateTime()) > JOBS.c.first_seen_at)),
    Filter("salary_min", "Salary at least (posting currency)", "Top of range (or only figure) at least this, in "
           "the posting's own currency and period; prefer salary_usd_min.", "number", params.number,
           lambda v: {"salary_min": v}, _when("salary_min", lambda c: c.bind("salary_min", Float()) <= JOB_SALARY),
           schema={"minimum": 0}),
    Filter("salary_usd_min", "Annual pay at least (USD)", "Jobs whose annual pay in USD (top of range, converted "
           "with the yearly FX table and annualized from the pay period) is at least this.", "number", _usd,
           lambda v: {"salary_usd_min": v},
           _when("salary_usd_min", lambda c: c.bind("salary_usd_min", Float()) <= JOBS.c.salary_usd_max),
           schema={"minimum": 0}),
    Filter("salary_usd_max", "Annual pay at most (USD)", "Jobs whose annual pay in USD (bottom of range) is at most "
           "this.", "number", _usd, lambda v: {"salary_usd_max": v},
           _when("salary_usd_max", lambda c: c.bind("salary_usd_max", Float()) >= JOBS.c.salary_usd_min),
           schema={"minimum": 0}),
    Filter("employment_type", "Employment type", "full_time, part_time, contract, internship, temporary or other.",
           "enum", _enum(EMPLOYMENT_TYPES), lambda v: {"employment_types": v},
           _when("employment_types", lambda c: one_of(c, JOBS.c.employment_type, "employment_types", String())),
           repeatable=True, choices=EMPLOYMENT_TYPES),
    Filter("seniority", "Seniority", "Level read from the title (in several languages); a job at any of them "
           "matches.", "enum", _enum(seniority.LEVELS), lambda v: {"seniorities": v},
           _when("seniorities", lambda c: one_of(c, JOBS.c.seniority, "seniorities", String())),
           repeatable=True, choices=seniority.LEVELS),
    Filter("skill", "Skill", "Skill id from the taxonomy (rust, solidity, pytorch, cuda...); with skill_match=all "
           "a job needs every one, else any.", "enum", _skills, _skills_bind, _skill_condition, repeatable=True,
           choices=skills.skill_ids(), example=["rust"]),
    Filter("skill_match", "Skill match", "`any` (default) or `all` of the given skills.", "enum",
           _single_enum(SKILL_MATCHES, "any"), lambda v: {"all_skills": True} if v == "all" else {},
           lambda c: None, choices=SKILL_MATCHES, default="any"),
    Filter("visa_sponsorship", "Visa sponsorship", "true: the posting offers visa sponsorship; false: it says it "
           "does not.", "boolean", params.boolean, lambda v: {"visa_sponsorship": v},
           _when("visa_sponsorship", lambda c: JOBS.c.visa_sponsorship == c.bind("visa_sponsorship", Boolean()))),
])  # fmt: skip


class JobFilters:
    """Validated job filters by name (those given); an absent filter reads as its default ([] when repeatable)."""

    __slots__ = ("values",)

    def __init__(self, values: Mapping[str, Any] | None = None, **given: Any) -> None:
        self.values: dict[str, Any] = {**(values or {}), **given}

    def __getattr__(self, name: str) -> Any:
        if name in self.values:
            return self.values[name]
        flt = JOB_FILTERS.filters.get(name)
        if flt is None:
            raise AttributeError(name)
        return [] if flt.repeatable else flt.default

    def replace(self, **changes: Any) -> JobFilters:
        return JobFilters({**self.values, **changes})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JobFilters) and self.values == other.values

    def __repr__(self) -> str:
        return f"JobFilters({self.values!r})"


def parse_filters(raw: Mapping[str, Any]) -> JobFilters:
    """Validate job filters (query parameters, a saved search's, keyword arguments); InvalidParameter names the
    culprit: an unknown filter, a single one given twice, a malformed value."""
    return JobFilters(JOB_FILTERS.parse(raw))


def bind_values(filters: JobFilters) -> dict[str, Any]:
    return JOB_FILTERS.bind_values(filters.values)


def conditions(values: Mapping[str, Any], dialect: str, *, unique: bool = True) -> list[ColumnElement[bool]]:
    return JOB_FILTERS.conditions(values, dialect, unique=unique)
