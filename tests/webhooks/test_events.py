"""Emitters and tasks: round.announced from funding ingest, company.pivoted from the daily detection, the
fan-out task queuing one sender per endpoint, and emit writing nothing when nobody listens."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from scrapers.base import RoundItem
from talentintel import events
from talentintel.models import Company, Job
from talentintel.models_webhooks import WebhookDelivery, WebhookEvent
from talentintel.services import funding, webhooks_fanout, webhooks_pivots
from tests.webhooks.test_delivery import CRYPTO, _endpoint, _scrape

# SYNTHETIC round: the event path is tested, not the announcement parser.
ROUND = RoundItem(company="Synthetic Compute Labs", amount_usd=12_000_000, round="series_a",
                  announced_on=date(2026, 11, 20), lead_investors=["Paradigm"], title="Synthetic raises $12M",
                  text="Synthetic Compute Labs raises $12M for decentralized GPU inference.")  # fmt: skip


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    sent: list[str] = []
    monkeypatch.setattr("talentintel.queue.enqueue", lambda name, *a, **k: sent.append(name) or "task")
    return sent


def test_nothing_is_written_when_no_endpoint_listens(engine: Engine, queued: list[str]) -> None:
    _scrape(engine, CRYPTO)
    with Session(engine) as s:
        assert s.exec(select(WebhookEvent)).all() == [] and queued == []


def test_round_announced_once_per_new_round(engine: Engine, allow_private: None, queued: list[str]) -> None:
    endpoint = _endpoint(engine, "http://127.0.0.1:9/", ["round.announced"], filters={"sector": ["ai"]})
    with Session(engine) as s:
        funding.ingest(s, source="synthetic-feed", rounds=[ROUND])
        funding.ingest(s, source="another-feed", rounds=[ROUND])  # the same round from a second source: no news
        s.commit()
        assert [e.type for e in s.exec(select(WebhookEvent))] == ["round.announced"]
        webhooks_fanout.fan_out(s)
        s.commit()
        event = s.exec(select(WebhookEvent)).one()
        assert event.data["company"]["name"] == "Synthetic Compute Labs"
        assert event.data["investors"][0]["name"] == "Paradigm" and event.data["amount_usd"] == 12_000_000
        assert s.exec(select(WebhookDelivery.endpoint_id)).all() == [endpoint.id]


def test_company_pivoted_once_per_quarter(engine: Engine, allow_private: None, queued: list[str]) -> None:
    _endpoint(engine, "http://127.0.0.1:9/", ["company.pivoted"])
    today = date(2026, 11, 30)
    with Session(engine) as s:
        company = Company(name="Synthetic Miner", slug="synthetic-miner")
        s.add(company)
        s.flush()
        for i in range(8):  # crypto postings early in the year, AI postings late: a pivot
            late = i >= 4
            when = datetime(2026, 10 if late else 1, 10 + i, tzinfo=UTC)
            s.add(Job(company_id=company.id, title=f"Synthetic role {i}", posted_at=when, first_seen_at=when,
                      sector=["ai"] if late else ["crypto"], sector_class="ai" if late else "crypto"))  # fmt: skip
        s.commit()
        assert webhooks_pivots.detect(s, today=today) == 1
        assert webhooks_pivots.detect(s, today=today + timedelta(days=1)) == 0  # already announced
        s.commit()
        event = s.exec(select(WebhookEvent)).one()
        assert event.type == "company.pivoted" and event.data["company"] == "Synthetic Miner"
        assert event.data["kind"] == "crypto_to_ai" and event.data["evidence"]


def test_dispatch_task_queues_one_sender_per_endpoint(engine: Engine, allow_private: None, queued: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from workers import webhook_tasks

    a = _endpoint(engine, "http://127.0.0.1:9/a", ["job.opened"])
    b = _endpoint(engine, "http://127.0.0.1:9/b", ["job.opened", "job.closed"])
    _scrape(engine, CRYPTO)
    senders: list[Any] = []
    monkeypatch.setattr(webhook_tasks.webhooks_deliver, "delay", lambda endpoint_id: senders.append(endpoint_id))
    assert webhook_tasks.webhooks_dispatch(batch=2) == 3
    assert sorted(senders) == sorted([a.id, b.id])  # 3 events x 2 endpoints = 6 deliveries, 2 tasks
    with Session(engine) as s:
        assert len(s.exec(select(WebhookDelivery)).all()) == 6
    assert events.DISPATCH_TASK in queued


def test_prune_keeps_pending_and_recent_pivots(engine: Engine, queued: list[str]) -> None:
    from sqlalchemy import update

    from talentintel.types import utcnow

    now = utcnow()
    endpoint = _endpoint(engine, "https://hooks.example.org/x", ["job.opened"])
    with Session(engine) as s:
        old = now - timedelta(days=31)
        rows = [WebhookEvent(event_id=events.new_event_id(), type=t, subject_id=i, occurred_at=old, dispatched_at=old)
                for i, t in enumerate(["job.opened", "job.opened", "company.pivoted"])]  # fmt: skip
        s.add_all(rows)
        s.flush()
        for row, status in zip(rows, ["succeeded", "pending", "succeeded"], strict=True):
            s.add(WebhookDelivery(endpoint_id=endpoint.id or 0, event_id=row.id or 0, status=status))
        s.commit()
        assert webhooks_fanout.prune(s, now=now) == 1  # the delivered job event; not the pending one, nor the pivot
        s.commit()
        assert sorted(e.type for e in s.exec(select(WebhookEvent))) == ["company.pivoted", "job.opened"]
        assert len(s.exec(select(WebhookDelivery)).all()) == 2
        s.execute(update(WebhookEvent).values(occurred_at=now - timedelta(days=181)))
        s.execute(update(WebhookDelivery).values(status="failed"))
        assert webhooks_fanout.prune(s, now=now) == 2


def test_endpoints_of_a_revoked_key_get_nothing(engine: Engine, allow_private: None, queued: list[str]) -> None:
    from talentintel.services import apikeys

    with Session(engine) as s:
        key, _ = apikeys.create(s, scope="read")
        s.commit()
        key_id = key.id
    kept = _endpoint(engine, "http://127.0.0.1:9/kept", ["job.opened"])
    _endpoint(engine, "http://127.0.0.1:9/revoked", ["job.opened"], api_key_id=key_id)
    with Session(engine) as s:
        apikeys.revoke(s, key_id or 0)
        s.commit()
    _scrape(engine, CRYPTO[:1])
    with Session(engine) as s:
        assert webhooks_fanout.fan_out(s).endpoint_ids == {kept.id}


def test_a_funding_saved_search_filters_round_events(engine: Engine, allow_private: None, queued: list[str]) -> None:
    from talentintel.services import saved_searches

    with Session(engine) as s:
        big = saved_searches.create(s, name="big rounds", kind="funding", filters={"amount_min": 20_000_000})
        small = saved_searches.create(s, name="any AI round", kind="funding", filters={"sector": ["ai"]})
        s.commit()
        big_id, small_id = big.id, small.id
    miss = _endpoint(engine, "http://127.0.0.1:9/big", ["round.announced", "job.opened"], saved_search_id=big_id)
    hit = _endpoint(engine, "http://127.0.0.1:9/ai", ["round.announced", "job.opened"], saved_search_id=small_id)
    _scrape(engine, CRYPTO[:1])  # job events: a funding search lets none through
    with Session(engine) as s:
        funding.ingest(s, source="synthetic-feed", rounds=[ROUND])  # $12M, decentralized GPU inference: AI
        s.commit()
        webhooks_fanout.fan_out(s)
        s.commit()
        got = {
            (d.endpoint_id, e)
            for d, e in s.exec(
                select(WebhookDelivery, WebhookEvent.type).join(
                    WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id
                )
            )
        }
    assert got == {(hit.id, "round.announced")} and miss.id is not None
