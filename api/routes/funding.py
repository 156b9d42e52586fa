"""/v1/funding-rounds and /v1/investors."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import as_sent_key, cached_as_sent, cached_page, encode_json, json_response
from api.schemas import FundingRoundPage, InvestorPage
from api.schemas.funds import InvestorDetailWithFunds
from talentintel.services.queries import funding, investors, list_pages
from talentintel.services.queries.page_cache import ROUND_TABLES

router = APIRouter(tags=["funding"], dependencies=[Depends(read_access)])


@router.get(
    "/funding-rounds",
    summary="List funding rounds",
    description="Rounds matching every given filter, with their investors; newest first by default.",
    response_model=None,
    responses={200: {"model": FundingRoundPage}, **LIST_RESPONSES},
    openapi_extra=params.list_doc(funding.RoundFilters, params.round_page_doc),
)
async def list_funding_rounds(request: Request) -> Response:
    """Async, without a session: as /v1/jobs, a URL already answered is served by its query string as sent, and
    the page is read from the PostgreSQL read pool and cached until rounds, their investors or companies change
    (list_pages)."""
    sent = as_sent_key(request)
    repeated = cached_as_sent(request, sent)
    if repeated is not None:
        return repeated
    query = params.round_list(request)

    async def render() -> tuple[bytes, str]:
        page = await list_pages.rounds(
            request.app.state.read_pool, query.filters, sort=query.sort, limit=query.limit, cursor=query.cursor
        )
        return encode_json({"items": page.items, "next_cursor": page.next_cursor})

    key = list_pages.cache_key("funding-rounds", query.filters, query.sort, query.limit, query.cursor)
    return await cached_page(request, key, ROUND_TABLES, render, as_sent=sent)


@router.get(
    "/investors",
    summary="List investors",
    response_model=None,
    responses={200: {"model": InvestorPage}, **LIST_RESPONSES},
)
def list_investors(
    request: Request,
    q: str | None = Query(None, max_length=200, description="Part of the investor's name or slug."),
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    session: Session = Depends(db_session),
) -> Response:
    page = investors.list_investors(session, q=q, limit=limit, cursor_token=cursor)
    return json_response(request, {"items": page.items, "next_cursor": page.next_cursor})


@router.get(
    "/investors/{slug}",
    summary="One investor, its portfolio, rounds and funds",
    response_model=None,
    responses={200: {"model": InvestorDetailWithFunds}, **DETAIL_RESPONSES},
)
def get_investor(
    request: Request,
    slug: str = Path(max_length=200, description="Investor slug.", examples=["paradigm"]),
    session: Session = Depends(db_session),
) -> Response:
    return json_response(request, investors.get_investor(session, slug))
