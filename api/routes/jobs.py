"""/v1/jobs: filtered, keyset-paginated job listings, details and streamed exports."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import DETAIL_RESPONSES, EXPORT_CONTENT, LIST_RESPONSES
from api.responses import export_format, export_response, json_response
from api.schemas import JobDetail, JobPage
from talentintel.db import get_engine
from talentintel.services.queries import jobs

router = APIRouter(tags=["jobs"], dependencies=[Depends(read_access)])


@router.get(
    "/jobs",
    summary="List jobs",
    description="Jobs matching every given filter, newest first by default, one keyset page at a time.",
    response_model=None,
    responses={200: {"model": JobPage, "content": EXPORT_CONTENT}, **LIST_RESPONSES},
)
def list_jobs(
    request: Request,
    filters: jobs.JobFilters = Depends(params.job_filters),
    sort: params.JobSort = params.JOB_SORT,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    format: params.ExportFormat | None = params.FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    fmt = export_format(request, format)
    if fmt in ("csv", "ndjson"):
        return export_response(
            jobs.export(get_engine(), filters, sort=sort, csv=fmt == "csv"), fmt, jobs.CSV_COLUMNS, "jobs"
        )
    page = jobs.list_jobs(session, filters, sort=sort, limit=limit, cursor_token=cursor)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})


@router.get(
    "/jobs/{job_id}",
    summary="One job",
    description="The job with its description, tagging evidence and every source that lists it.",
    response_model=None,
    responses={200: {"model": JobDetail}, **DETAIL_RESPONSES},
)
def get_job(request: Request, job_id: int = params.ID_PATH, session: Session = Depends(db_session)) -> Response:
    return json_response(request, jobs.get_job(session, job_id))
