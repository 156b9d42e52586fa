"""Scrape-run bookkeeping: claim a source for a run, record the run's outcome, back off a failing source.

The scrape runner (scrapers/runner.py) does the I/O and calls these between its steps; each call gets a session of
its own from the caller, so no transaction stays open while a board is fetched.

A claim is a conditional UPDATE of the source (`last_status = 'running'`); a second caller finds it claimed and
records a skipped run. A claim older than `STALE_CLAIM` belongs to a run that died. A claim made by a Celery task
whose worker was killed is taken over at once by the redelivery of the same task (same task id): its first attempt
is certainly dead, since the hard time limit ends any attempt before Redis redelivers. The dead run is marked
`interrupted`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from talentintel.errors import UserError
from talentintel.models import Job, JobSighting, ScrapeRun, Source
from talentintel.types import utcnow

MAX_BACKOFF = timedelta(days=1)
STALE_CLAIM = timedelta(seconds=1200)  # a claim older than this belongs to a run that died (> TASK_TIME_LIMIT)
FAILED_STATUSES = ("failed", "disallowed")


class UnknownSource(UserError):
    pass


@dataclass
class RunResult:
    """What one run did; `finish` copies the fields named in RUN_FIELDS onto its ScrapeRun row."""

    source: str
    status: str  # ok | partial | failed | not_modified | disallowed | skipped
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    failed: int = 0
    linked: int = 0
    others: int = 0  # funding announcements that were no round and no fund (stored as nothing)
    requests: int = 0
    duration_ms: int = 0
    error: str | None = None
    message: str | None = None
    run_id: int | None = None
    quality: dict[str, Any] | None = None  # data quality of the postings (services.ingest.quality)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The RunResult fields stored on the run row: a new per-run figure is one field here, on RunResult and on ScrapeRun.
RUN_FIELDS = ("status", "new", "updated", "unchanged", "closed", "failed", "duration_ms", "error", "message", "quality")


@dataclass(frozen=True)
class Claim:
    """A detached snapshot of the source row and the run row made for this attempt; `skipped` says why not."""

    source: Source
    run: ScrapeRun
    skipped: str | None = None


def _take_over(session: Session, source: Source, now: datetime, task_id: str | None) -> bool:
    """Mark the runs a dead attempt left `running` as interrupted when this attempt may replace it: the claim is
    stale, or it was made by an earlier delivery of this very task. True when the claim may be taken."""
    dead = session.exec(
        select(ScrapeRun).where(col(ScrapeRun.source_id) == source.id, col(ScrapeRun.status) == "running")
    ).all()
    stale = source.last_run_at is None or source.last_run_at < now - STALE_CLAIM
    redelivered = task_id is not None and any(run.task_id == task_id for run in dead)
    if not (stale or redelivered):
        return False
    for run in dead:
        run.status, run.finished_at = "interrupted", now
        run.message = "the worker died during this run; " + (
            "the redelivered task took over" if run.task_id == task_id else "a later run took over"
        )
        session.add(run)
    return True


def _claim_reason(session: Session, source: Source, now: datetime, force: bool, task_id: str | None) -> str | None:
    if not source.enabled:
        return "disabled"
    if source.backoff_until and source.backoff_until > now and not force:
        return f"backing off after {source.consecutive_failures} failures until {source.backoff_until.isoformat()}"
    if source.last_status == "running" and not _take_over(session, source, now, task_id):
        return "already running"
    claimed = session.execute(  # type: ignore[attr-defined]
        update(Source)
        .where(col(Source.id) == source.id)
        .where(or_(col(Source.last_status).is_(None), col(Source.last_status) != "running",
                   col(Source.last_run_at) == source.last_run_at))
        .values(last_status="running", last_run_at=now)
    ).rowcount  # fmt: skip
    return None if claimed else "already running"


def claim(session: Session, name: str, *, now: datetime, force: bool = False, task_id: str | None = None) -> Claim:
    """Claim source `name` for a run and record the run (running, or skipped with the reason). UnknownSource when
    there is no such source."""
    source = session.exec(select(Source).where(col(Source.name) == name)).first()
    if source is None or source.id is None:
        raise UnknownSource(f"unknown source {name!r}: not in the sources file nor the database")
    reason = _claim_reason(session, source, now, force, task_id)
    run = ScrapeRun(
        source_id=source.id, started_at=now, status="skipped" if reason else "running", message=reason, task_id=task_id
    )
    if reason:
        run.finished_at, run.duration_ms = now, 0
    session.add(run)
    session.flush()
    session.refresh(source)
    session.expunge(source)
    session.expunge(run)
    return Claim(source, run, reason)


def source_company_ids(session: Session, source_id: int) -> list[int]:
    """The companies with a posting sighted on this source (their sector aggregates change with its postings)."""
    ids = session.exec(
        select(Job.company_id).distinct()
        .join(JobSighting, col(JobSighting.job_id) == col(Job.id))
        .where(col(JobSighting.source_id) == source_id, col(Job.company_id).is_not(None))
    ).all()  # fmt: skip
    return [c for c in ids if c is not None]


def save_validators(
    session: Session, source_id: int, *, etag: str | None, last_modified: str | None, content_hash: str | None
) -> None:
    """What lets the next run skip an unchanged board (conditional GET, body hash); written with the items."""
    source = session.get(Source, source_id)
    assert source is not None
    source.etag, source.last_modified, source.content_hash = etag, last_modified, content_hash
    session.add(source)


def finish(
    session: Session,
    source_id: int,
    run_id: int,
    result: RunResult,
    *,
    retry_after: float | None = None,
    now: datetime | None = None,
) -> None:
    """Record the run's outcome on its row and on the source; a failure backs the source off: the first retries at
    the next scheduled run, then the wait doubles up to a day (longer if the server asked with Retry-After)."""
    now = now or utcnow()
    source = session.get(Source, source_id)
    record = session.get(ScrapeRun, run_id)
    assert source is not None and record is not None
    for key in RUN_FIELDS:
        setattr(record, key, getattr(result, key))
    record.finished_at = now
    source.last_status, source.last_error, source.last_run_at = result.status, result.error, now
    if result.status in FAILED_STATUSES:
        source.consecutive_failures += 1
        steps = 2 ** (source.consecutive_failures - 1) - 1
        delay = min(timedelta(seconds=source.interval_seconds * steps), MAX_BACKOFF)
        if retry_after:
            delay = max(delay, timedelta(seconds=retry_after))
        source.backoff_until = now + delay if delay else None
    else:
        source.consecutive_failures = 0
        source.backoff_until = None
        source.last_success_at = now
    session.add(source)
    session.add(record)
