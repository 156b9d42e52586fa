"""Domain events for webhooks: the outbox written in the same transaction as the change it reports.

`emit(session, type, ids)` is what ingest, funding and pivot detection call; it never commits. The rows become
deliveries after the transaction commits: an after-commit hook queues one fan-out task (`DISPATCH_TASK`), which
turns the batch into deliveries per endpoint (talentintel.services.webhooks_fanout). A lost hook (broker down,
process killed after the commit) is caught by the beat sweep, which fans out whatever is still undispatched.

When no active endpoint wants a type, emit writes nothing: ingest pays for webhooks only once someone listens.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import event, insert
from sqlmodel import Session, col, select

from talentintel.logs import get_logger
from talentintel.models_webhooks import WebhookEndpoint, WebhookEvent
from talentintel.types import utcnow

log = get_logger(__name__)

JOB_OPENED = "job.opened"  # a new job, or a closed one listed again
JOB_CLOSED = "job.closed"
ROUND_ANNOUNCED = "round.announced"
FUND_ANNOUNCED = "fund.announced"  # a fund raise (the funds table of issue 13 emits it)
COMPANY_PIVOTED = "company.pivoted"
EVENT_TYPES: tuple[str, ...] = (JOB_OPENED, JOB_CLOSED, ROUND_ANNOUNCED, FUND_ANNOUNCED, COMPANY_PIVOTED)
TEST_EVENT = "webhook.test"  # sent by POST /v1/webhooks/{id}/test only

DISPATCH_TASK = "talentintel.webhooks_dispatch"
_KICK = "talentintel.webhooks.kick"  # session.info flag: a fan-out is queued when this transaction commits


def new_event_id() -> str:
    return "evt_" + secrets.token_hex(12)


def wanted_types(session: Session) -> set[str]:
    """Event types at least one active endpoint subscribes to (endpoints are few: one small read)."""
    rows = session.exec(select(WebhookEndpoint.events).where(col(WebhookEndpoint.status) == "active"))
    return {t for events in rows for t in (events or [])}


def emit(session: Session, type_: str, ids: Iterable[int], *, data: Mapping[int, Any] | None = None) -> int:
    """Record one `type_` event per subject id (job, round, fund or company id); returns how many were written.

    `data`: the payload per subject when it cannot be read back later (a pivot is a computation, not a row);
    otherwise the payload is the subject as the API serves it when the event is fanned out."""
    if type_ not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type_!r}")
    subjects = sorted(set(ids))
    if not subjects or type_ not in wanted_types(session):
        return 0
    now = utcnow()
    rows: list[dict[str, Any]] = [
        {
            "event_id": new_event_id(),
            "type": type_,
            "subject_id": sid,
            "occurred_at": now,
            "data": (data or {}).get(sid),
        }
        for sid in subjects
    ]
    session.connection().execute(insert(WebhookEvent.__table__), rows)  # type: ignore[attr-defined]
    dispatch_after_commit(session)
    return len(rows)


def jobs_changed(session: Session, *, opened: Iterable[int], closed: Iterable[int]) -> None:
    """The one ingest hook: jobs that opened (new or reopened) and jobs that closed in this transaction."""
    emit(session, JOB_OPENED, opened)
    emit(session, JOB_CLOSED, closed)


def dispatch_after_commit(session: Session) -> None:
    if session.info.get(_KICK):
        return
    session.info[_KICK] = True
    event.listen(session, "after_commit", _kick, once=True)


def _kick(session: Session) -> None:
    session.info.pop(_KICK, None)
    from talentintel import queue

    try:
        queue.enqueue(DISPATCH_TASK)
    except Exception as exc:  # the data is committed; the beat sweep fans the events out instead
        log.warning("webhooks.dispatch_enqueue_failed", error=str(exc))
