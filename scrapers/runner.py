"""Run one source: load its row -> fetch (conditional) -> parse -> ingest -> record the run.

Job kinds and funding kinds run through the same steps; only the ingest service differs (the kind says what it
yields). Either way the aggregated sector of the companies touched is refreshed.

`run_source(name)` is what the Celery task and the CLI call. It is safe to call twice at once: a run first claims
the source, and a second caller finds it claimed and records a skipped run. The bookkeeping (claim, run record,
backoff) is the core service talentintel.services.scrape_runs; this module is the I/O between its calls. No database
transaction is held open while fetching.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.base import ParseError, SourceSpec
from scrapers.crawl import Harvest, crawl
from scrapers.fetch import Fetcher, FetchError, RobotsDisallowed
from scrapers.registry import get_kind, kinds
from talentintel.db import session_scope
from talentintel.logs import get_logger
from talentintel.models import Source
from talentintel.services import company_sectors, funding, ingest, scrape_runs
from talentintel.services.scrape_runs import RunResult, UnknownSource
from talentintel.services.sources import SourceEntry, SourcesFileError, load_sources, sync
from talentintel.settings import get_settings
from talentintel.types import utcnow

__all__ = ["RunResult", "UnknownSource", "run_source"]
log = get_logger(__name__)


def _spec(row: Source) -> SourceSpec:
    return SourceSpec(
        name=row.name,
        kind=row.kind,
        url=row.url,
        config=dict(row.config or {}),
        company=row.company,
        investor=row.investor,
    )


def _entry_from_settings(name: str) -> SourceEntry | None:
    """The entry of the configured sources file, so a worker picks up edits to the file without a separate sync."""
    try:
        entries = load_sources(get_settings().sources_file, kinds=kinds())
    except SourcesFileError as exc:
        log.warning("sources.file_unusable", error=str(exc))
        return None
    return next((e for e in entries if e.name == name), None)


def run_source(
    name: str,
    *,
    engine: Engine | None = None,
    fetcher: Fetcher | None = None,
    entry: SourceEntry | None = None,
    force: bool = False,
    tag: bool = True,
    task_id: str | None = None,
) -> RunResult:
    """Scrape source `name` once and record the run. Never raises for a source's own failure (it is recorded);
    raises UnknownSource when no such source exists. `task_id`: the Celery task running it, so that a redelivery
    after a killed worker takes over the dead attempt's claim."""
    started = time.monotonic()
    now = utcnow()
    if entry is None:
        entry = _entry_from_settings(name)
    with session_scope(engine) as session:
        if entry is not None:
            sync(session, [entry])
        claim = scrape_runs.claim(session, name, now=now, force=force, task_id=task_id)
    row, run = claim.source, claim.run
    assert run.id is not None and row.id is not None
    if claim.skipped:
        log.info("scrape.skipped", source=name, reason=claim.skipped)
        return RunResult(name, "skipped", message=claim.skipped, run_id=run.id)

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    result = RunResult(name, "running", run_id=run.id)
    harvest: Harvest | None = None
    retry_after: float | None = None
    try:
        harvest = crawl(
            _spec(row),
            get_kind(row.kind),
            fetcher,
            etag=row.etag,
            last_modified=row.last_modified,
            previous_hash=row.content_hash,
        )
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
    with session_scope(engine) as session:
        scrape_runs.finish(session, row.id, run.id, result, retry_after=retry_after)
    log.info("scrape.done", **{k: v for k, v in result.as_dict().items() if v not in (None, 0)})
    return result


def _ingest(engine: Engine | None, row: Source, harvest: Harvest, result: RunResult, tag: bool) -> None:
    if harvest.not_modified:
        result.status, result.message = "not_modified", "unchanged since the last run; nothing written"
        return
    with session_scope(engine) as session:
        source = session.get(Source, row.id)
        assert source is not None and source.id is not None
        if get_kind(row.kind).yields == "funding":
            errors = _store_funding(session, source, harvest, result)
        else:
            errors = _store_jobs(session, source, harvest, result, tag)
        scrape_runs.save_validators(
            session,
            source.id,
            etag=harvest.etag,
            last_modified=harvest.last_modified,
            content_hash=harvest.content_hash,
        )
    for item_error in harvest.errors:
        log.warning("scrape.item_failed", source=row.name, external_id=item_error.external_id, error=item_error.error)
    for error in errors:
        log.warning("scrape.item_failed", source=row.name, error=error)
    result.failed += len(harvest.errors)
    partial = result.failed or not harvest.complete
    result.status = "partial" if partial else "ok"
    notes = list(harvest.notes)
    if result.failed:
        first = harvest.errors[0].error if harvest.errors else errors[0]
        notes.append(f"{result.failed} item(s) failed, e.g. {first}")
    if not harvest.complete:
        notes.append("incomplete fetch: nothing was closed")
    if result.others:
        notes.append(
            f"{result.others} announcement(s) were no round and no fund (acquisition, buyback, essay...): "
            "nothing stored"
        )
    if result.linked:
        notes.append(f"{result.linked} posting(s) joined jobs already known from other sources")
    notes.extend(_quality_notes(result.quality))
    result.message = "; ".join(notes) or None


def _store_jobs(session: Session, source: Source, harvest: Harvest, result: RunResult, tag: bool) -> list[str]:
    counts = ingest.upsert(
        session,
        source=source,
        items=harvest.jobs,
        complete=harvest.complete,
        keep_ids=harvest.failed_ids,
        tag=tag,
        skipped=harvest.skipped(),
    )
    result.new, result.updated, result.unchanged, result.closed = (
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.closed,
    )
    result.linked, result.failed, result.quality = counts.linked, counts.failed, counts.quality
    if counts.shrink_held:  # the next run must fetch again (not answer "not modified") to confirm or undo it
        harvest.etag = harvest.last_modified = harvest.content_hash = None
    if (counts.new or counts.updated or counts.closed) and source.id is not None:
        # The companies on this board; their sector aggregates their postings, which just changed.
        company_sectors.refresh(session, scrape_runs.source_company_ids(session, source.id))
    return counts.errors


def _quality_notes(quality: dict[str, Any] | None) -> list[str]:
    if not quality:
        return []
    notes = (
        [f"{quality['partial']} posting(s) stored from the list only (detail failed)"] if quality.get("partial") else []
    )
    notes += [f"skipped {n}: {reason}" for reason, n in (quality.get("skipped") or {}).items()]
    return notes + ([quality["shrink_held"]] if quality.get("shrink_held") else [])


def _store_funding(session: Session, source: Source, harvest: Harvest, result: RunResult) -> list[str]:
    counts = funding.ingest(
        session,
        source=source.name,
        rounds=harvest.rounds,
        members=harvest.members,
        funds=harvest.funds,
        others=harvest.others,
    )
    result.new, result.updated, result.unchanged = counts.new, counts.updated, counts.unchanged
    result.failed, result.others = counts.failed, counts.others
    return counts.errors
