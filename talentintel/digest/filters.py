"""The digest's one seam to the /v1 filter semantics: validate a saved search, turn it into a WHERE clause.

Job filters are the API's own (`services.queries.jobs.parse_filters` / `where`): a saved search or a subscription's
inline filters mean exactly what the same parameters mean on GET /v1/jobs.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import ColumnElement, and_, true
from sqlmodel import col

from talentintel.errors import UserError
from talentintel.models import FundingRound, region_mask
from talentintel.services.queries import jobs as job_queries
from talentintel.services.queries import params

FUNDING_KEYS = ("sector", "region", "company")  # PROVISIONAL until the API's funding-round filters land
SHARED_KEYS = ("sector", "region", "investor", "country")  # what a job search and a funding search both mean


def _object(filters: Any) -> dict[str, Any]:
    if not isinstance(filters, dict):
        raise UserError("filters: must be an object of query parameters")
    return filters


def validate_jobs(filters: Any) -> dict[str, Any]:
    """The filters as given, once they pass /v1/jobs validation (InvalidParameter names the culprit)."""
    job_queries.parse_filters(_object(filters))
    return dict(filters)


def validate_funding(filters: Any) -> dict[str, Any]:
    for key in _object(filters):
        if key not in FUNDING_KEYS:
            raise params.InvalidParameter(key, f"unknown filter (allowed: {', '.join(FUNDING_KEYS)})")
    params.sectors(filters.get("sector"))
    params.regions(filters.get("region"))
    return dict(filters)


def job_where(filters: dict[str, Any], dialect: str, *, status: str | None = None) -> ColumnElement[bool]:
    parsed = job_queries.parse_filters(filters)
    if status is not None:
        parsed = dataclasses.replace(parsed, status=status)
    return job_queries.where(parsed, dialect)


def round_where(filters: dict[str, Any], dialect: str) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    sectors = params.sector_classes(params.sectors(filters.get("sector")))
    if sectors:
        conds.append(col(FundingRound.sector_class).in_(sectors))
    regions = params.regions(filters.get("region"))
    if regions:
        conds.append(col(FundingRound.region_mask).op("&")(region_mask(regions)) != 0)
    companies = params.as_list(filters.get("company"))
    if companies:
        conds.append(job_queries.company_condition(col(FundingRound.company_id), companies))
    return and_(true(), *conds)


def funding_from_job_filters(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if k in SHARED_KEYS and k in FUNDING_KEYS}


def describe(name: str, filters: dict[str, Any], kind: str) -> str:
    """`Europe AI roles — jobs: region europe; sector ai` for the digest's header."""
    shown = "; ".join(f"{k} {', '.join(params.as_list(v))}" for k, v in sorted(filters.items()) if params.as_list(v))
    label = f"{kind}: {shown or 'everything'}"
    return f"{name} — {label}" if name else label
