"""Funds list (every /v1/funds filter as a form field, the query in the URL, keyset pages) and its CSV export."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from api.deps import db_session
from api.responses import export_response
from api.web import filters
from api.web.render import page, plain
from api.web.session import Visitor, member
from talentintel.db import get_engine
from talentintel.services.queries import funds
from talentintel.services.queries.params import InvalidParameter

router = APIRouter()


@router.get("/funds", summary="Funds")
def list_funds(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    search = filters.fund_search(request.query_params)
    found = None
    if search.ok:
        try:
            found = funds.list_funds(session, search.filters, sort=search.sort, limit=search.limit,
                                     cursor_token=search.cursor)  # fmt: skip
        except InvalidParameter as exc:  # found only when the query runs: a cursor of another list or sort
            search.errors[exc.name] = exc.reason
    return page(request, v, "funds.html", status=200 if search.ok else 400, search=search, found=plain(found))


@router.get("/funds.csv", summary="The current funds search as CSV")
def export_funds(request: Request, v: Visitor = Depends(member)) -> Response:
    search = filters.fund_search(request.query_params)
    if not search.ok:
        return page(request, v, "funds.html", status=400, search=search, found=None)
    batches = funds.export(get_engine(), search.filters, sort=search.sort, csv=True)
    return export_response(batches, "csv", funds.CSV_COLUMNS, "funds")
