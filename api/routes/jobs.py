"""/v1/jobs: filtered, keyset-paginated job listings, details and streamed exports."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import DETAIL_RESPONSES, EXPORT_CONTENT, LIST_RESPONSES
from api.responses import encode_json, encoded_json_response, export_format, export_response, json_response
from api.schemas import JobDetail, JobPage
from talentintel.db import get_engine, session_scope
from talentintel.services.queries import jobs, pg_read
from talentintel.services.queries.params import Page

router = APIRouter(tags=["jobs"], dependencies=[Depends(read_access)])


@router.get(
    "/jobs",
    summary="List jobs",
    description="Jobs matching every given filter, newest first by default, one keyset page at a time.",
    response_model=None,
    responses={200: {"model": JobPage, "content": EXPORT_CONTENT}, **LIST_RESPONSES},
    openapi_extra={"parameters": params.job_list_parameters()},
)
async def list_jobs(request: Request) -> Response:
    """Async, without a session dependency: on PostgreSQL the page is one prepared statement on the read pool
    (no thread hop, no transaction); elsewhere the same statement runs on a session in the thread pool. The query
    string is parsed here rather than by a dependency (each one costs FastAPI some tens of microseconds)."""
    query = await params.job_list(request)
    filters, sort, limit, cursor = query.filters, query.sort, query.limit, query.cursor
    fmt = export_format(request, query.format)
    if fmt in ("csv", "ndjson"):
        return export_response(
            jobs.export(get_engine(), filters, sort=sort, csv=fmt == "csv"), fmt, jobs.CSV_COLUMNS, "jobs"
        )
    pool = request.app.state.read_pool
    if pool is None:
        page = await run_in_threadpool(_list_jobs, filters, sort, limit, cursor)
        return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})
    page_query = jobs.page_query(filters, "postgresql", sort=sort, limit=limit, cursor_token=cursor)

    async def render() -> tuple[bytes, str]:
        page = await pg_read.page(pool, page_query)
        return encode_json({"items": page.items, "next_cursor": page.next_cursor})

    cache = request.app.state.page_cache
    body, etag = await (cache.get_or_render(pg_read.cache_key(page_query), render) if cache else render())
    return encoded_json_response(request, body, etag)


def _list_jobs(filters: jobs.JobFilters, sort: str | None, limit: int, cursor: str | None) -> Page:
    with session_scope() as session:
        return jobs.list_jobs(session, filters, sort=sort, limit=limit, cursor_token=cursor)


@router.get(
    "/jobs/{job_id}",
    summary="One job",
    description="The job with its description, tagging evidence and every source that lists it.",
    response_model=None,
    responses={200: {"model": JobDetail}, **DETAIL_RESPONSES},
)
def get_job(request: Request, job_id: int = params.ID_PATH, session: Session = Depends(db_session)) -> Response:
    return json_response(request, jobs.get_job(session, job_id))
