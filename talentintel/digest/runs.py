r"""The DigestRun state machine that keeps one period of one subscription from ever being sent twice.

    (none) --ensure--> pending --claim--> sending --mark_sent--> sent
                                             |  \--mark_skipped--> skipped (nothing new: no email)
                                             |  \--mark_failed--> failed --claim (next_attempt_at <= now)--> sending
                                             \--reap_stale--> failed (next_attempt_at NULL: never retried)

- `ensure` inserts the row on the (subscription_id, period_key) unique key with ON CONFLICT DO NOTHING, so two
  workers racing on the same period end up with one row.
- `claim` is one conditional UPDATE (`WHERE status = 'pending' OR (status = 'failed' AND next_attempt_at <= now)`)
  that also bumps `attempts`; only the worker whose UPDATE matched a row may send, and `attempts` is its fencing
  token for the final UPDATE.
- Crash recovery rule (at most once): a run still 'sending' LEASE after its claim belongs to a worker that died
  mid-send. The SMTP server may already have accepted the message, so it is marked failed and never retried
  automatically. Nothing is lost: the next digest covers everything since the last *sent* one.
- A failed send is retried with exponential backoff (1, 2, 4 ... 60 minutes), MAX_ATTEMPTS in all.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from talentintel.models import DigestRun

DONE = ("sent", "skipped")  # the period is finished; its window counts as delivered
LEASE = timedelta(minutes=15)  # far longer than one SMTP conversation (30 s socket timeout per step)
MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(minutes=60)


def backoff(attempts: int) -> timedelta:
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


def ensure(
    session: Session,
    *,
    subscription_id: int,
    period_key: str,
    window_start: datetime,
    window_end: datetime,
    message_id: str,
    now: datetime,
) -> DigestRun:
    """The run of this (subscription, period), inserted as pending unless it exists (its window then wins)."""
    values = {
        "subscription_id": subscription_id,
        "period_key": period_key,
        "period_start": window_start,
        "period_end": window_end,
        "status": "pending",
        "attempts": 0,
        "message_id": message_id,
        "created_at": now,
    }
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(DigestRun).values(**values)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["subscription_id", "period_key"]))
    run = get(session, subscription_id, period_key)
    assert run is not None
    return run


def get(session: Session, subscription_id: int, period_key: str) -> DigestRun | None:
    query = select(DigestRun).where(DigestRun.subscription_id == subscription_id, DigestRun.period_key == period_key)
    return session.exec(query.execution_options(populate_existing=True)).first()


def claim(session: Session, run_id: int, *, now: datetime, force: bool = False) -> int | None:
    """Move the run to 'sending' if it is claimable; returns the attempt number (fencing token), else None.

    `force` (a manual `digest run --now`) skips a failed run's backoff wait; it never revives a run given up on
    (attempts spent, or interrupted mid-send: it may have been delivered) nor touches a sent or sending one.
    """
    retryable = and_(col(DigestRun.status) == "failed", col(DigestRun.next_attempt_at).is_not(None))
    if not force:
        retryable = and_(retryable, col(DigestRun.next_attempt_at) <= now)
    stmt = (
        update(DigestRun)
        .where(col(DigestRun.id) == run_id, or_(col(DigestRun.status) == "pending", retryable))
        .values(status="sending", claimed_at=now, attempts=col(DigestRun.attempts) + 1, next_attempt_at=None)
        .returning(col(DigestRun.attempts))
    )
    row = session.execute(stmt).first()
    return int(row[0]) if row else None


def mark_sent(session: Session, run_id: int, attempt: int, *, now: datetime) -> bool:
    # 'failed' is accepted too: a slow send reaped as stale did in fact go out, and a reaped run is never re-claimed.
    stmt = (
        update(DigestRun)
        .where(
            col(DigestRun.id) == run_id,
            col(DigestRun.attempts) == attempt,
            col(DigestRun.status).in_(("sending", "failed")),
        )
        .values(status="sent", sent_at=now, error=None, next_attempt_at=None)
    )
    return session.execute(stmt).rowcount == 1  # type: ignore[attr-defined]


def mark_skipped(session: Session, run_id: int, attempt: int, *, now: datetime) -> bool:
    stmt = (
        update(DigestRun)
        .where(col(DigestRun.id) == run_id, col(DigestRun.attempts) == attempt, col(DigestRun.status) == "sending")
        .values(status="skipped", sent_at=now, error=None, next_attempt_at=None)
    )
    return session.execute(stmt).rowcount == 1  # type: ignore[attr-defined]


def mark_failed(session: Session, run_id: int, attempt: int, *, now: datetime, error: str) -> datetime | None:
    """Record a failed attempt; returns when it will be retried (None once MAX_ATTEMPTS are spent)."""
    retry_at = now + backoff(attempt) if attempt < MAX_ATTEMPTS else None
    stmt = (
        update(DigestRun)
        .where(col(DigestRun.id) == run_id, col(DigestRun.attempts) == attempt, col(DigestRun.status) == "sending")
        .values(status="failed", error=error[:2000], next_attempt_at=retry_at)
    )
    session.execute(stmt)
    return retry_at


def reap_stale(session: Session, *, now: datetime) -> int:
    """Apply the crash recovery rule; returns how many runs were given up."""
    stmt = (
        update(DigestRun)
        .where(col(DigestRun.status) == "sending", col(DigestRun.claimed_at) < now - LEASE)
        .values(
            status="failed",
            next_attempt_at=None,
            error="interrupted while sending; not retried because the server may have accepted it "
            "(its items are carried into the next digest)",
        )
    )
    return session.execute(stmt).rowcount or 0  # type: ignore[attr-defined]


def covered_until(session: Session, subscription_ids: list[int]) -> dict[int, datetime]:
    """For each subscription, the end of the last window it was sent (or skipped): the next digest starts there."""
    if not subscription_ids:
        return {}
    query = (
        select(DigestRun.subscription_id, func.max(DigestRun.period_end))
        .where(col(DigestRun.subscription_id).in_(subscription_ids), col(DigestRun.status).in_(DONE))
        .group_by(col(DigestRun.subscription_id))
    )
    return {sid: end for sid, end in session.exec(query) if end is not None}


def first_start(session: Session, subscription_id: int) -> datetime | None:
    """Where the subscription's first run (sent or not) began: a first digest after a lost one starts there."""
    query = select(func.min(DigestRun.period_start)).where(DigestRun.subscription_id == subscription_id)
    return session.exec(query).one()
