"""Sending digests against a real SMTP server (aiosmtpd on loopback) and real SQLite / PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from talentintel.digest import runs, service
from talentintel.digest.runs import LEASE
from talentintel.models import DigestRun, Subscription
from talentintel.services import subscriptions
from tests.digest.conftest import SmtpServer

CREATED = datetime.fromisoformat("2026-11-20T00:00:00+00:00")
# Daily at 08:00 UTC: the period 2026-11-27 08:00 .. 2026-11-28 08:00 holds the seeded jobs (first seen 11-27 10:00).
NOW = datetime.fromisoformat("2026-11-28T09:00:00+00:00")


def make_sub(engine: Engine, **kwargs: Any) -> int:
    params: dict[str, Any] = {
        "email": "reader@example.org",
        "filters": {"sector": ["crypto"]},
        "funding_filters": {"region": ["europe"]},
        "cadence": "daily",
        "send_hour": 8,
    }
    params.update(kwargs)
    with Session(engine) as session:
        sub = subscriptions.create(session, **params)
        sub.created_at = CREATED
        session.add(sub)
        session.commit()
        assert sub.id is not None
        return sub.id


def runs_of(engine: Engine, sub_id: int) -> list[DigestRun]:
    with Session(engine) as session:
        return list(session.exec(select(DigestRun).where(DigestRun.subscription_id == sub_id)))


def due(engine: Engine, now: datetime) -> list[int]:
    with Session(engine) as session:
        ids = service.due_subscription_ids(session, now=now)
        session.commit()
        return ids


def test_digest_content_both_parts_links_and_headers(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    assert due(engine, NOW) == [sub_id]
    outcome = service.send_subscription_digest(sub_id, now=NOW, engine=engine)
    assert outcome.status == "sent", outcome.detail
    assert outcome.period_key == "2026-11-28"
    [msg] = smtp.messages
    assert msg["To"] == "reader@example.org"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "16 new jobs" in msg["Subject"]
    # Jobs opened: the crypto (Coinbase) postings, not the AI (Anthropic) ones; links to the postings.
    assert "Capacity Planning Lead at Coinbase" in text and "Anthropic" not in text
    assert 'href="https://www.coinbase.com/careers/positions/' in html
    assert "... and 6 more: http://127.0.0.1:8000/app/jobs?sector=crypto" in text  # the web app's search page
    assert (
        "tags and evidence: http://127.0.0.1:8000/app/jobs/" in text and 'href="http://127.0.0.1:8000/app/jobs/' in html
    )
    # Funding rounds in Europe from the recorded announcements, with lead investors and source links.
    assert "FUNDING ROUNDS" in text and "Wefox: Series C, $650M" in text and "Target Global" in text
    assert 'href="https://www.businesswire.com/' in html
    # Counts by sector and region against the previous day (nothing was new then).
    assert "Crypto" in text and "(+16)" in text and "Asia" in text
    # One-click unsubscribe: header, POST header, and the same link in both parts.
    unsubscribe = msg["List-Unsubscribe"].strip("<>")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.startswith("http://127.0.0.1:8000/v1/unsubscribe?token=")
    assert unsubscribe in text and unsubscribe in html
    # On the wire the header is the bare <URL> (an RFC 2047 encoded word would hide it from mail clients).
    assert f"\r\nList-Unsubscribe: <{unsubscribe}>\r\n".encode() in smtp.inbox.raw[0]
    assert msg["Message-ID"] == runs_of(engine, sub_id)[0].message_id
    [run] = runs_of(engine, sub_id)
    assert (run.status, run.attempts, run.period_key) == ("sent", 1, "2026-11-28")


def test_run_twice_sends_once(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    first = service.run(now=NOW, engine=engine)
    second = service.run(now=NOW + timedelta(minutes=5), engine=engine)
    assert [o.status for o in first] == ["sent"] and second == []
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "already-sent"
    assert len(smtp.messages) == 1


def test_two_workers_at_once_send_one_email(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def worker() -> None:
        barrier.wait()
        outcomes.append(service.send_subscription_digest(sub_id, now=NOW, engine=engine).status)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes).count("sent") == 1, outcomes
    assert set(outcomes) <= {"sent", "in-progress", "already-sent"}
    assert len(smtp.messages) == 1
    assert [r.status for r in runs_of(engine, sub_id)] == ["sent"]


def test_smtp_down_then_up_sends_once_later(engine: Engine, seeded: dict[str, Any], smtp_port: int) -> None:
    sub_id = make_sub(engine)
    url = f"smtp://127.0.0.1:{smtp_port}"  # nothing listens there yet
    failed = service.send_subscription_digest(sub_id, now=NOW, engine=engine, smtp_url=url)
    assert failed.status == "failed" and "Connection" in failed.detail
    [run] = runs_of(engine, sub_id)
    assert (run.status, run.attempts, run.next_attempt_at) == ("failed", 1, NOW + timedelta(minutes=1))
    # Before the backoff has passed: not due, and a direct send does not retry early.
    assert due(engine, NOW + timedelta(seconds=30)) == []
    assert (
        service.send_subscription_digest(sub_id, now=NOW + timedelta(seconds=30), engine=engine, smtp_url=url).status
        == "waiting"
    )
    server = SmtpServer(smtp_port)
    server.start()
    try:
        later = NOW + timedelta(minutes=2)
        assert due(engine, later) == [sub_id]
        outcomes = service.run(now=later, engine=engine, smtp_url=url)
        assert [o.status for o in outcomes] == ["sent"]
        assert service.run(now=later + timedelta(minutes=10), engine=engine, smtp_url=url) == []
        assert len(server.messages) == 1
        [run] = runs_of(engine, sub_id)
        assert (run.status, run.attempts, run.error) == ("sent", 2, None)
        assert server.messages[0]["Message-ID"] == run.message_id  # the same id on every attempt
    finally:
        server.stop()


def test_crash_mid_send_is_never_resent(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    """A run left 'sending' by a dead worker is given up after the lease, never resent (the server may have it)."""
    sub_id = make_sub(engine)
    with Session(engine) as session:
        session.add(
            DigestRun(
                subscription_id=sub_id,
                period_key="2026-11-28",
                period_start=NOW - timedelta(days=1),
                period_end=NOW - timedelta(hours=1),
                status="sending",
                attempts=1,
                claimed_at=NOW,
            )
        )
        session.commit()
    assert due(engine, NOW + timedelta(minutes=1)) == []  # still within its lease: someone is sending
    assert due(engine, NOW + LEASE + timedelta(minutes=1)) == []  # reaped, not retried
    [run] = runs_of(engine, sub_id)
    assert run.status == "failed" and run.next_attempt_at is None and "interrupted" in (run.error or "")
    assert smtp.messages == []
    # Not even `digest run --now` revives it (on 11-27 09:00 the current period is the 2026-11-28 one).
    forced = service.send_subscription_digest(sub_id, now=NOW - timedelta(days=1), send_now=True, engine=engine)
    assert (forced.status, forced.period_key, smtp.messages) == ("failed", "2026-11-28", [])
    # Its items are not lost: the next day's digest covers everything since the last sent one.
    nxt = service.send_subscription_digest(sub_id, now=NOW + timedelta(days=1), engine=engine)
    assert nxt.status == "sent" and len(smtp.messages) == 1
    assert "16 new jobs" in smtp.messages[0]["Subject"]


def test_empty_period_sends_nothing_on_schedule(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "sent"
    nothing_new = service.send_subscription_digest(sub_id, now=NOW + timedelta(days=1), engine=engine)
    assert nothing_new.status == "skipped"
    assert len(smtp.messages) == 1
    assert [r.status for r in runs_of(engine, sub_id)] == ["sent", "skipped"]


def test_new_subscription_waits_for_its_first_full_period(
    engine: Engine, seeded: dict[str, Any], smtp: SmtpServer
) -> None:
    sub_id = make_sub(engine)
    with Session(engine) as session:
        sub = session.get(Subscription, sub_id)
        assert sub is not None
        sub.created_at = NOW - timedelta(minutes=30)  # after today's 08:00 send time
        session.add(sub)
        session.commit()
    assert due(engine, NOW) == []
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "not-due"
    assert smtp.messages == []


def test_send_now_then_schedule_never_repeats(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    """`digest run --now` sends the current period early; its scheduled send time then sends nothing again."""
    make_sub(engine)
    early = NOW + timedelta(minutes=30)  # 09:30; the period running until tomorrow 08:00 is sent now
    [now_outcome] = service.run(now=early, send_now=True, engine=engine)
    assert (now_outcome.status, now_outcome.period_key) == ("sent", "2026-11-29")
    assert [o.status for o in service.run(now=early, send_now=True, engine=engine)] == ["already-sent"]
    # Today's 08:00 period is covered by the early digest (it ended before), tomorrow's was sent early.
    assert due(engine, early) == []
    assert due(engine, datetime.fromisoformat("2026-11-29T08:05:00+00:00")) == []
    assert len(smtp.messages) == 1
    assert "16 new jobs" in smtp.messages[0]["Subject"]


def test_unsubscribe_token_from_the_email_stops_digests(
    engine: Engine, seeded: dict[str, Any], smtp: SmtpServer
) -> None:
    sub_id = make_sub(engine)
    service.send_subscription_digest(sub_id, now=NOW, engine=engine)
    token = parse_qs(urlsplit(smtp.messages[0]["List-Unsubscribe"].strip("<>")).query)["token"][0]
    with Session(engine) as session:
        subscriptions.unsubscribe(session, token)
        subscriptions.unsubscribe(session, token)  # idempotent
        session.commit()
    assert due(engine, NOW + timedelta(days=1)) == []
    assert service.send_subscription_digest(sub_id, now=NOW + timedelta(days=1), engine=engine).status == "inactive"


def test_dry_run_renders_without_writing_or_sending(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    [outcome] = service.run(now=NOW, dry_run=True, engine=engine)
    assert outcome.status == "dry-run" and outcome.rendered is not None
    assert "Coinbase" in outcome.rendered.text
    assert runs_of(engine, sub_id) == [] and smtp.messages == []


def test_backoff_doubles_then_gives_up(engine: Engine, seeded: dict[str, Any], smtp_port: int) -> None:
    sub_id = make_sub(engine)
    url = f"smtp://127.0.0.1:{smtp_port}"  # down for good
    now, waits = NOW, []
    for _ in range(runs.MAX_ATTEMPTS):
        assert due(engine, now) == [sub_id]
        assert service.send_subscription_digest(sub_id, now=now, engine=engine, smtp_url=url).status == "failed"
        [run] = runs_of(engine, sub_id)
        if run.next_attempt_at is None:
            break
        waits.append(run.next_attempt_at - now)
        now = run.next_attempt_at
    assert [w // timedelta(minutes=1) for w in waits] == [1, 2, 4, 8, 16, 32, 60]
    assert (run.attempts, run.status, run.next_attempt_at) == (runs.MAX_ATTEMPTS, "failed", None)
    assert due(engine, now + timedelta(hours=1)) == []  # given up for this period; the next one starts afresh
