"""The digest's one seam to the /v1 filter semantics: validate a saved search, turn it into a WHERE clause.

Filters are the API's own (`services.queries.jobs` / `.funding`: `parse_filters`, `where`): a saved search or a
subscription's filters mean exactly what the same parameters mean on GET /v1/jobs or GET /v1/funding-rounds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

from talentintel.errors import UserError
from talentintel.services.queries import funding as round_queries
from talentintel.services.queries import jobs as job_queries
from talentintel.services.queries import params

SHARED_KEYS = ("sector", "region", "investor", "country", "company")  # what a job and a funding search both mean


def _object(filters: Any) -> dict[str, Any]:
    if not isinstance(filters, dict):
        raise UserError("filters: must be an object of query parameters")
    for key, value in filters.items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if not isinstance(v, str | int | float | bool) and v is not None:
                raise params.InvalidParameter(key, "must be a string, number, boolean or a list of them")
            if "\x00" in str(v) or "\x00" in key:  # PostgreSQL cannot store NUL in text or JSONB
                raise params.InvalidParameter(key, "must not contain NUL characters")
    return filters


def validate_jobs(filters: Any) -> dict[str, Any]:
    """The filters as given, once they pass /v1/jobs validation (InvalidParameter names the culprit)."""
    job_queries.parse_filters(_object(filters))
    return dict(filters)


def validate_funding(filters: Any) -> dict[str, Any]:
    """The filters as given, once they pass /v1/funding-rounds validation."""
    round_queries.parse_filters(_object(filters))
    return dict(filters)


def validate_sort(kind: str, filters: dict[str, Any], sort: str | None) -> str | None:
    """A saved search's or subscription's sort: one of the sorts of its list (GET /v1/jobs, or /v1/funding-rounds
    for kind `funding`), checked against its filters as that list checks it (relevance needs q); None or "" for the
    list's default. InvalidParameter names `sort`."""
    if sort is None or sort == "":
        return None
    if kind == "funding":
        return params.choice("sort", sort, round_queries.SORTS, round_queries.DEFAULT_SORT)
    return job_queries.default_sort(job_queries.parse_filters(filters), sort)


def job_order(filters: dict[str, Any], sort: str, dialect: str) -> tuple[Any, ...]:
    """ORDER BY of a /v1/jobs sort (relevance ranks by these filters' q) in a statement over jobs."""
    return job_queries.order_by(job_queries.parse_filters(filters), sort, dialect)


def job_where(filters: dict[str, Any], dialect: str, *, status: str | None = None) -> ColumnElement[bool]:
    parsed = job_queries.parse_filters(filters)
    if status is not None:
        parsed = parsed.replace(status=status)
    return job_queries.where(parsed, dialect)


def round_where(filters: dict[str, Any], dialect: str) -> ColumnElement[bool]:
    return round_queries.where(round_queries.parse_filters(filters), dialect)


def funding_from_job_filters(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if k in SHARED_KEYS}


def describe(name: str, filters: dict[str, Any], kind: str) -> str:
    """`Europe AI roles — jobs: region europe; sector ai` for the digest's header."""
    shown = "; ".join(f"{k} {', '.join(params.as_list(v))}" for k, v in sorted(filters.items()) if params.as_list(v))
    label = f"{kind}: {shown or 'everything'}"
    return f"{name} — {label}" if name else label
