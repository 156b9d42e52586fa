"""Job search (every /v1/jobs filter as a form field, the query in the URL), its CSV export, and the job page."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.responses import Response

from api.deps import db_session
from api.responses import export_response
from api.web import filters
from api.web.render import page, plain, search_page
from api.web.session import Visitor, member
from talentintel.db import get_engine
from talentintel.services.queries import jobs

router = APIRouter()


@router.get("/jobs", summary="Search jobs")
def search_jobs(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    search = filters.job_search(request.query_params)
    return search_page(request, v, "jobs.html", search, partial(jobs.list_jobs, session))


@router.get("/jobs.csv", summary="The current search as CSV")
def export_jobs(request: Request, v: Visitor = Depends(member)) -> Response:
    search = filters.job_search(request.query_params)
    if not search.ok:
        return page(request, v, "jobs.html", status=400, search=search, found=None)
    batches = jobs.export(get_engine(), search.filters, sort=search.sort, csv=True)
    return export_response(batches, "csv", jobs.CSV_COLUMNS, "jobs")


@router.get("/jobs/{job_id}", summary="One job")
def job_page(
    request: Request,
    job_id: int = Path(ge=1, le=2**31 - 1),
    v: Visitor = Depends(member),
    session: Session = Depends(db_session),
) -> Response:
    return page(request, v, "job.html", job=plain(jobs.get_job(session, job_id)))
