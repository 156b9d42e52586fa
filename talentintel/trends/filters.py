"""Filters shared by the trend queries, validated once and turned into SQL conditions.

The trends read the list vocabularies (JOB_FILTERS, ROUND_FILTERS, FUND_FILTERS) less the filters they answer another
way: the window (start, end) replaces the date bounds, and the job counts are open, new and closed by construction,
so `status` has no meaning. Region, country, company and investor keep the trends' own handling (snapshots answer
region and country; an unknown company or investor is a 400 here, where a list just finds nothing)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import or_, select, union
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import (
    REGIONS,
    Company,
    CompanyInvestor,
    FundingRound,
    Investor,
    Job,
    RoundInvestor,
    region_mask,
)
from talentintel.services.queries import params
from talentintel.services.queries.filter_registry import Registry
from talentintel.services.queries.fund_filters import FUND_FILTERS
from talentintel.services.queries.job_filters import JOB_FILTERS
from talentintel.services.queries.round_filters import ROUND_FILTERS

_JOB_DATES = ("posted_after", "posted_before", "first_seen_after", "first_seen_before")
JOB_TREND_FILTERS = JOB_FILTERS.without("job-trends", "status", *_JOB_DATES)
ROUND_TREND_FILTERS = ROUND_FILTERS.without("funding-trends", "announced_after", "announced_before")
FUND_TREND_FILTERS = FUND_FILTERS.without("fund-trends", "announced_after", "announced_before")
# /v1/trends/funding's document: the round filters, then the fund-only ones (measure=fund_capital reads FUND_...).
FUNDING_TREND_DOC = Registry("funding-trends-doc", [
    *ROUND_TREND_FILTERS,
    *(replace(f, help=f"With measure=fund_capital: {f.help}") for f in FUND_TREND_FILTERS
      if f.name not in ROUND_TREND_FILTERS.filters),
])  # fmt: skip
NO_FILTERS = Registry("no-filters", [])  # pivots and investor focus: their own parameters only
# Filters the trend services handle themselves (keyword arguments), split off the registry's values.
OWN = ("region", "country", "company", "investor")


def split_own(filters: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Parsed registry values -> (those the trend keyword arguments take, the rest for the registry's SQL)."""
    own = {k: v for k, v in filters.items() if k in OWN}
    return own, {k: v for k, v in filters.items() if k not in OWN}


# The vocabulary is the read path's (services.queries.params): the same parsers, aliases and errors as /v1/jobs.


def sector_classes(values: Iterable[str], field_name: str = "sector") -> tuple[str, ...]:
    return tuple(params.class_list(field_name, list(values)))


def regions(values: Iterable[str], field_name: str = "region") -> tuple[str, ...]:
    return tuple(params.regions(list(values), field_name))


def countries(values: Iterable[str], field_name: str = "country") -> tuple[str, ...]:
    return tuple(params.countries(list(values), field_name))


def mask_regions(mask: int, wanted: Sequence[str] = ()) -> list[str]:
    names = [name for i, name in enumerate(REGIONS) if mask & (1 << i)]
    return [n for n in names if n in wanted] if wanted else names


def clean_text(field_name: str, value: str | int, max_length: int = 300) -> str:
    """A free-text parameter the database can compare: not too long, no NUL (PostgreSQL rejects it in text)."""
    text = str(value).strip()
    if "\x00" in text or len(text) > max_length:
        raise InvalidParameter(field_name, f"must be at most {max_length} characters, without NUL")
    return text


def _is_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 9  # fits any integer column


def company_id(session: Session, ref: str | int) -> int:
    """A company given by id or slug."""
    text = clean_text("company", ref)
    where = col(Company.id) == int(text) if _is_id(text) else col(Company.slug) == text.lower()
    found = session.execute(select(col(Company.id)).where(where)).scalar()
    if found is None:
        raise InvalidParameter("company", f"no company {ref!r} (give an id or a slug)")
    return int(found)


def investor_id(session: Session, ref: str, field_name: str = "investor") -> int:
    """An investor given by slug (or id)."""
    text = clean_text(field_name, ref)
    where = col(Investor.id) == int(text) if _is_id(text) else col(Investor.slug) == text.lower()
    found = session.execute(select(col(Investor.id)).where(where)).scalar()
    if found is None:
        raise InvalidParameter(field_name, f"no investor {ref!r}")
    return int(found)


def portfolio_ids(session: Session, investors: Sequence[int]) -> list[int]:
    """Companies the investors back: known portfolio memberships and companies of the rounds they took part in."""
    members = select(col(CompanyInvestor.company_id)).where(col(CompanyInvestor.investor_id).in_(investors))
    rounds = (
        select(col(FundingRound.company_id))
        .join(RoundInvestor, col(RoundInvestor.round_id) == col(FundingRound.id))
        .where(col(RoundInvestor.investor_id).in_(investors), col(FundingRound.company_id).is_not(None))
    )
    return sorted(int(r[0]) for r in session.execute(union(members, rounds)))


@dataclass(frozen=True)
class JobFilter:
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    companies: tuple[int, ...] = ()
    investors: tuple[str, ...] = ()  # as given
    company_ids: tuple[int, ...] | None = field(default=None, compare=False)  # resolved portfolio
    extra: Mapping[str, Any] = field(default_factory=dict)  # other JOB_TREND_FILTERS values, as parsed

    @property
    def needs_jobs_table(self) -> bool:
        """Company, investor and the registry's other filters cannot be answered from snapshots, which keep counts
        by sector class, region and country only."""
        return bool(self.companies or self.investors or self.extra)

    def conditions(self, dialect: str = "postgresql") -> list[ColumnElement[Any]]:
        conds: list[ColumnElement[Any]] = []
        if self.sectors:
            conds.append(col(Job.sector_class).in_(self.sectors))
        if self.regions:
            conds.append(col(Job.region_mask).op("&")(region_mask(self.regions)) != 0)
        if self.countries:
            conds.append(or_(*(col(Job.countries_key).like(f"%,{c},%") for c in self.countries)))
        if self.companies:
            conds.append(col(Job.company_id).in_(self.companies))
        if self.company_ids is not None:
            conds.append(col(Job.company_id).in_(self.company_ids or (-1,)))
        if self.extra:
            conds.append(JOB_TREND_FILTERS.where(self.extra, dialect))
        return conds

    def as_dict(self) -> dict[str, Any]:
        return {
            "sector": list(self.sectors),
            "region": list(self.regions),
            "country": list(self.countries),
            "company": list(self.companies),
            "investor": list(self.investors),
            **self.extra,
        }


def _refs(value: str | int | Iterable[str | int] | None) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str | int) else list(value)
    return [str(v).strip() for v in items if str(v).strip()]


def job_filter(
    session: Session,
    *,
    sector: Iterable[str] = (),
    region: Iterable[str] = (),
    country: Iterable[str] = (),
    company: str | int | Iterable[str | int] | None = None,
    investor: str | int | Iterable[str | int] | None = None,
    filters: Mapping[str, Any] | None = None,
) -> JobFilter:
    """Validated filters; company and investor take ids or slugs, one or several (a job matches any). `filters`
    are JOB_TREND_FILTERS values as parsed (a query string's): their region, country, company and investor join
    the keyword arguments'."""
    own, extra = split_own(filters or {})
    region = [*region, *own.get("region", ())]
    country = [*country, *own.get("country", ())]
    company = [*_refs(company), *own.get("company", ())]
    investor = [*_refs(investor), *own.get("investor", ())]
    investors = _refs(investor)
    inv_ids = [investor_id(session, ref) for ref in investors]
    return JobFilter(
        sectors=sector_classes(sector),
        regions=regions(region),
        countries=countries(country),
        companies=tuple(company_id(session, ref) for ref in _refs(company)),
        investors=tuple(investors),
        company_ids=tuple(portfolio_ids(session, inv_ids)) if inv_ids else None,
        extra=extra,
    )
