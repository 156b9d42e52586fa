"""The `data` of each event: the subject as the API serves it (GET /v1/jobs/{id}, a /v1/funding-rounds item, ...),
rendered for a batch of ids at once, as plain JSON values (dates as the API writes them).

A renderer per type: `RENDERERS[type](session, ids) -> {id: object}`; an id missing from the answer (the row was
deleted before fan-out) gets no delivery. fund.announced renders `{"id": ...}` until the funds resource exists
(issue 13): the lead points it at that resource's serializer (`register`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import orjson
from sqlalchemy import select
from sqlmodel import Session

from talentintel import events
from talentintel.services.queries import funding, funds, jobs
from talentintel.services.queries.tables import COMPANIES, ROUNDS

Renderer = Callable[[Session, Sequence[int]], dict[int, Any]]
CHUNK = 500


def plain(value: Any) -> Any:
    """What the API would send, decoded: datetimes as ISO strings, JSON fragments spliced."""
    return orjson.loads(orjson.dumps(value))


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def job_objects(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    """GET /v1/jobs/{id} for many ids: two queries per 500 jobs instead of two per job."""
    out: dict[int, Any] = {}
    for chunk in _chunks(list(ids)):
        out.update({k: plain(v) for k, v in jobs.details(session.connection(), chunk).items()})
    return out


def round_objects(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    """Items of GET /v1/funding-rounds, with their investors."""
    conn = session.connection()
    out: dict[int, Any] = {}
    for chunk in _chunks(list(ids)):
        rows = conn.execute(
            select(*funding.COLUMNS)
            .select_from(ROUNDS.outerjoin(COMPANIES, COMPANIES.c.id == ROUNDS.c.company_id))
            .where(ROUNDS.c.id.in_(chunk))
        ).all()
        backers = funding.investors_of(conn, [r[0] for r in rows])
        out.update({r[0]: plain({**funding.item(r), "investors": backers[r[0]]}) for r in rows})
    return out


def fund_objects(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    """Items of GET /v1/funds."""
    out: dict[int, Any] = {}
    for chunk in _chunks(list(ids)):
        rows = (
            session.connection()
            .execute(
                select(*funds.COLUMNS)
                .select_from(funds.FUNDS.join(funds.INVESTORS, funds.INVESTORS.c.id == funds.FUNDS.c.investor_id))
                .where(funds.FUNDS.c.id.in_(chunk))
            )
            .all()
        )
        out.update({r[0]: plain(funds.item(r)) for r in rows})
    return out


def _ids_only(_session: Session, ids: Sequence[int]) -> dict[int, Any]:
    return {i: {"id": i} for i in ids}


RENDERERS: dict[str, Renderer] = {
    events.JOB_OPENED: job_objects,
    events.JOB_CLOSED: job_objects,
    events.ROUND_ANNOUNCED: round_objects,
    events.FUND_ANNOUNCED: fund_objects,
    events.COMPANY_PIVOTED: _ids_only,  # pivots carry their data from emit (a computation, not a row)
}


def register(type_: str, renderer: Renderer) -> None:
    RENDERERS[type_] = renderer


def render(session: Session, type_: str, ids: Sequence[int]) -> dict[int, Any]:
    return RENDERERS.get(type_, _ids_only)(session, ids)
