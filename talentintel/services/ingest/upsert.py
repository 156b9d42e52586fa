"""The upsert: one source's fetch applied in four set-based steps. Never commits (the caller's boundary does).

1. classify (classify.py): each posting is unchanged, changed, joining a job of the same company known from another
   source (the rule that matched is kept on the sighting), or new;
2. write jobs (write_jobs.py): new job rows, changed ones rewritten and retagged, companies and investors created;
3. write sightings (write_sightings.py): new sightings inserted, the others refreshed or touched;
4. job state: jobs seen again reopen; a COMPLETE fetch closes what it no longer lists (unless it shrank suddenly,
   guards.py), and a posting not listed for STALE_DAYS closes.
Change feed points: `IngestResult.opened_ids` (new and reopened jobs) and `closed_ids` are final once upsert returns;
they are computed in `_job_state` (reopened, closed) and `upsert` (new).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel import events
from talentintel.models import Source
from talentintel.services.ingest import guards, quality, write_jobs, write_sightings
from talentintel.services.ingest.classify import Plan, classify
from talentintel.services.ingest.items import IngestResult, Posting, prepare
from talentintel.settings import get_settings
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
    skipped: Mapping[str, int] | None = None,
) -> IngestResult:
    """Apply one fetch of `source`. `complete`: the fetch saw the whole board, so what is missing is gone.

    `keep_ids`: external ids known to exist but not read this time (a detail page failed): never closed.
    `tag=False` leaves tagging to the retag task (tagger_version stays NULL). `skipped`: what the fetch itself left
    out, by reason, for the run's data quality.
    """
    assert source.id is not None, "source must be flushed"
    now = now or utcnow()
    result = IngestResult(skipped=dict(skipped or {}))
    prepared = prepare(items, result)
    conn = session.connection()
    companies = write_jobs.company_ids(conn, prepared, now)
    plan = classify(conn, source.id, prepared, companies, result)

    new_ids = write_jobs.insert_jobs(conn, plan.new_jobs, companies, now, tag)
    write_jobs.update_jobs(conn, [(item, job_id) for item, _, job_id in plan.changed], companies, now, tag)
    result.new, result.updated = len(new_ids), len(plan.changed)
    result.updated_ids = [job_id for _, _, job_id in plan.changed]

    write_sightings.insert_sightings(
        conn,
        source.id,
        [
            *((j, i, "new") for j, i in zip(new_ids, plan.new_jobs, strict=True)),
            *((j, i, r) for i, j, r in plan.linked),
        ],
        now,
    )
    write_sightings.refresh_sightings(conn, plan, now)
    _job_state(conn, source, plan, result, complete, set(keep_ids), now)
    result.opened_ids = [*new_ids, *result.opened_ids]
    write_jobs.link_investors(conn, source, prepared, companies, now)

    result.partial = sum(1 for i in prepared if i.partial and i.external_id in plan.seen)
    job_of = {ext: s.job_id for ext, s in plan.sighted.items() if ext in plan.seen}
    job_of.update({i.external_id: j for j, i in zip(new_ids, plan.new_jobs, strict=True)})
    job_of.update({i.external_id: j for i, j, _ in plan.linked})
    result.quality = quality.measure(conn, prepared, job_of, result)
    # Webhooks (issue 15): the one hook of ingest; outbox rows in this transaction, sent after it commits.
    events.jobs_changed(session, opened=result.opened_ids, closed=result.closed_ids)
    return result


def _job_state(
    conn: Connection, source: Source, plan: Plan, result: IngestResult, complete: bool, keep: set[str], now: datetime
) -> None:
    """Jobs seen again move last_seen (a closed one reopens and counts as updated); then what closes."""
    seen = {j for _, j in plan.unchanged} | {j for _, j, _ in plan.linked}
    reopened = write_sightings.seen_again(conn, sorted(seen | {j for _, _, j in plan.changed}), sorted(seen), now)
    result.unchanged, result.linked = len(plan.unchanged), len(plan.linked)
    result.opened_ids = reopened
    if reopened:
        result.updated += len(reopened)
        result.unchanged = max(0, result.unchanged - len(reopened))
    result.shrink_held = guards.shrink_hold(source, plan, keep) if complete else None
    if result.shrink_held:
        return
    gone = {s.sighting_id: s for s in guards.stale(conn, source.id or 0, plan, keep, now, get_settings().stale_days)}
    if complete:
        gone.update((s.sighting_id, s) for s in guards.missing(plan, keep))
    result.closed_ids = write_sightings.close_sightings(conn, list(gone.values()), now)
    result.closed = len(result.closed_ids)
