"""What may close a job: a complete fetch (unless it shrank suddenly) and staleness.

A board that answers an empty or much shorter list after a long one is more often broken (an API change, a login
wall, a filter gone wrong) than emptied, so such a fetch closes nothing until the next run sees the same; the run
says so. A posting a source has not listed for STALE_DAYS closes even when no complete fetch said so (boards that
only page partly, detail pages that keep failing), as long as the source itself succeeds.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from talentintel.models import Source
from talentintel.services.ingest.classify import Plan, Sighted
from talentintel.services.queries.tables import SIGHTINGS

SHRINK_RATIO = 0.5  # fewer than half of the postings listed before is a sudden shrink...
SHRINK_MIN_LOST = 5  # ...when at least this many went at once


def shrink_hold(source: Source, plan: Plan, keep: set[str]) -> str | None:
    """Why this complete fetch closes nothing (a first sudden shrink), else None; remembers the shrink on the source
    so the next run can confirm it. Postings named but not read (`keep`: their detail failed) count as listed."""
    before, now_listed = plan.listed_before, len(plan.seen | keep)
    sudden = before - now_listed >= SHRINK_MIN_LOST and now_listed < before * SHRINK_RATIO
    if not sudden:
        source.held_shrink = None
        return None
    if source.held_shrink is not None:  # the previous run saw the shrink too: it is real
        source.held_shrink = None
        return None
    source.held_shrink = now_listed
    return f"{now_listed} posting(s) where {before} were listed: nothing closed until the next run confirms the shrink"


def missing(plan: Plan, keep: set[str]) -> list[Sighted]:
    """Sightings a complete fetch did not list."""
    present = plan.seen | keep
    return [s for ext, s in plan.sighted.items() if ext not in present and s.active]


def stale(conn: Connection, source_id: int, plan: Plan, keep: set[str], now: datetime, days: float) -> list[Sighted]:
    """Active sightings not listed for `days` (and not listed now). Asked of the database (usually none are), so the
    board's sightings are read without their timestamps."""
    cutoff = now - timedelta(days=days)
    present = plan.seen | keep
    rows = conn.execute(
        select(SIGHTINGS.c.external_id).where(
            SIGHTINGS.c.source_id == source_id, SIGHTINGS.c.active.is_(True), SIGHTINGS.c.last_seen_at < cutoff
        )
    )
    return [plan.sighted[ext] for (ext,) in rows if ext not in present and ext in plan.sighted]
