"""/v1/webhooks on both databases: the secret shown once, ownership, pause, rotate, test, deliveries, retry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook

from api.app import create_app
from talentintel.services import apikeys, webhooks_delivery
from tests.webhooks.conftest import Receiver


@pytest.fixture
def queued() -> list[tuple[str, tuple[Any, ...]]]:
    return []


@pytest.fixture
def client(engine: Engine, queued: list[tuple[str, tuple[Any, ...]]]) -> Iterator[TestClient]:
    app = create_app(enqueue=lambda name, *a: queued.append((name, a)) or "t", redis_url=None, auth_cache_seconds=0)
    with TestClient(app) as c:
        yield c


def _key(engine: Engine, scope: str) -> dict[str, str]:
    with Session(engine) as s:
        _, plaintext = apikeys.create(s, scope=scope)
        s.commit()
    return {"Authorization": f"Bearer {plaintext}"}


def test_webhook_lifecycle(engine: Engine, client: TestClient, receiver: Receiver, allow_private: None,
                           queued: list[tuple[str, tuple[Any, ...]]]) -> None:  # fmt: skip
    auth, other, admin = _key(engine, "read"), _key(engine, "read"), _key(engine, "admin")
    body = {"url": receiver.url, "events": ["job.opened", "round.announced"], "filters": {"sector": ["ai"]}}
    created = client.post("/v1/webhooks", json=body, headers=auth)
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["secret"].startswith("whsec_") and hook["status"] == "active"
    url = f"/v1/webhooks/{hook['id']}"
    shown = client.get(url, headers=auth).json()
    assert "secret" not in shown and shown["filters"] == {"sector": ["ai"]}
    assert client.get(url, headers=other).status_code == 404
    assert client.get("/v1/webhooks", headers=other).json()["items"] == []
    assert [h["id"] for h in client.get("/v1/webhooks", headers=admin).json()["items"]] == [hook["id"]]
    assert client.patch(url, json={"paused": True}, headers=auth).json()["status"] == "paused"
    assert client.patch(url, json={"paused": False}, headers=auth).json()["status"] == "active"
    # Rotation: a new secret, and for 24 h both secrets sign, so either verifies.
    rotated = client.post(f"{url}/rotate", headers=auth).json()
    assert rotated["secret"] != hook["secret"]
    test = client.post(f"{url}/test", headers=auth)
    assert test.status_code == 202 and test.json()["event_type"] == "webhook.test"
    assert queued == [("talentintel.webhooks_deliver", (hook["id"],))]
    assert webhooks_delivery.deliver_due(hook["id"], engine=engine).succeeded == 1
    sent = receiver.requests[0]
    for secret in (hook["secret"], rotated["secret"]):
        assert Webhook(secret).verify(sent.body, sent.headers)["type"] == "webhook.test"
    listed = client.get(f"{url}/deliveries", headers=auth).json()["items"]
    assert [(d["status"], d["attempts"], d["response_status"]) for d in listed] == [("succeeded", 1, 200)]
    assert listed[0]["event_id"] == sent.headers["webhook-id"] and listed[0]["latency_ms"] is not None
    retried = client.post(f"{url}/deliveries/{listed[0]['id']}/retry", headers=auth)
    assert retried.status_code == 202 and retried.json()["status"] == "pending"
    webhooks_delivery.deliver_due(hook["id"], engine=engine)
    assert [r.headers["webhook-id"] for r in receiver.requests] == [sent.headers["webhook-id"]] * 2
    metrics = client.get("/metrics").text
    assert 'talentintel_webhook_backlog{kind="pending_deliveries"} 0.0' in metrics
    assert 'talentintel_webhook_backlog{kind="disabled_endpoints"} 0.0' in metrics
    assert client.delete(url, headers=auth).status_code == 204
    assert client.get(url, headers=auth).status_code == 404


BAD = [
    ({"url": "ftp://example.org/x", "events": ["job.opened"]}, "url"),
    ({"url": "http://10.0.0.7/hook", "events": ["job.opened"]}, "url"),
    ({"url": "http://169.254.169.254/latest/meta-data", "events": ["job.opened"]}, "url"),
    ({"url": "https://hooks.example.org/x", "events": ["job.exploded"]}, "events.0"),
    ({"url": "https://hooks.example.org/x", "events": []}, "events"),
    ({"url": "https://hooks.example.org/x", "events": ["job.opened"], "filters": {"sector": ["defi"]}}, "sector"),
    ({"url": "https://hooks.example.org/x", "events": ["job.opened"], "saved_search_id": 999}, "saved_search_id"),
]


@pytest.mark.parametrize(("body", "name"), BAD)
def test_bad_bodies_name_the_field(engine: Engine, client: TestClient, body: dict[str, Any], name: str) -> None:
    response = client.post("/v1/webhooks", json=body, headers=_key(engine, "read"))
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["invalid_params"][0]["name"] == name
