"""The upsert: one source's fetch applied in four set-based steps. Never commits (the caller's boundary does).

1. classify (classify.py): each posting is unchanged, changed, joining a job known from another source, or new;
2. write jobs (write_jobs.py): new job rows, changed ones rewritten and retagged, companies and investors created;
3. write sightings (write_sightings.py): new sightings inserted, the others refreshed or touched;
4. job state: jobs seen again reopen; after a COMPLETE fetch, sightings missing from it go inactive and a job with no
   active sighting left closes.
`IngestResult.opened_ids` and `closed_ids` hold the jobs that opened and closed: the change feed's points.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.models import Source
from talentintel.services.ingest import write_jobs, write_sightings
from talentintel.services.ingest.classify import Plan, classify
from talentintel.services.ingest.items import IngestResult, Posting, prepare
from talentintel.types import utcnow


def upsert(
    session: Session,
    *,
    source: Source,
    items: Iterable[Posting],
    complete: bool,
    keep_ids: Iterable[str] = (),
    now: datetime | None = None,
    tag: bool = True,
) -> IngestResult:
    """Apply one fetch of `source`. `complete`: the fetch saw the whole board, so what is missing is gone.

    `keep_ids`: external ids known to exist but not read this time (a detail page failed): never closed.
    `tag=False` leaves tagging to the retag task (tagger_version stays NULL).
    """
    assert source.id is not None, "source must be flushed"
    now = now or utcnow()
    result = IngestResult()
    prepared = prepare(items, result)
    conn = session.connection()
    plan = classify(conn, source.id, prepared)
    companies = write_jobs.company_ids(conn, prepared, now)

    new_ids = write_jobs.insert_jobs(conn, plan.new_jobs, companies, now, tag)
    write_jobs.update_jobs(conn, [(item, job_id) for item, _, job_id in plan.changed], companies, now, tag)
    result.new, result.updated = len(new_ids), len(plan.changed)
    result.updated_ids = [job_id for _, _, job_id in plan.changed]

    write_sightings.insert_sightings(conn, source.id, [
        *zip(new_ids, plan.new_jobs, strict=True), *((j, i) for i, j in plan.linked),
        *((new_ids[t], i) for i, t in plan.twins)], now)
    write_sightings.refresh_sightings(conn, plan, now)
    _job_state(conn, plan, result, complete, set(keep_ids), now)
    result.opened_ids = [*new_ids, *result.opened_ids]
    write_jobs.link_investors(conn, source, prepared, companies, now)
    return result


def _job_state(conn: Connection, plan: Plan, result: IngestResult, complete: bool, keep: set[str], now: datetime) -> None:
    """Jobs seen again move last_seen (a closed one reopens and counts as updated); a complete fetch closes the rest."""
    seen = {j for _, j in plan.unchanged} | {j for _, j in plan.linked}
    reopened = write_sightings.seen_again(conn, sorted(seen | {j for _, _, j in plan.changed}), sorted(seen), now)
    result.unchanged, result.linked = len(plan.unchanged), len(plan.linked)
    result.opened_ids = reopened
    if reopened:
        result.updated += len(reopened)
        result.unchanged = max(0, result.unchanged - len(reopened))
    if complete:
        result.closed_ids = write_sightings.close_missing(conn, plan, plan.seen | keep, now)
        result.closed = len(result.closed_ids)
