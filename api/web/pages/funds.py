"""Funds list (every /v1/funds filter as a form field, the query in the URL, keyset pages) and its CSV export."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from api.deps import db_session
from api.responses import export_response
from api.web import filters
from api.web.render import page, search_page
from api.web.session import Visitor, member
from talentintel.db import get_engine
from talentintel.services.queries import funds

router = APIRouter()


@router.get("/funds", summary="Funds")
def list_funds(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    search = filters.fund_search(request.query_params)
    return search_page(request, v, "funds.html", search, partial(funds.list_funds, session))


@router.get("/funds.csv", summary="The current funds search as CSV")
def export_funds(request: Request, v: Visitor = Depends(member)) -> Response:
    search = filters.fund_search(request.query_params)
    if not search.ok:
        return page(request, v, "funds.html", status=400, search=search, found=None)
    batches = funds.export(get_engine(), search.filters, sort=search.sort, csv=True)
    return export_response(batches, "csv", funds.CSV_COLUMNS, "funds")
