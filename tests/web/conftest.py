"""Web app fixtures: the API tests' app, keys and synthetic catalog, plus a browser-like signed-in client."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import admin_key, app_factory, catalog, client, enqueued, read_key  # noqa: F401

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(c: TestClient, key: str) -> TestClient:
    page = c.get("/app/login")
    r = c.post("/app/login", data={"api_key": key, "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return c


@pytest.fixture
def browser_client(app_factory: Callable[..., TestClient]):  # noqa: F811
    """A client over https (so the cookie's Secure flag applies), as a browser would hold cookies."""
    with app_factory() as c:
        c.base_url = c.base_url.copy_with(scheme="https")  # type: ignore[assignment]
        yield c
