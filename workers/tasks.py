"""Thin, idempotent tasks: each takes names or ids and calls one core service (or the scrape runner)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from talentintel.db import session_scope
from talentintel.logs import get_logger
from workers.celery_app import celery_app

log = get_logger(__name__)


@celery_app.task(name="talentintel.scrape_source", bind=True, max_retries=0)
def scrape_source(self: Any, name: str) -> dict[str, Any]:
    """Scrape one source; the runner records the run, its counts and any failure on the source."""
    from scrapers.runner import run_source

    # The task id lets a redelivery (after the worker was killed mid-scrape) take over the dead attempt's claim.
    return run_source(name, task_id=self.request.id).as_dict()


@celery_app.task(name="talentintel.retag_stale")
def retag_stale(batch_size: int = 500) -> int:
    """Refresh what is known about companies (marking the jobs of those that changed), then retag every job whose
    tagger version is not the current one, a batch per transaction."""
    from talentintel.services import company_knowledge, retag

    with session_scope() as session:
        company_knowledge.refresh(session)
    total = 0
    while True:
        with session_scope() as session:
            done = retag.retag_batch(session, batch_size=batch_size)
        total += done
        if done < batch_size:
            return total


@celery_app.task(name="talentintel.send_due_digests")
def send_due_digests() -> int:
    """Fan out one send task per due subscription; sending is claimed per (subscription, period)."""
    import talentintel.digest.service as digest

    with session_scope() as session:
        due = digest.due_subscription_ids(session, now=datetime.now(UTC))
    for subscription_id in due:
        send_digest.delay(subscription_id)
    return len(due)


@celery_app.task(
    name="talentintel.send_digest",
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=1800,
    max_retries=8,
)
def send_digest(subscription_id: int) -> str:
    import talentintel.digest.service as digest

    return str(digest.send_subscription_digest(subscription_id, now=datetime.now(UTC)))


@celery_app.task(name="talentintel.take_snapshot")
def take_snapshot() -> None:
    """Yesterday's final and today's running trend counts (UTC days); idempotent per day."""
    from talentintel.trends.snapshots import take_daily_snapshot

    today = datetime.now(UTC).date()
    with session_scope() as session:
        take_daily_snapshot(session, today - timedelta(days=1))
        take_daily_snapshot(session, today)


@celery_app.task(name="talentintel.discover_site", max_retries=0)
def discover_site(website: str, company: str | None = None, company_id: int | None = None) -> dict[str, Any]:
    """Walk one company website and propose its verified boards (idempotent: a known board is not proposed twice)."""
    from scrapers.discovery.run import discover_and_record
    from talentintel.services.discovery import Candidate

    result, proposed = discover_and_record(Candidate(website, company, company_id))
    return {"website": website, "status": result.status, "reason": result.reason, "proposed": proposed}


@celery_app.task(name="talentintel.discover_due")
def discover_due() -> int:
    """Fan out one discovery task per company website not tried lately (DISCOVERY_BATCH per run)."""
    from talentintel.services import discovery
    from talentintel.settings import get_settings

    with session_scope() as session:
        due = discovery.candidates(session, limit=get_settings().discovery_batch)
    for c in due:
        discover_site.delay(c.website, c.company, c.company_id)
    return len(due)


@celery_app.task(name="talentintel.scrape_discovered")
def scrape_discovered() -> int:
    """Enqueue approved discovered sources whose interval has passed (the file's sources have beat entries)."""
    from talentintel.services import discovery

    with session_scope() as session:
        due = discovery.due_discovered(session, now=datetime.now(UTC))
    for name in due:
        scrape_source.delay(name)
    return len(due)
