"""/v1/sources/{name}/approve|reject and /v1/discoveries (admin): what discovery proposed, and why per website."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import admin_access, db_session
from api.docs import DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import json_response
from api.schemas.discovery import DiscoveryPage, SourceDecision
from talentintel.models import Source
from talentintel.services import discovery
from talentintel.services.queries import discoveries

router = APIRouter(tags=["sources"], dependencies=[Depends(admin_access)])
NAME = Path(max_length=200, description="Source name.", examples=["acme-ashby"])


def _decision(row: Source) -> dict[str, Any]:
    return {k: getattr(row, k) for k in SourceDecision.model_fields}


@router.post(
    "/sources/{name}/approve",
    summary="Start scraping a proposed source",
    response_model=SourceDecision,
    responses=DETAIL_RESPONSES,
)
def approve_source(name: str = NAME, session: Session = Depends(db_session)) -> dict[str, Any]:
    return _decision(discovery.approve(session, name))


@router.post(
    "/sources/{name}/reject",
    summary="Never scrape (nor propose again) a discovered source",
    response_model=SourceDecision,
    responses=DETAIL_RESPONSES,
)
def reject_source(name: str = NAME, session: Session = Depends(db_session)) -> dict[str, Any]:
    return _decision(discovery.reject(session, name))


@router.get(
    "/discoveries",
    summary="Company websites tried by discovery, newest first",
    response_model=None,
    responses={200: {"model": DiscoveryPage}, **LIST_RESPONSES},
)
def list_discoveries(
    request: Request,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    session: Session = Depends(db_session),
) -> Response:
    page = discoveries.list_discoveries(session, limit=limit, cursor_token=cursor)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})
