"""/v1/funds: the funds venture firms raised (capital committed to crypto, AI or both), filtered, paged or exported."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import EXPORT_CONTENT, LIST_RESPONSES
from api.responses import export_format, export_response, json_response
from api.schemas import Region, Sector
from api.schemas.funds import FundPage
from talentintel.db import get_engine
from talentintel.services.queries import funds

router = APIRouter(tags=["funding"], dependencies=[Depends(read_access)])

FundSort = Literal["-announced_on", "announced_on", "-amount"]


async def fund_filters(
    investor: list[str] | None = Query(
        None, description="Repeatable investor slug or id: funds it raised.", examples=[["paradigm"]]
    ),
    focus: list[Sector] | None = Query(
        None,
        description="Repeatable focus sector: `crypto` (including crypto-AI funds), `ai` (including crypto-AI), "
        "`intersection` (both), `none` (generalist or not stated).",
        examples=[["ai"]],
    ),
    region: list[Region] | None = Query(None, description="Repeatable; funds investing in any of these regions."),
    announced_after: date | None = Query(None, description="Announced on or after this date."),
    announced_before: date | None = Query(None, description="Announced before this date."),
    amount_min: float | None = Query(None, ge=0, description="Smallest fund size, in US dollars."),
    amount_max: float | None = Query(None, ge=0, description="Largest fund size, in US dollars."),
) -> funds.FundFilters:
    return funds.parse_filters({k: v for k, v in locals().items() if v is not None and v != []})


@router.get(
    "/funds",
    summary="List funds",
    description="Funds investors raised, closed or launched (one row per close, however many outlets reported it), "
    "newest first by default; a keyset page, or every match as CSV / NDJSON.",
    response_model=None,
    responses={200: {"model": FundPage, "content": EXPORT_CONTENT}, **LIST_RESPONSES},
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
