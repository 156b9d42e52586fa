"""The trends dashboard: the /v1/trends charts (jobs by sector, funding, investor focus) and company pivots, with
their filters as a form whose query the chart images share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.datastructures import QueryParams
from starlette.responses import Response

from api.deps import db_session
from api.web.filters import REGION_CHOICES
from api.web.render import page
from api.web.session import PageError, Visitor, member
from talentintel.errors import InvalidParameter
from talentintel.services.queries import params as qparams
from talentintel.trends import charts
from talentintel.trends.funding import funding_trends
from talentintel.trends.investor_focus import investor_focus
from talentintel.trends.jobs import job_trends
from talentintel.trends.periods import make_window
from talentintel.trends.pivots import company_pivots

router = APIRouter()
SECTOR_CLASS_CHOICES = (("crypto", "Crypto only"), ("ai", "AI only"), ("both", "Crypto + AI"), ("none", "Neither"))
FUNDING_SPLITS = (("sector_class", "Sector"), ("region", "Region"), ("round_type", "Round type"))


@dataclass
class TrendQuery:
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    granularity: str = "month"
    start: Any = None
    end: Any = None
    sector_class: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    metric: str = "open"
    by: str = "sector_class"

    def query(self) -> str:
        pairs = [(k, v) for k, v in self.values.items() if isinstance(v, str) and v]
        pairs += [(k, item) for k in ("sector_class", "region") for item in getattr(self, k)]
        return urlencode(pairs)


def _read(query: QueryParams) -> TrendQuery:
    t = TrendQuery(values={k: (query.get(k) or "").strip() for k in ("granularity", "start", "end", "metric", "by")})
    steps = (
        ("granularity", lambda: qparams.choice("granularity", t.values["granularity"] or None, ("week", "month"),
                                               "month")),
        ("start", lambda: qparams.day("start", t.values["start"])),
        ("end", lambda: qparams.day("end", t.values["end"])),
        ("sector_class", lambda: qparams.enum_list("sector_class", query.getlist("sector_class"),
                                                   [c for c, _ in SECTOR_CLASS_CHOICES])),
        ("region", lambda: qparams.regions(query.getlist("region"))),
        ("metric", lambda: qparams.choice("metric", t.values["metric"] or None, ("open", "new"), "open")),
        ("by", lambda: qparams.choice("by", t.values["by"] or None, [b for b, _ in FUNDING_SPLITS], "sector_class")),
    )  # fmt: skip
    for name, step in steps:
        try:
            setattr(t, name, step())
        except qparams.InvalidParameter as exc:
            t.errors[exc.name] = exc.reason
    if not t.errors:
        try:
            make_window(t.granularity, t.start, t.end)
        except InvalidParameter as exc:
            t.errors[exc.name] = exc.reason
    return t


def _window(t: TrendQuery) -> dict[str, Any]:
    return {"granularity": t.granularity, "start": t.start, "end": t.end}


@router.get("/trends", summary="Trends dashboard")
def dashboard(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    t = _read(request.query_params)
    pivots = None
    if not t.errors:
        try:
            pivots = company_pivots(session, region=t.region, **_window(t))
        except InvalidParameter as exc:  # e.g. a one-period window: no halves to compare
            pivots = {"items": [], "problem": exc.reason}
    return page(request, v, "trends.html", status=400 if t.errors else 200, t=t, pivots=pivots,
                sector_classes=SECTOR_CLASS_CHOICES, regions=REGION_CHOICES, splits=FUNDING_SPLITS)  # fmt: skip


def _checked(request: Request) -> TrendQuery:
    t = _read(request.query_params)
    if t.errors:
        raise PageError(400, "; ".join(f"{k}: {v}" for k, v in t.errors.items()))
    return t


def _svg(figure: Any) -> Response:
    return Response(charts.render(figure, "svg"), media_type="image/svg+xml",
                    headers={"Cache-Control": "private, max-age=300"})  # fmt: skip


@router.get("/trends/jobs.svg", summary="Chart: jobs by sector")
def jobs_chart(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    t = _checked(request)
    result = job_trends(session, sector=t.sector_class, region=t.region, by_region=False, **_window(t))
    return _svg(charts.jobs_figure(result, t.metric))


@router.get("/trends/funding.svg", summary="Chart: funding")
def funding_chart(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    t = _checked(request)
    result = funding_trends(session, by=t.by, sector=t.sector_class, region=t.region, **_window(t))
    return _svg(charts.funding_figure(result))


@router.get("/trends/investor-focus.svg", summary="Chart: investor focus")
def focus_chart(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    t = _checked(request)
    return _svg(charts.investor_focus_figure(investor_focus(session, sector=t.sector_class, top=8, **_window(t))))
