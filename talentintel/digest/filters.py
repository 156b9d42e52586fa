"""The digest's one seam to the /v1 filter semantics: validate a saved search, turn it into a WHERE clause.

PROVISIONAL: the API issue owns filter validation and the job / funding-round query builders
(talentintel/services/). Until they land, this module carries a minimal subset (sector, region, country, remote,
company, status) so the digest can be built and tested; it then delegates to them, keeping this interface.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, true
from sqlmodel import col

from talentintel.errors import UserError
from talentintel.models import REGIONS, Company, FundingRound, Job, region_mask

SECTORS = {"crypto": ("crypto", "both"), "ai": ("ai", "both"), "intersection": ("both",), "none": ("none",)}
JOB_KEYS = ("sector", "region", "country", "remote", "company", "status")
FUNDING_KEYS = ("sector", "region", "country", "company")
SHARED_KEYS = ("sector", "region", "investor", "country")  # what a job search and a funding search both mean


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def validate_jobs(filters: dict[str, Any]) -> dict[str, Any]:
    return _validate(filters, JOB_KEYS)


def validate_funding(filters: dict[str, Any]) -> dict[str, Any]:
    return _validate(filters, FUNDING_KEYS)


def _validate(filters: dict[str, Any], allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(filters, dict):
        raise UserError("filters: must be an object of query parameters")
    for key, value in filters.items():
        if key not in allowed:
            raise UserError(f"filters.{key}: unknown filter (allowed: {', '.join(allowed)})")
        if key == "sector" and any(v not in SECTORS for v in _list(value)):
            raise UserError(f"filters.sector: must be among {', '.join(SECTORS)}")
        if key == "region" and any(v not in REGIONS for v in _list(value)):
            raise UserError(f"filters.region: must be among {', '.join(REGIONS)}")
        if key == "status" and value not in ("open", "closed", "all"):
            raise UserError("filters.status: must be open, closed or all")
    return dict(filters)


def job_where(filters: dict[str, Any], *, status: str | None = None) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    sectors = [c for s in _list(filters.get("sector")) for c in SECTORS.get(s, ())]
    if sectors:
        conds.append(col(Job.sector_class).in_(sectors))
    mask = region_mask(_list(filters.get("region")))
    if mask:
        conds.append(col(Job.region_mask).op("&")(mask) != 0)
    for country in _list(filters.get("country")):
        conds.append(col(Job.countries_key).like(f"%,{country.upper()},%"))
    if filters.get("remote") is not None:
        conds.append(col(Job.remote).is_(str(filters["remote"]).lower() in ("1", "true", "yes")))
    companies = _list(filters.get("company"))
    if companies:
        conds.append(col(Job.company_id).in_(_company_ids(companies)))
    wanted = status or filters.get("status") or "open"
    if wanted != "all":
        conds.append(col(Job.status) == wanted)
    return and_(true(), *conds)


def round_where(filters: dict[str, Any]) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    sectors = [c for s in _list(filters.get("sector")) for c in SECTORS.get(s, ())]
    if sectors:
        conds.append(col(FundingRound.sector_class).in_(sectors))
    mask = region_mask(_list(filters.get("region")))
    if mask:
        conds.append(col(FundingRound.region_mask).op("&")(mask) != 0)
    companies = _list(filters.get("company"))
    if companies:
        conds.append(col(FundingRound.company_id).in_(_company_ids(companies)))
    return and_(true(), *conds)


def _company_ids(values: list[str]) -> Any:
    from sqlmodel import select

    ids = [int(v) for v in values if v.isdigit()]
    return select(Company.id).where(
        col(Company.id).in_(ids) | col(Company.slug).in_(values) | col(Company.name).in_(values)
    )


def funding_from_job_filters(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if k in SHARED_KEYS and k in FUNDING_KEYS}


def describe(name: str, filters: dict[str, Any], kind: str) -> str:
    """`Europe AI roles — jobs: sector ai; region europe` for the digest's header."""
    shown = "; ".join(f"{k} {', '.join(_list(v))}" for k, v in sorted(filters.items()) if _list(v)) or "everything"
    label = f"{kind}: {shown}"
    return f"{name} — {label}" if name else label
