"""Which events an endpoint gets: its saved search or inline filters, read exactly as GET /v1/jobs reads them.

`matching()` is the ONE seam to the filter vocabulary (the filter registry replacing talentintel.digest.filters
plugs in here). Job events are matched by the job filters (status aside: the event says open or closed);
round.announced by the funding filters, or by the filters a job search shares with rounds (sector, region,
investor, country, company), as digests do; fund.announced and company.pivoted are not filtered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from talentintel import events
from talentintel.digest import filters as search_filters
from talentintel.models import SavedSearch
from talentintel.models_webhooks import WebhookEndpoint
from talentintel.services.queries.tables import JOBS, ROUNDS

CHUNK = 900
JOB_EVENTS = (events.JOB_OPENED, events.JOB_CLOSED)


@dataclass(frozen=True)
class Selector:
    kind: str  # jobs | funding
    filters: dict[str, Any]
    missing: bool = False  # the saved search was deleted: job and round events match nothing


def selector(session: Session, endpoint: WebhookEndpoint) -> Selector:
    if endpoint.saved_search_id is None:
        return Selector("jobs", dict(endpoint.filters or {}))
    search = session.get(SavedSearch, endpoint.saved_search_id)
    if search is None:
        return Selector("jobs", {}, missing=True)
    return Selector(search.kind, dict(search.filters or {}))


def validate(kind: str, filters: dict[str, Any]) -> dict[str, Any]:
    return search_filters.validate_jobs(filters) if kind == "jobs" else search_filters.validate_funding(filters)


def matching(session: Session, sel: Selector, type_: str, ids: Sequence[int]) -> set[int]:
    """The subset of `ids` (subjects of `type_` events) the selector lets through."""
    if type_ not in (*JOB_EVENTS, events.ROUND_ANNOUNCED):
        return set(ids)
    if sel.missing:
        return set()
    dialect = session.get_bind().dialect.name
    if type_ in JOB_EVENTS:
        if sel.kind != "jobs":
            return set()
        if not sel.filters:
            return set(ids)
        table, cond = JOBS, search_filters.job_where(sel.filters, dialect, status="all")
    else:
        filters = sel.filters if sel.kind == "funding" else search_filters.funding_from_job_filters(sel.filters)
        if not filters:
            return set(ids)
        table, cond = ROUNDS, search_filters.round_where(filters, dialect)
    found: set[int] = set()
    conn = session.connection()
    for i in range(0, len(ids), CHUNK):
        chunk = list(ids[i : i + CHUNK])
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(chunk), cond)).scalars())
    return found
