"""Companies (jobs over time by sector, open jobs, rounds, investors, pivot flag), funding rounds, investors."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.responses import Response

from api.deps import db_session
from api.web import filters
from api.web.render import page, plain, search_page
from api.web.session import Visitor, member
from talentintel.services.queries import companies, funding, investors
from talentintel.trends import charts
from talentintel.trends.investor_focus import investor_focus
from talentintel.trends.jobs import job_trends
from talentintel.trends.pivots import company_pivots

router = APIRouter()


def ref_path() -> Any:
    # A fresh Path() per parameter: FastAPI binds a shared FieldInfo to the first parameter name it meets.
    return Path(min_length=1, max_length=300, description="Id or slug.")


CHART_MONTHS = 12
PIVOT_SECONDS = 600


def _year() -> dict[str, Any]:
    today = datetime.now(UTC).date()
    return {"granularity": "month", "start": today - timedelta(days=30 * (CHART_MONTHS - 1)), "end": today}


def _svg(figure: Any) -> Response:
    return Response(charts.render(figure, "svg"), media_type="image/svg+xml",
                    headers={"Cache-Control": "private, max-age=300"})  # fmt: skip


def _cursor(request: Request) -> str | None:
    cursor = request.query_params.get("cursor") or None
    return cursor if cursor is None or len(cursor) <= 1000 else None


def _pivots(request: Request, session: Session) -> dict[int, dict[str, Any]]:
    """The year's pivoting companies by id, computed once per PIVOT_SECONDS per app: the pivot query groups every
    job of the window, and pivots move over months, so a company page need not pay it on each view."""
    cached = getattr(request.app.state, "web_pivots", None)
    now = time.monotonic()
    if cached is None or cached[0] < now:
        found = company_pivots(session, granularity="month", limit=200)["items"]
        cached = (now + PIVOT_SECONDS, {p["company_id"]: p for p in found})
        request.app.state.web_pivots = cached
    return cached[1]  # type: ignore[no-any-return]


@router.get("/companies", summary="Companies")
def list_companies(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    q = (request.query_params.get("q") or "").strip()[:200]
    raw = {"q": q} if q else {}
    found = companies.list_companies(session, companies.parse_filters(raw), limit=50, cursor_token=_cursor(request))
    return page(request, v, "companies.html", q=q, found=found)


@router.get("/companies/{ref}", summary="One company")
def company_page(
    request: Request, ref: str = ref_path(), v: Visitor = Depends(member), session: Session = Depends(db_session)
) -> Response:
    company = companies.get_company(session, ref)
    trend = job_trends(session, company=[str(company["id"])], by_region=False, **_year())
    pivot = _pivots(request, session).get(company["id"])
    return page(request, v, "company.html", company=plain(company), trend=trend, pivot=pivot)


@router.get("/companies/{ref}/jobs-by-sector.svg", summary="Chart: the company's open jobs by sector")
def company_chart(
    ref: str = ref_path(), v: Visitor = Depends(member), session: Session = Depends(db_session)
) -> Response:
    company = companies.get_company(session, ref, jobs_limit=1)
    trend = job_trends(session, company=[str(company["id"])], by_region=False, **_year())
    return _svg(charts.jobs_figure(trend, "open"))


@router.get("/funding-rounds", summary="Funding rounds")
def list_rounds(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    search = filters.round_search(request.query_params)
    return search_page(request, v, "rounds.html", search, partial(funding.list_rounds, session))


@router.get("/investors", summary="Investors")
def list_investors(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    q = (request.query_params.get("q") or "").strip()[:200]
    found = investors.list_investors(session, q=q or None, limit=50, cursor_token=_cursor(request))
    return page(request, v, "investors.html", q=q, found=found)


@router.get("/investors/{slug}", summary="One investor")
def investor_page(
    request: Request, slug: str = ref_path(), v: Visitor = Depends(member), session: Session = Depends(db_session)
) -> Response:
    investor = investors.get_investor(session, slug)
    focus = investor_focus(session, investor=[investor["slug"]], **_year())
    return page(request, v, "investor.html", investor=investor, focus=focus)


@router.get("/investors/{slug}/focus.svg", summary="Chart: the investor's rounds by sector over time")
def investor_chart(
    slug: str = ref_path(), v: Visitor = Depends(member), session: Session = Depends(db_session)
) -> Response:
    investor = investors.get_investor(session, slug)
    return _svg(charts.investor_focus_figure(investor_focus(session, investor=[investor["slug"]], **_year())))
