"""/v1/sources (admin): sources, their scrape runs, and queueing a scrape now."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api import params
from api.deps import admin_access, db_session
from api.docs import ADMIN_RESPONSES, DETAIL_RESPONSES, LIST_RESPONSES
from api.errors import ApiProblem
from api.responses import json_response
from api.schemas import Problem, ScrapeQueued, ScrapeRunPage, SourcePage, SourceStatus
from talentintel.logs import get_logger
from talentintel.services import source_status
from talentintel.services.queries import sources

router = APIRouter(tags=["sources"], dependencies=[Depends(admin_access)])
log = get_logger(__name__)
SCRAPE_TASK = "talentintel.scrape_source"
NAME = Path(max_length=200, description="Source name (as in the sources file).", examples=["acme-greenhouse"])


@router.get(
    "/sources", summary="List sources", response_model=None, responses={200: {"model": SourcePage}, **LIST_RESPONSES}
)
def list_sources(
    request: Request,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    status: Literal["active", "proposed", "rejected", "retired"] | None = Query(
        None, description="Only sources in this state: `proposed` lists what discovery found for review."
    ),
    session: Session = Depends(db_session),
) -> Response:
    page = sources.list_sources(session, limit=limit, cursor_token=cursor, status=status)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})


@router.get(
    "/sources/{name}",
    summary="One source: freshness, failure streak and the data quality of its last run",
    response_model=None,
    responses={200: {"model": SourceStatus}, **DETAIL_RESPONSES},
)
def get_source(request: Request, name: str = NAME, session: Session = Depends(db_session)) -> Response:
    return json_response(request, source_status.statuses(session, name)[0])


@router.get(
    "/sources/{name}/runs",
    summary="A source's scrape runs, newest first",
    response_model=None,
    responses={200: {"model": ScrapeRunPage}, **DETAIL_RESPONSES},
)
def list_scrape_runs(
    request: Request,
    name: str = NAME,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    session: Session = Depends(db_session),
) -> Response:
    page = sources.list_runs(session, name, limit=limit, cursor_token=cursor)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})


@router.post(
    "/sources/{name}/runs",
    summary="Queue a scrape of the source now",
    status_code=202,
    response_model=ScrapeQueued,
    responses={
        **ADMIN_RESPONSES,
        503: {
            "model": Problem,
            "description": "The broker is unreachable.",
            "content": {"application/problem+json": {}},
        },
    },
)
async def queue_scrape_run(
    request: Request, name: str = NAME, session: Session = Depends(db_session)
) -> dict[str, str]:
    await run_in_threadpool(sources.source_id, session, name)  # 404 for an unknown source
    try:
        task_id = await run_in_threadpool(request.app.state.enqueue, SCRAPE_TASK, name)
    except Exception as exc:  # any broker failure is the same thing to the client: try again later
        log.warning("scrape.enqueue_failed", source=name, error=str(exc))
        raise ApiProblem(503, "could not queue the scrape: the broker is unreachable; try again later") from exc
    return {"source": name, "task_id": str(task_id), "status": "queued"}
