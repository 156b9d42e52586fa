"""Outbox -> fan-out -> signed delivery to a real local receiver, on SQLite and PostgreSQL.

Postings here are SYNTHETIC (the webhook path is tested, not a board's format).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import timedelta

import orjson
import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from standardwebhooks.webhooks import Webhook

from scrapers.base import ScrapedJob
from talentintel import events
from talentintel.models import Job, Source
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint, WebhookEvent
from talentintel.services import ingest, saved_searches, webhooks, webhooks_delivery, webhooks_fanout
from talentintel.services.webhooks_signing import reveal
from talentintel.types import utcnow
from tests.webhooks.conftest import Receiver


def _posting(ext: str, title: str, description: str) -> ScrapedJob:
    return ScrapedJob(external_id=ext, title=title, company="Synthetic Chain Labs", locations=["Berlin, Germany"],
                      description=description, url=f"https://synthetic.example/jobs/{ext}")  # fmt: skip


CRYPTO = [_posting(str(i), f"Solidity Smart Contract Engineer {i}", "Write Solidity smart contracts for our DeFi "
                   "protocol on Ethereum; audit onchain token code.") for i in range(3)]  # fmt: skip
OTHER = [_posting("9", "Office Manager", "Run the office and plan events for the team.")]


def _endpoint(engine: Engine, url: str, types: list[str], **kwargs: object) -> WebhookEndpoint:
    with Session(engine, expire_on_commit=False) as s:
        endpoint = webhooks.create(s, url=url, event_types=types, **kwargs)  # type: ignore[arg-type]
        s.commit()
    return endpoint


def _scrape(engine: Engine, postings: list[ScrapedJob], name: str = "synthetic-board") -> ingest.IngestResult:
    with Session(engine, expire_on_commit=False) as s:
        source = s.exec(select(Source).where(Source.name == name)).first()
        if source is None:
            source = Source(name=name, kind="greenhouse", url="https://synthetic.example/board")
            s.add(source)
            s.flush()
        result = ingest.upsert(s, source=source, items=postings, complete=True)
        s.commit()
    return result


def _dispatch(engine: Engine) -> webhooks_fanout.FanOut:
    with Session(engine, expire_on_commit=False) as s:
        done = webhooks_fanout.fan_out(s)
        s.commit()
    return done


def _verified(receiver: Receiver, secret: str) -> list[dict[str, object]]:
    return [Webhook(secret).verify(r.body, r.headers) for r in receiver.requests]


@pytest.fixture
def no_queue(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    sent: list[str] = []
    monkeypatch.setattr("talentintel.queue.enqueue", lambda name, *a, **k: sent.append(name) or "task")
    return sent


def test_scrape_matching_saved_search_delivers_one_signed_job_opened_per_job(
    engine: Engine, receiver: Receiver, allow_private: None, no_queue: list[str]
) -> None:
    with Session(engine) as s:
        search = saved_searches.create(s, name="crypto roles", filters={"sector": ["crypto"]})
        s.commit()
        search_id = search.id
    endpoint = _endpoint(engine, receiver.url, ["job.opened"], saved_search_id=search_id)
    result = _scrape(engine, CRYPTO + OTHER)
    assert result.new == 4 and no_queue == [events.DISPATCH_TASK]  # one fan-out kicked after the commit
    assert _dispatch(engine).endpoint_ids == {endpoint.id}
    sent = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert sent.succeeded == 3 and sent.failed == 0
    bodies = _verified(receiver, reveal(endpoint.secret))
    assert {b["type"] for b in bodies} == {"job.opened"}
    assert sorted(b["data"]["title"] for b in bodies) == sorted(p.title for p in CRYPTO)  # type: ignore[index]
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 3
    # The standard library agrees with the Standard Webhooks library: HMAC-SHA256 over id.timestamp.body.
    first = receiver.requests[0]
    key = base64.b64decode(reveal(endpoint.secret).removeprefix("whsec_"))
    signed = f"{first.headers['webhook-id']}.{first.headers['webhook-timestamp']}.".encode() + first.body
    assert (
        first.headers["webhook-signature"]
        == "v1," + base64.b64encode(hmac.digest(key, signed, hashlib.sha256)).decode()
    )
    # Idempotent: dispatching and sending again changes nothing.
    assert _dispatch(engine).events == 0
    assert webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine).succeeded == 0
    assert len(receiver.requests) == 3


def test_closing_jobs_sends_job_closed_with_the_api_object(
    engine: Engine, receiver: Receiver, allow_private: None, no_queue: list[str]
) -> None:
    _scrape(engine, CRYPTO)
    endpoint = _endpoint(engine, receiver.url, ["job.closed"])
    result = _scrape(engine, CRYPTO[:1])  # a complete fetch without two postings closes them
    assert len(result.closed_ids) == 2
    _dispatch(engine)
    webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    bodies = _verified(receiver, reveal(endpoint.secret))
    assert sorted(b["data"]["id"] for b in bodies) == sorted(result.closed_ids)  # type: ignore[index]
    assert all(b["data"]["status"] == "closed" and b["data"]["sources"] for b in bodies)  # type: ignore[index]


def test_500_then_200_is_one_success_after_a_retry_with_the_same_id(
    engine: Engine, receiver: Receiver, allow_private: None, no_queue: list[str]
) -> None:
    endpoint = _endpoint(engine, receiver.url, ["job.opened"])
    receiver.statuses = [500]
    _scrape(engine, CRYPTO[:1])
    _dispatch(engine)
    first = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert (first.succeeded, first.failed) == (0, 1)
    with Session(engine) as s:
        delivery = s.exec(select(WebhookDelivery)).one()
        assert delivery.status == "pending" and delivery.response_status == 500 and delivery.next_attempt_at
        # Measured from the attempt, not from now: a busy machine may take longer than the backoff to get here.
        assert delivery.last_attempt_at is not None
        wait = (delivery.next_attempt_at - delivery.last_attempt_at).total_seconds()
        assert 0 < wait <= 0.1  # backoff 0.05 s with jitter (the test settings)
        assert s.get(WebhookEndpoint, endpoint.id).failing_since is not None  # type: ignore[union-attr]
    time.sleep(0.15)
    second = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert (second.succeeded, second.failed) == (1, 0)
    assert receiver.requests[0].headers["webhook-id"] == receiver.requests[1].headers["webhook-id"]
    with Session(engine) as s:
        delivery = s.exec(select(WebhookDelivery)).one()
        assert (delivery.status, delivery.attempts, delivery.response_status) == ("succeeded", 2, 200)
        assert s.get(WebhookEndpoint, endpoint.id).failing_since is None  # type: ignore[union-attr]


def test_410_disables_at_once_and_24h_of_failures_disable(
    engine: Engine, receiver: Receiver, allow_private: None, no_queue: list[str]
) -> None:
    endpoint = _endpoint(engine, receiver.url, ["job.opened"])
    receiver.statuses = [410]
    _scrape(engine, CRYPTO[:2])
    _dispatch(engine)
    sent = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert sent.failed == 1 and len(receiver.requests) == 1  # the second is not sent to a gone receiver
    with Session(engine) as s:
        row = s.get(WebhookEndpoint, endpoint.id)
        assert row is not None and row.status == "disabled" and "410" in (row.disabled_reason or "")
        # Resumed by its owner; then a failure after 24 h of failing disables it, saying so.
        webhooks.update(s, endpoint.id or 0, changes={"paused": False})
        row.failing_since = utcnow() - timedelta(hours=24, seconds=1)
        s.commit()
    receiver.statuses = [503]
    webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    with Session(engine) as s:
        row = s.get(WebhookEndpoint, endpoint.id)
        assert row is not None and row.status == "disabled"
        assert "failed for 1 day" in (row.disabled_reason or "") and "HTTP 503" in (row.disabled_reason or "")


def test_private_target_refused_without_the_setting(engine: Engine, receiver: Receiver, no_queue: list[str]) -> None:
    with Session(engine) as s, pytest.raises(webhooks.webhooks_net.TargetRefused, match="WEBHOOK_ALLOW_PRIVATE"):
        webhooks.create(s, url=receiver.url, event_types=["job.opened"])
    # An endpoint made while allowed (or whose DNS changed since) is refused at delivery, after DNS.
    with Session(engine, expire_on_commit=False) as s:
        endpoint = WebhookEndpoint(url=receiver.url.replace("127.0.0.1", "localhost"), events=["job.opened"],
                                   secret="whsec_" + base64.b64encode(b"k" * 24).decode())  # fmt: skip
        s.add(endpoint)
        s.commit()
    _scrape(engine, CRYPTO[:1])
    _dispatch(engine)
    sent = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert sent.failed == 1 and receiver.requests == []
    with Session(engine) as s:
        delivery = s.exec(select(WebhookDelivery)).one()
        assert delivery.error and delivery.error.startswith("refused:") and "loopback" in delivery.error


def test_fan_out_is_batched_and_idempotent(engine: Engine, receiver: Receiver, allow_private: None,
                                           no_queue: list[str]) -> None:  # fmt: skip
    a = _endpoint(engine, receiver.url, ["job.opened"])
    b = _endpoint(engine, receiver.url, ["job.opened"], filters={"sector": ["ai"]})
    many = [_posting(f"m{i}", f"Solidity Engineer {i}", "Solidity smart contracts on Ethereum.") for i in range(250)]
    _scrape(engine, many)
    rounds = []
    with Session(engine) as s:
        while (done := webhooks_fanout.fan_out(s, batch=100)).events:
            rounds.append((done.events, done.endpoint_ids))
        s.commit()
        deliveries = s.exec(select(WebhookDelivery)).all()
        # 250 events in three batches; endpoint b's filter (AI) matches none of these crypto roles.
        assert [n for n, _ in rounds] == [100, 100, 50] and all(ids == {a.id} for _, ids in rounds)
        assert len(deliveries) == 250 and {d.endpoint_id for d in deliveries} == {a.id}
        # A second fan-out of the same events (a redelivered task) makes no second delivery.
        s.execute(update(WebhookEvent).values(dispatched_at=None))
        webhooks_fanout.fan_out(s, batch=1000)
        s.commit()
        assert len(s.exec(select(WebhookDelivery)).all()) == 250
    assert b.id is not None


def test_payload_is_the_api_object(engine: Engine, session: Session) -> None:
    from talentintel.services.queries import jobs as job_queries
    from talentintel.services.webhooks_payloads import job_objects, plain

    _scrape(engine, CRYPTO[:1])
    job_id = session.exec(select(Job.id)).first()
    assert job_id is not None
    assert job_objects(session, [job_id])[job_id] == plain(job_queries.get_job(session, job_id))
    assert orjson.loads(webhooks_delivery.body("job.opened", utcnow(), {"id": 1}))["data"] == {"id": 1}
