"""Query parameters shared by list routes, declared once with descriptions and examples for OpenAPI.

The filter dependencies are async although they do no I/O: FastAPI runs a sync dependency in the thread pool.
GET /v1/jobs, the hot path, parses its query string itself (job_list) and documents the same declarations through
openapi_parameters(): FastAPI's per-parameter processing costs about 0.3 ms a request for its 16 parameters,
more than the database needs for the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from fastapi import FastAPI, Path, Query, Request

from api.schemas import Region, Sector
from talentintel.services.queries import companies, funding, jobs
from talentintel.services.queries import params as qparams

LIMIT = Query(50, ge=1, le=200, description="Page size, 1..200.", examples=[50])
CURSOR = Query(
    None, max_length=1000, description="Opaque cursor from the previous page's `next_cursor`; omit for the first page."
)
FORMAT = Query(
    None,
    description="`csv` or `ndjson` streams every matching row (no pagination) instead of a JSON page; "
    "`Accept: text/csv` or `Accept: application/x-ndjson` does the same.",
)
ExportFormat = Literal["json", "csv", "ndjson"]
JobSort = Literal["-posted_at", "posted_at", "-salary", "-salary_usd", "relevance"]
JOB_SORT = Query(
    None,
    description="`-posted_at`: newest first (the default without `q`); `posted_at`: oldest first; `-salary`: best "
    "paid first in the posting's currency; `-salary_usd`: best paid first in annual USD; `relevance`: best match "
    "of `q` first (the default with `q`). A job's date is when it was posted, or when first seen if the source "
    "gives no date.",
)
ID_PATH = Path(ge=1, le=2**31 - 1, description="Numeric id.", examples=[1])


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}


async def company_filters(
    sector: list[Sector] | None = Query(None, description="Repeatable; same meaning as on /v1/jobs."),
    region: list[Region] | None = Query(None, description="Repeatable; companies active in any of them."),
    investor: list[str] | None = Query(None, description="Repeatable investor slug or id: its portfolio."),
    q: str | None = Query(None, max_length=200, description="Part of the company name.", examples=["labs"]),
    has_open_jobs: bool | None = Query(None, description="true: only companies hiring now."),
) -> companies.CompanyFilters:
    return companies.parse_filters(_clean(locals()))


async def round_filters(
    investor: list[str] | None = Query(None, description="Repeatable investor slug or id that took part."),
    round: list[str] | None = Query(
        None, max_length=30, description="Repeatable round type, e.g. seed, series_a.", examples=[["seed"]]
    ),
    amount_min: float | None = Query(None, ge=0, description="Smallest amount, in US dollars."),
    amount_max: float | None = Query(None, ge=0, description="Largest amount, in US dollars."),
    sector: list[Sector] | None = Query(None, description="Repeatable; same meaning as on /v1/jobs."),
    region: list[Region] | None = Query(None, description="Repeatable."),
    country: list[str] | None = Query(None, description="Repeatable ISO 3166-1 alpha-2 code."),
    company: list[str] | None = Query(None, description="Repeatable company id or slug."),
    announced_after: date | None = Query(None, description="Announced on or after this date."),
    announced_before: date | None = Query(None, description="Announced before this date."),
) -> funding.RoundFilters:
    return funding.parse_filters(_clean(locals()))


RoundSort = Literal["-announced_on", "announced_on", "-amount"]
ROUND_SORT = Query(
    "-announced_on",
    description="`-announced_on`: newest first (default; undated rounds last); `announced_on`; `-amount`: largest first.",
)
CompanySort = Literal["name", "-id"]
COMPANY_SORT = Query("name", description="`name` (default) or `-id` (most recently added first).")


@dataclass(frozen=True)
class JobList:
    filters: jobs.JobFilters
    sort: str | None
    limit: int
    cursor: str | None
    format: str | None


PAGE_PARAMS = ("sort", "limit", "cursor", "format")
_FORMATS = get_args(ExportFormat)


async def job_list(request: Request) -> JobList:
    """GET /v1/jobs's parameters, validated by the filter registry (400 naming the parameter): an unknown name or
    a single-valued one given twice is refused. Repeatable filters take every value (also comma-separated)."""
    query = request.query_params
    parsed, page = jobs.JOB_FILTERS.from_query(query.multi_items(), PAGE_PARAMS)
    cursor = page.get("cursor") or None
    if cursor is not None and len(cursor) > 1000:
        raise qparams.InvalidParameter("cursor", "must be at most 1000 characters")
    fmt = page.get("format") or None
    if fmt is not None and fmt not in _FORMATS:
        raise qparams.InvalidParameter("format", f"{fmt!r} is not one of {', '.join(_FORMATS)}")
    filters = jobs.JobFilters(parsed)
    return JobList(
        filters=filters,
        sort=jobs.default_sort(filters, page.get("sort")),
        limit=qparams.limit(page.get("limit")),
        cursor=cursor,
        format=fmt,
    )


async def job_page_doc(
    sort: JobSort | None = JOB_SORT,
    limit: int = LIMIT,
    cursor: str | None = CURSOR,
    format: ExportFormat | None = FORMAT,
) -> None:
    """The page parameters job_list() reads, declared for the OpenAPI document only."""


def job_list_parameters() -> list[dict[str, Any]]:
    """OpenAPI parameters of GET /v1/jobs: the filter registry's, then the page's."""
    return [*jobs.JOB_FILTERS.openapi(), *openapi_parameters(job_page_doc)]


def openapi_parameters(declaration: Callable[..., Any]) -> list[dict[str, Any]]:
    """OpenAPI parameter objects of the Query declarations in `declaration`'s signature (and its dependencies),
    generated by FastAPI itself on a throwaway app: for routes that read their query string themselves."""
    doc = FastAPI()
    doc.get("/")(declaration)
    parameters: list[dict[str, Any]] = doc.openapi()["paths"]["/"]["get"]["parameters"]
    if "$ref" in str(parameters):  # components of the throwaway app would not be in the real document
        raise RuntimeError("openapi_parameters: a parameter schema refers to a component")
    return parameters
