"""A worker killed mid-delivery: the receiver got the request, the worker died before recording it. The delivery
stays pending; once its lease runs out the same event is sent again, with the same webhook-id, never a new one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from talentintel.models_webhooks import WebhookDelivery, WebhookEvent
from talentintel.services import webhooks_delivery
from talentintel.services.webhooks_signing import reveal
from talentintel.types import utcnow
from tests.webhooks.conftest import Receiver
from tests.webhooks.test_delivery import CRYPTO, _dispatch, _endpoint, _scrape, _verified

ROOT = Path(__file__).resolve().parents[2]
WORKER = "import sys; from talentintel.services import webhooks_delivery as d; d.deliver_due(int(sys.argv[1]))"


def test_killed_worker_leads_to_the_same_event_id_again(
    engine: Engine, receiver: Receiver, allow_private: None, monkeypatch: object
) -> None:
    import threading

    endpoint = _endpoint(engine, receiver.url, ["job.opened"])
    _scrape(engine, CRYPTO[:1])
    _dispatch(engine)
    receiver.hold = threading.Event()  # the first request is answered only after the worker is dead
    env = {**os.environ, "DATABASE_URL": engine.url.render_as_string(hide_password=False),
           "WEBHOOK_ALLOW_PRIVATE": "true"}  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(endpoint.id)], cwd=ROOT, env=env)
    try:
        assert receiver.arrived.wait(60), "the worker never reached the receiver"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    receiver.hold.set()
    receiver.hold = None
    with Session(engine) as s:
        delivery = s.exec(select(WebhookDelivery)).one()
        assert delivery.status == "pending" and delivery.attempts == 0  # nothing recorded: the worker died
        assert delivery.next_attempt_at and delivery.next_attempt_at > utcnow()  # leased, so not sent twice at once
        assert webhooks_delivery.due_endpoints(s, utcnow()) == []
        # The lease runs out (timeout + 30 s in production; moved here instead of waiting).
        s.execute(update(WebhookDelivery).values(next_attempt_at=utcnow()))
        s.commit()
        assert webhooks_delivery.due_endpoints(s, utcnow()) == [endpoint.id]
    sent = webhooks_delivery.deliver_due(endpoint.id or 0, engine=engine)
    assert sent.succeeded == 1
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    with Session(engine) as s:
        event_id = s.exec(select(WebhookEvent.event_id)).one()
        assert s.exec(select(WebhookDelivery)).one().status == "succeeded"
    assert ids == [event_id, event_id]
    first, second = _verified(receiver, reveal(endpoint.secret))
    assert first == second  # the same body: type, timestamp of the event, data
