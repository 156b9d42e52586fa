"""/v1/funds: the funds venture firms raised (capital committed to crypto, AI or both), filtered, paged or exported."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import EXPORT_CONTENT, LIST_RESPONSES
from api.responses import export_format, export_response, json_response
from api.schemas.funds import FundPage
from talentintel.db import get_engine
from talentintel.services.queries import funds

router = APIRouter(tags=["funding"], dependencies=[Depends(read_access)])

FundSort = Literal["-announced_on", "announced_on", "-amount"]


fund_filters = params.registry_filters(funds.FundFilters, params.EXPORT_PAGE)


@router.get(
    "/funds",
    summary="List funds",
    description="Funds investors raised, closed or launched (one row per close, however many outlets reported it), "
    "newest first by default; a keyset page, or every match as CSV / NDJSON.",
    response_model=None,
    responses={200: {"model": FundPage, "content": EXPORT_CONTENT}, **LIST_RESPONSES},
    openapi_extra=params.filter_doc(funds.FundFilters),
)
def list_funds(
    request: Request,
    filters: funds.FundFilters = Depends(fund_filters),
    sort: FundSort = Query(
        "-announced_on",
        description="`-announced_on`: newest first (default; undated funds last); `announced_on`; `-amount`: "
        "largest first.",
    ),
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    format: params.ExportFormat | None = params.FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    fmt = export_format(request, format)
    if fmt in ("csv", "ndjson"):
        batches = funds.export(get_engine(), filters, sort=sort, csv=fmt == "csv")
        return export_response(batches, fmt, funds.CSV_COLUMNS, "funds")
    page = funds.list_funds(session, filters, sort=sort, limit=limit, cursor_token=cursor)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})
