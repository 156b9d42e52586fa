"""/v1/companies: companies with open-job counts; a company's jobs, sector mix, rounds and investors."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.responses import RedirectResponse, Response

from api import params
from api.deps import db_session, read_access
from api.docs import DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import as_sent_key, cached_as_sent, cached_page, encode_json, json_response
from api.schemas import CompanyDetail, CompanyPage
from talentintel.services import company_aliases
from talentintel.services.queries import companies, list_pages
from talentintel.services.queries.page_cache import COMPANY_TABLES
from talentintel.services.queries.params import NotFound

router = APIRouter(tags=["companies"], dependencies=[Depends(read_access)])


@router.get(
    "/companies",
    summary="List companies",
    response_model=None,
    responses={200: {"model": CompanyPage}, **LIST_RESPONSES},
    openapi_extra=params.list_doc(companies.CompanyFilters, params.company_page_doc),
)
async def list_companies(request: Request) -> Response:
    """Async, without a session: as /v1/jobs, the page is read from the PostgreSQL read pool and cached until
    companies, jobs or investors change (list_pages)."""
    # (This docstring is the operation's OpenAPI description.) As on /v1/jobs, a URL already answered is served by
    # its query string as sent, before parsing: FastAPI's parameter processing was ~45% of a cached page's CPU.
    sent = as_sent_key(request)
    repeated = cached_as_sent(request, sent)
    if repeated is not None:
        return repeated
    query = params.company_list(request)

    async def render() -> tuple[bytes, str]:
        pool = request.app.state.read_pool
        page = await list_pages.company_list(
            pool, query.filters, sort=query.sort, limit=query.limit, cursor=query.cursor
        )
        return encode_json({"items": page.items, "next_cursor": page.next_cursor})

    key = list_pages.cache_key("companies", query.filters, query.sort, query.limit, query.cursor)
    return await cached_page(request, key, COMPANY_TABLES, render, as_sent=sent)


@router.get(
    "/companies/{company_id}",
    summary="One company",
    description="By id or slug: the company, its newest open jobs, the sector mix of its open jobs, its funding "
    "rounds and its investors.",
    response_model=None,
    responses={
        200: {"model": CompanyDetail},
        308: {"description": "An old slug of the company: see Location."},
        **DETAIL_RESPONSES,
    },
)
def get_company(
    request: Request,
    company_id: str = Path(max_length=300, description="Company id or slug.", examples=["acme-chain"]),
    session: Session = Depends(db_session),
) -> Response:
    try:
        return json_response(request, companies.get_company(session, company_id))
    except NotFound:
        moved = company_aliases.current_slug(session, company_id.lower())
        if moved is None:
            raise
        # A slug the company had before: permanent, method-preserving redirect to its current one.
        location = f"{request.url.path.rsplit('/', 1)[0]}/{moved}"
        return RedirectResponse(f"{location}?{request.url.query}" if request.url.query else location, status_code=308)
