"""/v1/trends/*: movement of talent and capital between crypto and AI, as JSON or as an SVG / PNG chart."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BeforeValidator
from sqlmodel import Session
from starlette.responses import Response

from api import params
from api.deps import db_session, read_access
from api.docs import LIST_RESPONSES
from api.responses import json_response
from api.schemas import Region
from api.schemas.trends import CompanyPivots, FundingTrends, InvestorFocus, JobTrends
from talentintel.errors import InvalidParameter
from talentintel.trends import charts
from talentintel.trends.filters import (
    FUND_TREND_FILTERS,
    FUNDING_TREND_DOC,
    JOB_TREND_FILTERS,
    NO_FILTERS,
    ROUND_TREND_FILTERS,
)
from talentintel.trends.funding import funding_trends
from talentintel.trends.funds import fund_trends
from talentintel.trends.investor_focus import investor_focus
from talentintel.trends.jobs import job_trends
from talentintel.trends.pivots import company_pivots

router = APIRouter(tags=["trends"], dependencies=[Depends(read_access)])

SectorClass = Literal["crypto", "ai", "both", "intersection", "none"]
Format = Literal["json", "svg", "png"]
CHART_CONTENT: dict[str, Any] = {
    "image/svg+xml": {"schema": {"type": "string"}, "example": "<svg xmlns=...>"},
    "image/png": {"schema": {"type": "string", "format": "binary"}},
}


GRANULARITY = Query("week", description="`week` (ISO, Monday to Sunday, UTC) or `month`.")


def _iso_day(value: object) -> object:
    """Days as YYYY-MM-DD only: pydantic would read `end=0` as a Unix timestamp (1970-01-01)."""
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Day = Annotated[date, BeforeValidator(_iso_day)]
START = Query(None, description="First UTC day to cover (widened to its period's start). Default: 12 periods back.")
END = Query(None, description="Last UTC day to cover (widened to its period's end). Default: today.")
FORMAT = Query("json", description="`json`, or the chart as `svg` or `png`.")
SECTOR_CLASS = Query(
    None,
    description="Repeatable: the sector classes to count, crypto (only), ai (only), both (= intersection), none; "
    "one series each. The registry's `sector` filter selects jobs or rounds as on the lists.",
)
REGION = Query(None, description="Repeatable: jobs or rounds in any of these regions.")


def _respond(request: Request, kind: str, result: dict[str, Any], fmt: str) -> Response:
    if fmt == "json":
        return json_response(request, result)
    return Response(charts.chart(kind, result, fmt), media_type=charts.MEDIA_TYPES[fmt])


@router.get(
    "/trends/jobs",
    summary="Job trends",
    description="Open jobs (at each period's end), new and closed jobs per week or month, split by sector class and "
    "region, with shares within the period and change from the previous one. Past periods with a snapshot for "
    "every day come from the daily snapshots (`source=auto`), so closed and deleted postings keep counting. Takes "
    "the filters of GET /v1/jobs but `status` and the date bounds (the window replaces them); filters other than "
    "sector, region and country are counted live. Every parameter name is checked (400 naming it).",
    response_model=None,
    responses={200: {"model": JobTrends, "content": CHART_CONTENT}, **LIST_RESPONSES},
    openapi_extra=params.filter_doc(JOB_TREND_FILTERS),
)
def get_job_trends(
    request: Request,
    granularity: Literal["week", "month"] = GRANULARITY,
    start: Day | None = START,
    end: Day | None = END,
    sector_class: list[SectorClass] | None = SECTOR_CLASS,
    by_region: bool = Query(True, description="Also give one row set per region (besides `all`)."),
    source: Literal["auto", "live", "snapshots"] = Query("auto", description="Where counts come from."),
    metric: Literal["open", "new"] = Query("open", description="What the chart draws."),
    format: Format = FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    filters = params.trend_filters(request, JOB_TREND_FILTERS)
    result = job_trends(
        session, granularity=granularity, start=start, end=end, sector=sector_class or (), filters=filters,
        by_region=by_region, source=source,
    )  # fmt: skip
    if format == "json":
        return json_response(request, result)
    return Response(charts.render(charts.jobs_figure(result, metric), format), media_type=charts.MEDIA_TYPES[format])


@router.get(
    "/trends/funding",
    summary="Funding trends",
    description="Rounds and USD raised per period, split by sector class, region, round type or investor; with "
    "`measure=fund_capital`, the funds investors raised and their USD instead, split by the funds' focus sector "
    "class, region or manager. Takes the filters of GET /v1/funding-rounds (with `measure=fund_capital`, those of "
    "GET /v1/funds) but the date bounds, which the window replaces. Every parameter name is checked (400 naming "
    "it; a round filter with measure=fund_capital is unknown).",
    response_model=None,
    responses={200: {"model": FundingTrends, "content": CHART_CONTENT}, **LIST_RESPONSES},
    openapi_extra=params.filter_doc(FUNDING_TREND_DOC),
)
def get_funding_trends(
    request: Request,
    granularity: Literal["week", "month"] = Query("month", description="`week` or `month` (UTC)."),
    start: Day | None = START,
    end: Day | None = END,
    by: Literal["sector_class", "region", "round_type", "investor"] = Query("sector_class", description="The split."),
    sector_class: list[SectorClass] | None = SECTOR_CLASS,
    round_type: list[str] | None = Query(
        None, max_length=30, description="Repeatable, e.g. seed, series_a (free text; `round` checks the types)."
    ),
    top: int = Query(10, ge=1, le=100, description="With by=investor: the investors with most dollars."),
    measure: Literal["rounds", "fund_capital"] = Query(
        "rounds", description="`rounds`: company rounds; `fund_capital`: funds investors raised (by focus sector)."
    ),
    format: Format = FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    filters = params.trend_filters(request, FUND_TREND_FILTERS if measure == "fund_capital" else ROUND_TREND_FILTERS)
    if measure == "fund_capital":
        if round_type:
            raise InvalidParameter("round_type", "funds have no round type (measure=fund_capital)")
        result = fund_trends(
            session, granularity=granularity, start=start, end=end, by=by, sector=sector_class or (),
            filters=filters, top=top,
        )  # fmt: skip
    else:
        result = funding_trends(
            session, granularity=granularity, start=start, end=end, by=by, sector=sector_class or (),
            round_type=round_type or (), filters=filters, top=top,
        )  # fmt: skip
    return _respond(request, "funding", result, format)


@router.get(
    "/trends/company-pivots",
    summary="Company pivots",
    description="Companies whose new postings moved from crypto to AI or into the intersection between the first "
    "and second half of the window, ranked by the rise of the AI share, with counts per period as evidence.",
    response_model=None,
    responses={200: {"model": CompanyPivots, "content": CHART_CONTENT}, **LIST_RESPONSES},
)
def get_company_pivots(
    request: Request,
    granularity: Literal["week", "month"] = Query("month", description="`week` or `month` (UTC)."),
    start: Day | None = START,
    end: Day | None = END,
    region: list[Region] | None = REGION,
    min_jobs: int = Query(3, ge=1, le=10_000, description="Postings needed in each half."),
    min_shift: float = Query(0.25, gt=0, le=1, description="Least fall of the crypto share and rise of the AI share."),
    limit: int = Query(20, ge=1, le=200),
    format: Format = FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    params.trend_filters(request, NO_FILTERS)  # its own parameters only: an unknown name is a 400
    result = company_pivots(
        session, granularity=granularity, start=start, end=end, region=region or (), min_jobs=min_jobs,
        min_shift=min_shift, limit=limit,
    )  # fmt: skip
    return _respond(request, "company-pivots", result, format)


@router.get(
    "/trends/investor-focus",
    summary="Investor focus",
    description="Each investor's rounds and dollars per period by sector class, as shares of what it did in the "
    "period, with the shift of its AI share between its first and last active period.",
    response_model=None,
    responses={200: {"model": InvestorFocus, "content": CHART_CONTENT}, **LIST_RESPONSES},
)
def get_investor_focus(
    request: Request,
    granularity: Literal["week", "month"] = Query("month", description="`week` or `month` (UTC)."),
    start: Day | None = START,
    end: Day | None = END,
    investor: list[str] | None = Query(None, description="Repeatable slug or id; default: the most active."),
    sector_class: list[SectorClass] | None = SECTOR_CLASS,
    top: int = Query(10, ge=1, le=100),
    format: Format = FORMAT,
    session: Session = Depends(db_session),
) -> Response:
    params.trend_filters(request, NO_FILTERS)
    result = investor_focus(
        session, granularity=granularity, start=start, end=end, investor=investor or (),
        sector=sector_class or (), top=top,
    )  # fmt: skip
    return _respond(request, "investor-focus", result, format)
