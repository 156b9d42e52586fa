"""Run one source: load its row -> fetch (conditional) -> parse -> ingest -> record the run.

Job kinds and funding kinds run through the same steps; only the ingest service differs (the kind says what it
yields). Either way the aggregated sector of the companies touched is refreshed.

`run_source(name)` is what the Celery task and the CLI call. It is safe to call twice at once: a run first claims
the source (a conditional UPDATE), and a second caller finds it claimed and records a skipped run. No database
transaction is held open while fetching.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from scrapers.base import ParseError, SourceSpec
from scrapers.crawl import Harvest, crawl
from scrapers.fetch import Fetcher, FetchError, RobotsDisallowed
from scrapers.registry import get_kind, kinds
from talentintel.db import session_scope
from talentintel.errors import UserError
from talentintel.logs import get_logger
from talentintel.models import Job, JobSighting, ScrapeRun, Source
from talentintel.services import company_sectors, funding, ingest
from talentintel.services.sources import SourceEntry, SourcesFileError, load_sources, sync
from talentintel.settings import get_settings
from talentintel.types import utcnow

log = get_logger(__name__)

MAX_BACKOFF = timedelta(days=1)
STALE_CLAIM = timedelta(seconds=1200)  # a claim older than this belongs to a run that died


@dataclass
class RunResult:
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


class UnknownSource(UserError):
    pass


def _spec(row: Source) -> SourceSpec:
    return SourceSpec(name=row.name, kind=row.kind, url=row.url, config=dict(row.config or {}), company=row.company,
                      investor=row.investor)


def _entry_from_settings(name: str) -> SourceEntry | None:
    """The entry of the configured sources file, so a worker picks up edits to the file without a separate sync."""
    try:
        entries = load_sources(get_settings().sources_file, kinds=kinds())
    except SourcesFileError as exc:
        log.warning("sources.file_unusable", error=str(exc))
        return None
    return next((e for e in entries if e.name == name), None)


def _claim(engine: Engine | None, name: str, entry: SourceEntry | None, now: datetime, force: bool) -> tuple[Source, ScrapeRun | None, str | None]:
    """Claim the source for this run: (row, run, None) or (row, skipped run, reason)."""
    with session_scope(engine) as session:
        if entry is not None:
            sync(session, [entry])
        row = session.exec(select(Source).where(col(Source.name) == name)).first()
        if row is None:
            raise UnknownSource(f"unknown source {name!r}: not in the sources file nor the database")
        reason = None
        if not row.enabled:
            reason = "disabled"
        elif row.backoff_until and row.backoff_until > now and not force:
            reason = f"backing off after {row.consecutive_failures} failures until {row.backoff_until.isoformat()}"
        else:
            claimed = session.execute(  # type: ignore[attr-defined]
                update(Source)
                .where(col(Source.id) == row.id)
                .where(or_(col(Source.last_status).is_(None), col(Source.last_status) != "running",
                           col(Source.last_run_at) < now - STALE_CLAIM))
                .values(last_status="running", last_run_at=now)
            ).rowcount
            if not claimed:
                reason = "already running"
        assert row.id is not None
        run = ScrapeRun(source_id=row.id, started_at=now, status="skipped" if reason else "running", message=reason)
        if reason:
            run.finished_at, run.duration_ms = now, 0
        session.add(run)
        session.flush()
        session.expunge(row)
        session.expunge(run)
        return row, run, reason


def run_source(
    name: str,
    *,
    engine: Engine | None = None,
    fetcher: Fetcher | None = None,
    entry: SourceEntry | None = None,
    force: bool = False,
    tag: bool = True,
) -> RunResult:
    """Scrape source `name` once and record the run. Never raises for a source's own failure (it is recorded);
    raises UnknownSource when no such source exists."""
    started = time.monotonic()
    now = utcnow()
    if entry is None:
        entry = _entry_from_settings(name)
    row, run, skipped = _claim(engine, name, entry, now, force)
    assert run is not None and run.id is not None
    if skipped:
        log.info("scrape.skipped", source=name, reason=skipped)
        return RunResult(name, "skipped", message=skipped, run_id=run.id)

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    result = RunResult(name, "running", run_id=run.id)
    harvest: Harvest | None = None
    retry_after: float | None = None
    try:
        harvest = crawl(_spec(row), get_kind(row.kind), fetcher, etag=row.etag, last_modified=row.last_modified,
                        previous_hash=row.content_hash)
    except RobotsDisallowed as exc:
        result.status, result.error = "disallowed", str(exc)
        result.message = "robots.txt disallows this source; it is not fetched"
    except (FetchError, ParseError) as exc:
        result.status, result.error = "failed", str(exc)
        retry_after = getattr(exc, "retry_after", None)
    except Exception as exc:  # a bug in a kind must not take the worker down; it is recorded like any failure
        log.exception("scrape.crash", source=name)
        result.status, result.error = "failed", f"{type(exc).__name__}: {exc}"
    finally:
        if own_fetcher:
            fetcher.close()
    result.requests = harvest.requests if harvest else fetcher.requests_made

    if harvest is not None:
        try:
            _ingest(engine, row, harvest, result, tag)
        except Exception as exc:
            log.exception("scrape.ingest_failed", source=name)
            result.status, result.error = "failed", f"ingest failed: {type(exc).__name__}: {exc}"
    result.duration_ms = int((time.monotonic() - started) * 1000)
    _finish(engine, row, run, result, harvest, retry_after)
    log.info("scrape.done", **{k: v for k, v in result.as_dict().items() if v not in (None, 0)})
    return result


def _ingest(engine: Engine | None, row: Source, harvest: Harvest, result: RunResult, tag: bool) -> None:
    if harvest.not_modified:
        result.status, result.message = "not_modified", "unchanged since the last run; nothing written"
        return
    with session_scope(engine) as session:
        source = session.get(Source, row.id)
        assert source is not None
        if get_kind(row.kind).yields == "funding":
            errors = _store_funding(session, source, harvest, result)
        else:
            errors = _store_jobs(session, source, harvest, result, tag)
        source.etag, source.last_modified, source.content_hash = harvest.etag, harvest.last_modified, harvest.content_hash
        session.add(source)
    for item_error in harvest.errors:
        log.warning("scrape.item_failed", source=row.name, external_id=item_error.external_id, error=item_error.error)
    for error in errors:
        log.warning("scrape.item_failed", source=row.name, error=error)
    result.failed += len(harvest.errors)
    partial = result.failed or not harvest.complete
    result.status = "partial" if partial else "ok"
    notes = list(harvest.notes)
    if result.failed:
        first = (harvest.errors[0].error if harvest.errors else errors[0])
        notes.append(f"{result.failed} item(s) failed, e.g. {first}")
    if not harvest.complete:
        notes.append("incomplete fetch: nothing was closed")
    if result.others:
        notes.append(f"{result.others} announcement(s) were no round and no fund (acquisition, buyback, essay...): "
                     "nothing stored")
    if result.linked:
        notes.append(f"{result.linked} posting(s) joined jobs already known from other sources")
    notes.extend(_quality_notes(result.quality))
    result.message = "; ".join(notes) or None


def _store_jobs(session: Session, source: Source, harvest: Harvest, result: RunResult, tag: bool) -> list[str]:
    counts = ingest.upsert(session, source=source, items=harvest.jobs, complete=harvest.complete,
                           keep_ids=harvest.failed_ids, tag=tag, skipped=harvest.skipped())
    result.new, result.updated, result.unchanged, result.closed = counts.new, counts.updated, counts.unchanged, counts.closed
    result.linked, result.failed, result.quality = counts.linked, counts.failed, counts.quality
    if counts.shrink_held:  # the next run must fetch again (not answer "not modified") to confirm or undo it
        harvest.etag = harvest.last_modified = harvest.content_hash = None
    if counts.new or counts.updated or counts.closed:
        # The companies on this board; their sector aggregates their postings, which just changed.
        company_ids = session.exec(
            select(Job.company_id).distinct()
            .join(JobSighting, col(JobSighting.job_id) == col(Job.id))
            .where(col(JobSighting.source_id) == source.id, col(Job.company_id).is_not(None))
        ).all()
        company_sectors.refresh(session, [c for c in company_ids if c is not None])
    return counts.errors


def _quality_notes(quality: dict[str, Any] | None) -> list[str]:
    if not quality:
        return []
    notes = [f"{quality['partial']} posting(s) stored from the list only (detail failed)"] if quality.get("partial") else []
    notes += [f"skipped {n}: {reason}" for reason, n in (quality.get("skipped") or {}).items()]
    return notes + ([quality["shrink_held"]] if quality.get("shrink_held") else [])


def _store_funding(session: Session, source: Source, harvest: Harvest, result: RunResult) -> list[str]:
    counts = funding.ingest(session, source=source.name, rounds=harvest.rounds, members=harvest.members,
                            funds=harvest.funds, others=harvest.others)
    result.new, result.updated, result.unchanged = counts.new, counts.updated, counts.unchanged
    result.failed, result.others = counts.failed, counts.others
    return counts.errors


def _finish(engine: Engine | None, row: Source, run: ScrapeRun, result: RunResult, harvest: Harvest | None,
            retry_after: float | None) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        source = session.get(Source, row.id)
        record = session.get(ScrapeRun, run.id)
        assert source is not None and record is not None
        for key in ("status", "new", "updated", "unchanged", "closed", "failed", "duration_ms", "error", "message",
                    "quality"):
            setattr(record, key, getattr(result, key))
        record.finished_at = now
        source.last_status, source.last_error = result.status, result.error
        source.last_run_at = now
        if result.status in ("failed", "disallowed"):
            source.consecutive_failures += 1
            # The first failure retries at the next scheduled run; then the wait doubles, up to a day.
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
