"""/v1/filters: the filter vocabulary from the core registry, for filter forms (the web app) and clients."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from api.deps import read_access
from api.docs import LIST_RESPONSES
from api.responses import json_response
from api.schemas.filters import FilterVocabulary
from talentintel.services.queries.job_filters import JOB_FILTERS

router = APIRouter(tags=["jobs"], dependencies=[Depends(read_access)])


@router.get(
    "/filters",
    summary="The filter vocabulary",
    description="Every job filter with its label, type, choices, help and whether it repeats: what GET /v1/jobs, "
    "exports, saved searches and subscriptions accept.",
    response_model=FilterVocabulary,
    responses=LIST_RESPONSES,
)
async def list_filters(request: Request) -> Response:
    return json_response(request, {"jobs": JOB_FILTERS.describe()})
