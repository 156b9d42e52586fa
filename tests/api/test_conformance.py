"""Schema conformance: a 405 names every method the path answers; `end=0` and `send_hour: false` are refused."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/v1/saved-searches/1", {"GET", "PATCH", "DELETE"}),
        ("DELETE", "/v1/unsubscribe", {"GET", "POST"}),
        ("POST", "/v1/jobs", {"GET"}),
    ],
)
def test_405_allow_lists_every_method(
    client: TestClient, auth: dict[str, str], method: str, path: str, allowed: set[str]
) -> None:
    resp = client.request(method, path, headers=auth)
    assert resp.status_code == 405 and resp.headers["content-type"] == "application/problem+json"
    assert allowed <= {m.strip() for m in resp.headers["allow"].split(",")}, resp.headers["allow"]


@pytest.mark.parametrize("value", ["0", "1700000000", "yesterday", "2026-13-01"])
def test_trend_days_must_be_iso_dates(client: TestClient, auth: dict[str, str], value: str) -> None:
    resp = client.get("/v1/trends/jobs", params={"end": value}, headers=auth)
    assert resp.status_code == 400 and resp.json()["invalid_params"][0]["name"] == "end"
    assert client.get("/v1/trends/jobs", params={"end": "2026-11-30"}, headers=auth).status_code == 200


@pytest.mark.parametrize("hour", [False, True, "8", 8.5])
def test_send_hour_must_be_an_integer(client: TestClient, auth: dict[str, str], hour: object) -> None:
    resp = client.post("/v1/subscriptions", json={"email": "reader@example.org", "send_hour": hour}, headers=auth)
    assert resp.status_code == 400 and resp.json()["invalid_params"][0]["name"] == "send_hour", resp.text
    created = client.post("/v1/subscriptions", json={"email": "reader@example.org", "send_hour": 7}, headers=auth)
    assert created.status_code == 201
    patched = client.patch(f"/v1/subscriptions/{created.json()['id']}", json={"send_hour": False}, headers=auth)
    assert patched.status_code == 400
