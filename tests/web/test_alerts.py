"""Saved searches and subscriptions through the web forms: create from a search, edit, preview, pause, delete;
bad input shown on the form with nothing stored. SYNTHETIC catalog rows."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of, sign_in


@pytest.fixture
def app_user(browser_client: TestClient, read_key: str, catalog: dict[str, Any]) -> TestClient:
    browser_client.headers["Authorization"] = f"Bearer {read_key}"
    return sign_in(browser_client, read_key)


def _post(c: TestClient, path: str, data: dict[str, Any], page: str = "/app/jobs") -> Any:
    return c.post(path, data={**data, "csrf_token": csrf_of(c.get(page).text)}, follow_redirects=False)


def test_saved_search_create_edit_delete(app_user: TestClient) -> None:
    r = _post(
        app_user, "/app/saved-searches", {"name": "Asia crypto", "query": "sector=crypto&region=asia&status=open"}
    )
    assert r.status_code == 303 and r.headers["location"] == "/app/saved-searches"
    [saved] = app_user.get("/v1/saved-searches").json()["items"]
    assert saved["filters"] == {"sector": ["crypto"], "region": ["asia"]}
    listing = app_user.get("/app/saved-searches").text
    [run] = re.findall(r'href="(/app/jobs\?[^"]*)"', listing)
    assert sorted(run.removeprefix("/app/jobs?").split("&amp;")) == ["region=asia", "sector=crypto"]

    edit = app_user.get(f"/app/saved-searches/{saved['id']}/edit").text
    assert 'name="sector" value="crypto" checked' in edit and 'value="Asia crypto"' in edit
    bad = _post(app_user, f"/app/saved-searches/{saved['id']}", {"name": "Renamed", "region": "mars"})
    assert bad.status_code == 400 and 'id="region-error"' in bad.text
    assert app_user.get(f"/v1/saved-searches/{saved['id']}").json()["name"] == "Asia crypto"  # nothing half-saved
    ok = _post(
        app_user, f"/app/saved-searches/{saved['id']}", {"name": "Europe AI", "sector": "ai", "region": "europe"}
    )
    assert ok.status_code == 303
    got = app_user.get(f"/v1/saved-searches/{saved['id']}").json()
    assert (got["name"], got["filters"]) == ("Europe AI", {"sector": ["ai"], "region": ["europe"]})

    assert _post(app_user, f"/app/saved-searches/{saved['id']}/delete", {}).status_code == 303
    assert app_user.get("/v1/saved-searches").json()["items"] == []


def test_subscription_create_edit_preview_pause_delete(app_user: TestClient) -> None:
    form = app_user.get("/app/subscriptions/new?sector=intersection&region=asia")
    assert form.status_code == 200 and "sector: intersection · region: asia" in form.text
    fields = {"email": "talent@example.org", "cadence": "weekly", "send_hour": "9", "timezone": "Asia/Tokyo",
              "query": "sector=intersection&region=asia"}  # fmt: skip
    for field, value in (("email", "not-an-address"), ("timezone", "Mars/Olympus"), ("send_hour", "25"),
                         ("send_hour", "nine")):  # fmt: skip
        bad = _post(app_user, "/app/subscriptions", {**fields, field: value})
        assert bad.status_code == 400 and f'id="{field}-error"' in bad.text, (field, value)
    assert app_user.get("/v1/subscriptions").json()["items"] == []

    assert _post(app_user, "/app/subscriptions", fields).status_code == 303
    [sub] = app_user.get("/v1/subscriptions").json()["items"]
    assert (sub["email"], sub["cadence"], sub["send_hour"], sub["timezone"]) == (
        "talent@example.org", "weekly", 9, "Asia/Tokyo")  # fmt: skip
    assert sub["filters"] == {"sector": ["intersection"], "region": ["asia"]}

    preview = app_user.get(f"/app/subscriptions/{sub['id']}/preview")
    assert preview.status_code == 200 and "<iframe" in preview.text and "sandbox" in preview.text
    edit = _post(
        app_user,
        f"/app/subscriptions/{sub['id']}",
        {"email": "team@example.org", "cadence": "daily", "send_hour": "7", "timezone": "UTC", "sector": "ai"},
    )
    assert edit.status_code == 303  # fmt: skip
    got = app_user.get(f"/v1/subscriptions/{sub['id']}").json()
    assert (got["email"], got["cadence"], got["filters"]) == ("team@example.org", "daily", {"sector": ["ai"]})

    assert _post(app_user, f"/app/subscriptions/{sub['id']}/unsubscribe", {}).status_code == 303
    assert app_user.get(f"/v1/subscriptions/{sub['id']}").json()["active"] is False
    assert "Resume" in app_user.get("/app/subscriptions").text
    assert _post(app_user, f"/app/subscriptions/{sub['id']}/resume", {}).status_code == 303
    assert app_user.get(f"/v1/subscriptions/{sub['id']}").json()["active"] is True
    assert _post(app_user, f"/app/subscriptions/{sub['id']}/explode", {}).status_code == 404
    assert _post(app_user, f"/app/subscriptions/{sub['id']}/delete", {}).status_code == 303
    assert app_user.get("/v1/subscriptions").json()["items"] == []


def test_sort_travels_from_the_search_to_the_saved_search_and_subscription(app_user: TestClient) -> None:
    jobs = app_user.get("/app/jobs?sector=crypto&sort=-salary_usd").text
    assert "sector=crypto&amp;sort=-salary_usd" in jobs  # the save form's hidden query and the subscribe link
    assert (
        _post(app_user, "/app/saved-searches", {"name": "Paid", "query": "sector=crypto&sort=-salary_usd"}).status_code
        == 303
    )
    [saved] = app_user.get("/v1/saved-searches").json()["items"]
    assert saved["sort"] == "-salary_usd"
    edit = app_user.get(f"/app/saved-searches/{saved['id']}/edit").text
    assert '<option value="-salary_usd" selected>' in edit
    assert _post(app_user, f"/app/saved-searches/{saved['id']}", {"name": "Paid", "sector": "crypto",
                                                                  "sort": "posted_at"}).status_code == 303  # fmt: skip
    assert app_user.get(f"/v1/saved-searches/{saved['id']}").json()["sort"] == "posted_at"
    listing = app_user.get("/app/saved-searches").text
    assert "/app/jobs?sector=crypto&amp;sort=posted_at" in listing and "order posted_at" in listing

    form = app_user.get("/app/subscriptions/new?sector=crypto&sort=-posted_at").text
    assert '<option value="-posted_at" selected>' in form and 'name="sort"' in form
    fields = {"email": "talent@example.org", "cadence": "daily", "send_hour": "8", "timezone": "UTC",
              "query": "sector=crypto", "sort": "-posted_at"}  # fmt: skip
    bad = _post(app_user, "/app/subscriptions", {**fields, "sort": "relevance"})  # relevance needs keywords
    assert bad.status_code == 400 and 'id="sort-error"' in bad.text
    assert _post(app_user, "/app/subscriptions", fields).status_code == 303
    [sub] = app_user.get("/v1/subscriptions").json()["items"]
    assert sub["sort"] == "-posted_at"
    assert '<option value="-posted_at" selected>' in app_user.get(f"/app/subscriptions/{sub['id']}/edit").text
    edit_fields = {k: v for k, v in fields.items() if k != "query"}
    assert (
        _post(app_user, f"/app/subscriptions/{sub['id']}", {**edit_fields, "sector": "crypto", "sort": ""}).status_code
        == 303
    )
    assert app_user.get(f"/v1/subscriptions/{sub['id']}").json()["sort"] is None
