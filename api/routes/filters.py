"""/v1/filters: the filter vocabularies from the core registries, for filter forms (the web app) and clients."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from api.deps import read_access
from api.docs import LIST_RESPONSES
from api.responses import json_response
from api.schemas.filters import FilterVocabulary
from talentintel.services.queries.company_filters import COMPANY_FILTERS
from talentintel.services.queries.fund_filters import FUND_FILTERS
from talentintel.services.queries.job_filters import JOB_FILTERS
from talentintel.services.queries.round_filters import ROUND_FILTERS

router = APIRouter(tags=["jobs"], dependencies=[Depends(read_access)])


@router.get(
    "/filters",
    summary="The filter vocabulary",
    description="Every filter with its label, type, choices, help and whether it repeats, per list: `jobs` (GET "
    "/v1/jobs, exports, saved searches and subscriptions), `funding_rounds`, `funds` and `companies`.",
    response_model=FilterVocabulary,
    responses=LIST_RESPONSES,
)
async def list_filters(request: Request) -> Response:
    body = {"jobs": JOB_FILTERS.describe(), "funding_rounds": ROUND_FILTERS.describe(), "funds": FUND_FILTERS.describe(),
            "companies": COMPANY_FILTERS.describe()}  # fmt: skip
    return json_response(request, body)
