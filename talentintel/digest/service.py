"""Digest sending: which subscriptions are due, and sending one subscription's digest at most once per period.

Entry points (the Celery beat task fans out per subscription; the CLI runs them in-process):
- `due_subscription_ids(session, now=...)`: ids whose last ended period is unsent (or whose failed send may retry).
- `send_subscription_digest(subscription_id, now=..., send_now=False)`: build, claim, send, record. Owns its
  transactions (the claim must be committed before the SMTP conversation starts). Never raises for SMTP trouble:
  the failure is recorded on the run and retried with backoff by a later beat check.
- `run(now=..., send_now=..., dry_run=...)`: every due subscription (or, with send_now, every active one).
- `preview(session, subscription, now=...)`: the digest that would go out now, rendered, nothing written.

Each sent digest carries the main trend chart (open jobs per week by sector, last 12 weeks; `trend_chart`) as an
inline PNG referenced by Content-ID. A chart that cannot be drawn is logged and left out; the digest still goes.
Previews show it as a data: URI (a browser shows it; nothing to fetch), dry runs and skipped digests draw none.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from talentintel import email
from talentintel.db import get_engine, session_scope
from talentintel.digest import periods, runs, trend_chart
from talentintel.digest.assemble import assemble, searches
from talentintel.digest.content import Chart, Digest
from talentintel.digest.render import Rendered, render
from talentintel.digest.tokens import make as make_token
from talentintel.errors import UserError
from talentintel.logs import get_logger
from talentintel.models import DigestRun, Subscription
from talentintel.settings import get_settings
from talentintel.types import utcnow

log = get_logger(__name__)

MAX_LOOKBACK = timedelta(days=31)  # after a long pause, a digest covers the last month, not everything


@dataclass(frozen=True)
class Outcome:
    subscription_id: int
    status: str  # sent | skipped | dry-run | failed | already-sent | in-progress | waiting | not-due | inactive
    period_key: str | None = None
    detail: str = ""
    rendered: Rendered | None = None

    def __str__(self) -> str:
        return self.status


def unsubscribe_url(subscription: Subscription) -> str:
    assert subscription.id is not None
    token = make_token(subscription.id, subscription.email, version=subscription.token_version)
    return f"{get_settings().public_url.rstrip('/')}/v1/unsubscribe?token={token}"


def _window(period: periods.Period, covered: datetime | None, end: datetime) -> tuple[datetime, datetime]:
    step = period.end - period.start
    start = covered if covered is not None else end - step
    return max(start, end - MAX_LOOKBACK), end


def due_subscription_ids(session: Session, *, now: datetime) -> list[int]:
    """Active subscriptions whose last ended period still has to go out (also applies the stale-claim rule)."""
    reaped = runs.reap_stale(session, now=now)
    if reaped:
        log.warning("digest.reaped_stale_sends", count=reaped)
    subs = list(session.exec(select(Subscription).where(col(Subscription.active).is_(True))))
    candidates: dict[int, periods.Period] = {}
    for sub in subs:
        assert sub.id is not None
        try:
            period = periods.last_ended(sub.cadence, sub.send_hour, sub.timezone, now)
        except UserError as exc:  # a bad stored time zone: skip it, keep the others going
            log.error("digest.bad_subscription", subscription_id=sub.id, error=str(exc))
            continue
        if period.end > sub.created_at:  # a new subscription waits for its first full period
            candidates[sub.id] = period
    if not candidates:
        return []
    covered = runs.covered_until(session, list(candidates))
    existing = {
        (r.subscription_id, r.period_key): r
        for r in session.exec(
            select(DigestRun).where(
                col(DigestRun.subscription_id).in_(list(candidates)),
                col(DigestRun.period_key).in_({p.key for p in candidates.values()}),
            )
        )
    }
    due = []
    for sid, period in candidates.items():
        if sid in covered and covered[sid] >= period.end:
            continue  # an early `--now` digest already covered this period
        run = existing.get((sid, period.key))
        if run is None or run.status == "pending" or _retryable(run, now):
            due.append(sid)
    return sorted(due)


def _retryable(run: DigestRun, now: datetime) -> bool:
    return run.status == "failed" and run.next_attempt_at is not None and run.next_attempt_at <= now


class _Plan(NamedTuple):
    period: periods.Period
    run: DigestRun | None  # None only on a dry run of a period with no run yet
    start: datetime
    end: datetime


def _plan(session: Session, subscription_id: int, *, now: datetime, send_now: bool, dry_run: bool) -> Outcome | _Plan:
    """The period to send, its run (created unless dry_run) and window; or the Outcome saying why nothing is sent."""
    sub = session.get(Subscription, subscription_id)
    if sub is None or not sub.active:
        return Outcome(subscription_id, "inactive")
    pick = periods.current if send_now else periods.last_ended
    period = pick(sub.cadence, sub.send_hour, sub.timezone, now)
    run = runs.get(session, subscription_id, period.key)
    if run is not None:
        blocked = _blocked(run, now, send_now)
        if blocked:
            return Outcome(subscription_id, blocked, period.key)
        start, end = run.period_start, run.period_end
    else:
        covered = runs.covered_until(session, [subscription_id]).get(subscription_id)
        covered = covered or runs.first_start(session, subscription_id)
        start, end = _window(period, covered, now if send_now else period.end)
        if start >= end or (not send_now and period.end <= sub.created_at):
            return Outcome(subscription_id, "not-due", period.key)
        if not dry_run:
            run = runs.ensure(
                session,
                subscription_id=subscription_id,
                period_key=period.key,
                window_start=start,
                window_end=end,
                message_id=email.new_message_id(),
                now=now,
            )
            start, end = run.period_start, run.period_end
    return _Plan(period, run, start, end)


def send_subscription_digest(
    subscription_id: int,
    *,
    now: datetime | None = None,
    send_now: bool = False,
    dry_run: bool = False,
    engine: Engine | None = None,
    smtp_url: str | None = None,
) -> Outcome:
    """Send this subscription's digest for its last ended period (send_now: its current period, right now)."""
    now = now or utcnow()
    # 1. Decide and record the run (committed, so a concurrent worker sees the same row and window).
    with session_scope(engine) as session:
        plan = _plan(session, subscription_id, now=now, send_now=send_now, dry_run=dry_run)
    if isinstance(plan, Outcome):
        return plan
    period, run, start, end = plan
    # 2. Build and render outside any write transaction (may take a moment; SQLite holds no lock meanwhile).
    with session_scope(engine) as session:
        sub = session.get(Subscription, subscription_id)
        assert sub is not None
        digest = assemble(session, sub, period_key=period.key, start=start, end=end)
        digest.unsubscribe_url = unsubscribe_url(sub)
        chart_spec = trend_chart.spec(searches(session, sub)[0])
        to = sub.email
    skip = digest.empty and not send_now
    if not (dry_run or run is None or skip):
        digest.chart = _chart(engine, chart_spec, end, subscription_id)
    rendered = render(digest)
    if dry_run or run is None:
        return Outcome(subscription_id, "dry-run", period.key, rendered=rendered)
    assert run.id is not None
    return _claim_and_send(
        run.id,
        run.message_id,
        to,
        rendered,
        skip,
        digest.chart,
        subscription_id=subscription_id,
        period_key=period.key,
        digest_url=digest.unsubscribe_url,
        now=now,
        force=send_now,
        engine=engine,
        smtp_url=smtp_url,
    )


def _last_day(end: datetime) -> date:
    # Trend weeks are UTC (as in the trends API); the chart runs up to the digest window's last day.
    return (end.astimezone(UTC) - timedelta(microseconds=1)).date()


def _chart(
    engine: Engine | None, chart_spec: trend_chart.ChartSpec, end: datetime, subscription_id: int
) -> Chart | None:
    return trend_chart.draw(engine or get_engine(), chart_spec, today=_last_day(end), subscription_id=subscription_id)


def _blocked(run: DigestRun, now: datetime, send_now: bool) -> str | None:
    """Why an existing run must not be (re)sent now, or None when it may be claimed."""
    if run.status in runs.DONE:
        return "already-sent"
    if run.status == "sending":
        return "in-progress"
    if run.status == "failed" and run.next_attempt_at is None:
        return "failed"  # given up: attempts spent, or interrupted mid-send (it may have been delivered)
    if run.status == "failed" and not send_now and not _retryable(run, now):
        return "waiting"
    return None


def _claim_and_send(
    run_id: int,
    message_id: str | None,
    to: str,
    rendered: Rendered,
    skip: bool,
    chart: Chart | None,
    *,
    subscription_id: int,
    period_key: str,
    digest_url: str,
    now: datetime,
    force: bool,
    engine: Engine | None,
    smtp_url: str | None,
) -> Outcome:
    # 3. Claim: one conditional UPDATE; whoever loses the race stops here without sending.
    with session_scope(engine) as session:
        attempt = runs.claim(session, run_id, now=now, force=force)
    if attempt is None:
        return Outcome(subscription_id, "in-progress", period_key)
    if skip:
        with session_scope(engine) as session:
            runs.mark_skipped(session, run_id, attempt, now=now)
        return Outcome(subscription_id, "skipped", period_key, "nothing new", rendered)
    # 4. Send (same Message-ID on every attempt, so a client can drop a duplicate of an ambiguous failure).
    msg = email.build_message(
        to=to,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=message_id or email.new_message_id(),
        unsubscribe_url=digest_url,
        images=[email.InlineImage(chart.content_id, chart.png, filename="trends.png")] if chart else (),
    )
    try:
        email.send(msg, smtp_url)
    except (OSError, smtplib.SMTPException) as exc:
        error = f"{type(exc).__name__}: {exc}"
        with session_scope(engine) as session:
            retry_at = runs.mark_failed(session, run_id, attempt, now=now, error=error)
        log.warning(
            "digest.send_failed",
            subscription_id=subscription_id,
            period=period_key,
            attempt=attempt,
            error=error,
            retry_at=retry_at.isoformat() if retry_at else None,
        )
        return Outcome(subscription_id, "failed", period_key, error, rendered)
    # 5. Record.
    with session_scope(engine) as session:
        runs.mark_sent(session, run_id, attempt, now=now)
        sub = session.get(Subscription, subscription_id)
        if sub is not None:
            sub.last_sent_at = now
            session.add(sub)
    log.info("digest.sent", subscription_id=subscription_id, period=period_key, attempt=attempt)
    return Outcome(subscription_id, "sent", period_key, rendered=rendered)


def run(
    *,
    now: datetime | None = None,
    send_now: bool = False,
    dry_run: bool = False,
    engine: Engine | None = None,
    smtp_url: str | None = None,
) -> list[Outcome]:
    """Send every due digest in-process (send_now: the current period of every active subscription, now)."""
    now = now or utcnow()
    with session_scope(engine) as session:
        if send_now:
            query = select(Subscription.id).where(col(Subscription.active).is_(True)).order_by(col(Subscription.id))
            ids = [int(i) for i in session.exec(query) if i is not None]
        else:
            ids = due_subscription_ids(session, now=now)
    return [
        send_subscription_digest(i, now=now, send_now=send_now, dry_run=dry_run, engine=engine, smtp_url=smtp_url)
        for i in ids
    ]


@dataclass(frozen=True)
class Preview:
    period_key: str
    window_start: datetime
    window_end: datetime
    rendered: Rendered


def preview(session: Session, subscription: Subscription, *, now: datetime | None = None) -> Preview:
    """The digest of the subscription's current period as it would be sent now; writes nothing.

    The trend chart is inlined as a data: URI, so the HTML shows it in a browser as the email will in a mail client.
    """
    now = now or utcnow()
    assert subscription.id is not None
    period = periods.current(subscription.cadence, subscription.send_hour, subscription.timezone, now)
    covered = runs.covered_until(session, [subscription.id]).get(subscription.id)
    start, end = _window(period, covered, now)
    if start >= end:  # everything up to now went out already: show the last period's worth instead of nothing
        start = end - (period.end - period.start)
    digest = assemble(session, subscription, period_key=period.key, start=start, end=end)
    digest.unsubscribe_url = unsubscribe_url(subscription)
    _preview_chart(session, subscription, digest, end)
    return Preview(period.key, start, end, render(digest))


def _preview_chart(session: Session, subscription: Subscription, digest: Digest, end: datetime) -> None:
    chart_spec = trend_chart.spec(searches(session, subscription)[0])
    digest.chart = trend_chart.draw(
        session.get_bind(), chart_spec, today=_last_day(end), embed="data", subscription_id=subscription.id
    )


def next_send_at(subscription: Subscription, now: datetime | None = None) -> datetime:
    """When the subscription's next scheduled digest goes out (the end of its current period)."""
    return periods.current(subscription.cadence, subscription.send_hour, subscription.timezone, now or utcnow()).end
