"""Sources status for operators (admin keys): freshness, last run, failures; and a source's recent runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.responses import Response

from api.deps import db_session
from api.web.render import page
from api.web.session import Visitor, admin
from talentintel.services.queries import sources

router = APIRouter()


def freshness(source: dict[str, Any], now: datetime) -> str:
    """fresh: a success within two intervals; stale: older; failing: failures since the last success; never run."""
    if source.get("consecutive_failures"):
        return "failing"
    last = source.get("last_success_at")
    if last is None:
        return "never run"
    last = last if last.tzinfo else last.replace(tzinfo=UTC)
    return "fresh" if now - last <= timedelta(seconds=2 * int(source["interval_seconds"] or 0)) else "stale"


@router.get("/sources", summary="Sources status (admin)")
def list_sources(request: Request, v: Visitor = Depends(admin), session: Session = Depends(db_session)) -> Response:
    cursor = request.query_params.get("cursor") or None
    found = sources.list_sources(session, limit=100, cursor_token=cursor if cursor and len(cursor) <= 1000 else None)
    now = datetime.now(UTC)
    rows = [{**s, "freshness": freshness(s, now)} for s in found.items]
    return page(request, v, "sources.html", rows=rows, next_cursor=found.next_cursor, now=now)


@router.get("/sources/{name}", summary="A source's runs (admin)")
def source_runs(request: Request, name: str = Path(min_length=1, max_length=200), v: Visitor = Depends(admin),
                session: Session = Depends(db_session)) -> Response:  # fmt: skip
    runs = sources.list_runs(session, name, limit=50)
    return page(request, v, "source_runs.html", name=name, runs=runs.items)
