"""Query parameters shared by list routes, declared once with descriptions and examples for OpenAPI.

The filter dependencies are async although they do no I/O: FastAPI runs a sync dependency in the thread pool.
GET /v1/jobs, the hot path, parses its query string itself (job_list) and documents the same declarations through
openapi_parameters(): FastAPI's per-parameter processing costs about 0.3 ms a request for its 16 parameters,
more than the database needs for the page.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from fastapi import FastAPI, Path, Query, Request

from api.page_params import PageParams
from talentintel.services.queries import companies, funding, jobs
from talentintel.services.queries import params as qparams
from talentintel.services.queries.filter_registry import FilterValues, Registry

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
JobSort = Literal["-posted_at", "posted_at", "-first_seen", "first_seen", "-salary", "-salary_usd", "relevance"]
JOB_SORT = Query(
    None,
    description="`-posted_at`: newest first (the default without `q`); `posted_at`: oldest first; `-first_seen`: "
    "newest to talentintel first (a digest's order); `first_seen`: the reverse; `-salary`: best "
    "paid first in the posting's currency; `-salary_usd`: best paid first in annual USD; `relevance`: best match "
    "of `q` first (the default with `q`). A job's date is when it was posted, or when first seen if the source "
    "gives no date.",
)
ID_PATH = Path(ge=1, le=2**31 - 1, description="Numeric id.", examples=[1])


LIST_PAGE = ("sort", "limit", "cursor")
EXPORT_PAGE = (*LIST_PAGE, "format")


def registry_filters(values: type[FilterValues], page: tuple[str, ...] = LIST_PAGE) -> Callable[..., Any]:
    """A dependency reading a list route's filters from its query string through the filter registry of `values`
    (RoundFilters, FundFilters...): every name is checked (400 naming an unknown or repeated one), and the route
    declares `page` itself. The route passes openapi_extra=filter_doc(values) to document the filters."""

    async def dependency(request: Request) -> Any:
        parsed, _page = values.registry.from_query(request.query_params.multi_items(), page)
        return values(parsed)

    return dependency


@dataclass(frozen=True)
class RegistryList:
    filters: Any  # the route's FilterValues
    sort: str
    limit: int
    cursor: str | None


def registry_list(values: type[FilterValues], declaration: Callable[..., Any]) -> Callable[[Request], RegistryList]:
    """A list route's filters (the registry of `values`, as registry_filters) and its page parameters declared
    with Query() in `declaration`'s signature, read from the query string by the route itself, as /v1/jobs does:
    FastAPI's dependency and parameter processing was ~45% of a cached /v1/funding-rounds page's app CPU, which
    made its p99 at 32 connections twice that of /v1/jobs. The route documents them with
    openapi_extra=list_doc(values, declaration); errors are FastAPI's own (PageParams)."""
    read_page = PageParams(declaration)
    names = tuple(read_page.names)

    def read(request: Request) -> RegistryList:
        parsed, page = values.registry.from_query(request.query_params.multi_items(), names)
        filters = values(parsed)
        return RegistryList(filters=filters, **read_page(page))

    return read


def list_doc(values: type[FilterValues], declaration: Callable[..., Any]) -> dict[str, Any]:
    """openapi_extra of a route reading registry_list(values, declaration): the filters, then the page parameters."""
    return {**filter_doc(values), "parameters": openapi_parameters(declaration)}


_DOC_KEY = "x-filter-registry"
_DOCUMENTED: dict[str, Registry] = {}


def filter_doc(values: type[FilterValues] | Registry) -> dict[str, Any]:
    """openapi_extra of a route reading registry_filters(values) (or trend_filters(registry)): a marker
    document_filters() replaces by the registry's parameters when the document is built, so a new registry entry
    is documented at once."""
    registry = values if isinstance(values, Registry) else values.registry
    _DOCUMENTED[registry.kind] = registry
    return {_DOC_KEY: registry.kind}


def _repeats(annotation: Any) -> bool:
    options = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    return any(get_origin(option) is list for option in options)


def trend_filters(request: Request, registry: Registry) -> dict[str, Any]:
    """The registry's filters of a route that also declares its own query parameters (the trends: granularity,
    start, by, measure...): every name in the query string is checked against both (400 naming an unknown one, or
    a single-valued one given twice); FastAPI has already validated the route's own."""
    own = request.scope["route"].dependant.query_params
    single = [p.alias for p in own if not _repeats(p.field_info.annotation)]
    repeatable = [p.alias for p in own if _repeats(p.field_info.annotation)]
    parsed, _own = registry.from_query(request.query_params.multi_items(), single, repeatable)
    return parsed


def document_filters(schema: dict[str, Any]) -> None:
    """Replace each filter_doc() marker by its registry's parameters, first in the operation (as on /v1/jobs)."""
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            kind = operation.pop(_DOC_KEY, None)
            if kind is not None:
                operation["parameters"] = [*_DOCUMENTED[kind].openapi(), *operation.get("parameters", [])]


RoundSort = Literal["-announced_on", "announced_on", "-amount"]
ROUND_SORT = Query(
    "-announced_on",
    description="`-announced_on`: newest first (default; undated rounds last); `announced_on`; `-amount`: largest first.",
)
CompanySort = Literal["name", "-id"]
COMPANY_SORT = Query("name", description="`name` (default) or `-id` (most recently added first).")


async def round_page_doc(sort: RoundSort = ROUND_SORT, limit: int = LIMIT, cursor: str | None = CURSOR) -> None:
    """The page parameters of GET /v1/funding-rounds (round_list reads them; openapi_parameters documents them)."""


async def company_page_doc(sort: CompanySort = COMPANY_SORT, limit: int = LIMIT, cursor: str | None = CURSOR) -> None:
    """The page parameters of GET /v1/companies (company_list reads them; openapi_parameters documents them)."""


round_list = registry_list(funding.RoundFilters, round_page_doc)
company_list = registry_list(companies.CompanyFilters, company_page_doc)


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
