"""Filters shared by the trend queries, validated once and turned into SQL conditions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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

    @property
    def needs_jobs_table(self) -> bool:
        """Company and investor filters cannot be answered from snapshots, which keep no company."""
        return bool(self.companies or self.investors)

    def conditions(self) -> list[ColumnElement[Any]]:
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
        return conds

    def as_dict(self) -> dict[str, Any]:
        return {
            "sector": list(self.sectors),
            "region": list(self.regions),
            "country": list(self.countries),
            "company": list(self.companies),
            "investor": list(self.investors),
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
) -> JobFilter:
    """Validated filters; company and investor take ids or slugs, one or several (a job matches any)."""
    investors = _refs(investor)
    inv_ids = [investor_id(session, ref) for ref in investors]
    return JobFilter(
        sectors=sector_classes(sector),
        regions=regions(region),
        countries=countries(country),
        companies=tuple(company_id(session, ref) for ref in _refs(company)),
        investors=tuple(investors),
        company_ids=tuple(portfolio_ids(session, inv_ids)) if inv_ids else None,
    )
