"""/v1/jobs: filtered, keyset-paginated job listings, details and streamed exports."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import DETAIL_RESPONSES, EXPORT_CONTENT, LIST_RESPONSES
from api.responses import (
    as_sent_key,
    cached_as_sent,
    cached_page,
    encode_json,
    export_format,
    export_response,
    json_response,
)
from api.schemas import JobDetail, JobPage
from talentintel.db import get_engine
from talentintel.services.queries import job_pages, jobs, pg_read
from talentintel.services.queries.page_cache import JOB_TABLES

router = APIRouter(tags=["jobs"], dependencies=[Depends(read_access)])


@router.get(
    "/jobs",
    summary="List jobs",
    description="Jobs matching every given filter, newest first by default (best match first with `q`), one keyset "
    'page at a time; `Link: rel="next"` names the next page. Every parameter name is checked (400 naming it).',
    response_model=None,
    responses={200: {"model": JobPage, "content": EXPORT_CONTENT}, **LIST_RESPONSES},
    openapi_extra={"parameters": params.job_list_parameters()},
)
async def list_jobs(request: Request) -> Response:
    """Async, without a session dependency: the core reads the page from the PostgreSQL read pool when there is one
    (else a session in a worker thread); pages are cached until the data under them changes (PostgreSQL)."""
    sent = as_sent_key(request)
    repeated = cached_as_sent(request, sent)
    if repeated is not None:
        return repeated
    query = await params.job_list(request)
    fmt = export_format(request, query.format)
    if fmt in ("csv", "ndjson"):
        batches = jobs.export(get_engine(), query.filters, sort=query.sort, csv=fmt == "csv")
        return export_response(batches, fmt, jobs.CSV_COLUMNS, "jobs")
    pool = request.app.state.read_pool
    page_query = job_pages.prepare(query.filters, pool=pool, sort=query.sort, limit=query.limit, cursor=query.cursor)

    async def render() -> tuple[bytes, str]:
        page = await job_pages.read(pool, page_query)
        return encode_json({"items": page.items, "next_cursor": page.next_cursor})

    return await cached_page(request, pg_read.cache_key(page_query), JOB_TABLES, render, as_sent=sent)


@router.get(
    "/jobs/{job_id}",
    summary="One job",
    description="The job with its description, tagging evidence and every source that lists it.",
    response_model=None,
    responses={200: {"model": JobDetail}, **DETAIL_RESPONSES},
)
def get_job(request: Request, job_id: int = params.ID_PATH, session: Session = Depends(db_session)) -> Response:
    return json_response(request, jobs.get_job(session, job_id))
