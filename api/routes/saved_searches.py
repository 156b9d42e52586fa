"""/v1/saved-searches: named sets of /v1/jobs or /v1/funding-rounds parameters, owned by the key that made them.

A read key sees and changes only its own searches; an admin key sees all of them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import Principal, db_session, id_path, owner, read_access
from api.docs import AUTH_RESPONSES, DETAIL_RESPONSES, LIST_RESPONSES
from api.responses import id_page_response, json_response
from api.schemas.saved_searches import SavedSearchIn, SavedSearchOut, SavedSearchPage, SavedSearchPatch
from talentintel.models import SavedSearch
from talentintel.services import saved_searches

router = APIRouter(tags=["saved searches"])


def out(search: SavedSearch) -> dict[str, Any]:
    return {
        "id": search.id,
        "name": search.name,
        "kind": search.kind,
        "filters": search.filters,
        "sort": search.sort,
        "created_at": search.created_at.isoformat(),
        "updated_at": search.updated_at.isoformat(),
    }


@router.post(
    "/saved-searches",
    status_code=201,
    summary="Save a search",
    response_model=SavedSearchOut,
    responses=AUTH_RESPONSES,
)
def create_saved_search(
    request: Request,
    body: SavedSearchIn,
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    search = saved_searches.create(
        session, name=body.name, kind=body.kind, filters=body.filters, sort=body.sort, api_key_id=principal.key_id
    )
    return json_response(request, out(search), status_code=201)


@router.get(
    "/saved-searches",
    summary="List saved searches",
    response_model=SavedSearchPage,
    responses=LIST_RESPONSES,
)
def list_saved_searches(
    request: Request,
    limit: int = params.LIMIT,
    cursor: str | None = params.CURSOR,
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    def fetch(after: int, n: int) -> list[SavedSearch]:
        return saved_searches.list_searches(session, owner=owner(principal), after_id=after, limit=n)

    return id_page_response(request, "saved-searches", cursor, limit, fetch, out)


@router.get(
    "/saved-searches/{search_id}",
    summary="One saved search",
    response_model=SavedSearchOut,
    responses=DETAIL_RESPONSES,
)
def get_saved_search(
    request: Request,
    search_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    return json_response(request, out(saved_searches.get(session, search_id, owner=owner(principal))))


@router.patch(
    "/saved-searches/{search_id}",
    summary="Change a saved search",
    response_model=SavedSearchOut,
    responses=DETAIL_RESPONSES,
)
def update_saved_search(
    request: Request,
    body: SavedSearchPatch,
    search_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    search = saved_searches.update(
        session, search_id, name=body.name, kind=body.kind, filters=body.filters, sort=body.sort, owner=owner(principal)
    )
    return json_response(request, out(search))


@router.delete(
    "/saved-searches/{search_id}",
    status_code=204,
    summary="Delete a saved search",
    response_class=Response,
    responses=DETAIL_RESPONSES,
)
def delete_saved_search(
    search_id: int = id_path(),
    principal: Principal = Depends(read_access),
    session: Session = Depends(db_session),
) -> Response:
    saved_searches.delete(session, search_id, owner=owner(principal))
    return Response(status_code=204)
