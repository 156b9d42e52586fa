"""Sign-in, the session cookie, CSRF, scope and revocation (TestClient over https). On SQLite only: nothing here
depends on the database (one key lookup); the pages' tests and the browser tests run on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.web.session import COOKIE
from talentintel.services import apikeys
from tests.web.conftest import csrf_of, sign_in

pytestmark = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)


def _set_cookie(response: Any) -> str:
    header = response.headers.get("set-cookie", "")
    assert header.startswith(f"{COOKIE}="), header
    return header


def test_sign_in_sets_a_hardened_cookie_without_the_key(browser_client: TestClient, read_key: str) -> None:
    login = browser_client.get("/app/login")
    assert login.status_code == 200
    assert 'for="api_key">API key<' in login.text and ">Sign in</button>" in login.text
    r = browser_client.post("/app/login", data={"api_key": read_key, "csrf_token": csrf_of(login.text)},
                            follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/app/jobs"
    cookie = _set_cookie(r)
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=lax", "path=/app"} <= flags
    assert read_key not in cookie and read_key[3:20] not in cookie
    assert browser_client.get("/app/jobs").status_code == 200


def test_cookie_is_not_secure_over_plain_http(app_factory: Any, read_key: str) -> None:
    with app_factory() as c:
        r = c.get("/app/login")
        assert "secure" not in _set_cookie(r).lower()


def test_a_bad_key_gets_the_form_again_with_one_message(browser_client: TestClient, engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as s:
        key, plaintext = apikeys.create(s, scope="read")
        s.commit()
        apikeys.revoke(s, key.id or 0)
        s.commit()
    for attempt in ("ti_not-a-real-key", plaintext, ""):
        token = csrf_of(browser_client.get("/app/login").text)
        r = browser_client.post("/app/login", data={"api_key": attempt, "csrf_token": token}, follow_redirects=False)
        assert r.status_code == 401
        assert len(re.findall(r'class="error"', r.text)) == 1
        assert ("unknown or has been revoked" if attempt else "Enter your API key") in r.text
        assert 'name="api_key"' in r.text and "Traceback" not in r.text
    assert browser_client.get("/app/jobs", follow_redirects=False).status_code == 303


def test_revoking_the_key_signs_the_browser_out(browser_client: TestClient, engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as s:
        key, plaintext = apikeys.create(s, scope="read")
        s.commit()
    sign_in(browser_client, plaintext)
    assert browser_client.get("/app/jobs").status_code == 200
    with Session(engine, expire_on_commit=False) as s:
        apikeys.revoke(s, key.id or 0)
        s.commit()
    r = browser_client.get("/app/jobs?sector=ai", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/app/login?next=%2Fapp%2Fjobs%3Fsector%3Dai&ended=revoked"
    page = browser_client.get(r.headers["location"])
    assert "revoked" in page.text


def test_sign_in_returns_to_the_page_asked_for_but_never_off_site(browser_client: TestClient, read_key: str) -> None:
    for target, expected in (("/app/jobs?region=asia", "/app/jobs?region=asia"), ("https://evil.example/", "/app/jobs"),
                             ("//evil.example/app", "/app/jobs"), ("/v1/jobs", "/app/jobs")):  # fmt: skip
        browser_client.cookies.clear()
        token = csrf_of(browser_client.get("/app/login").text)
        r = browser_client.post("/app/login", data={"api_key": read_key, "csrf_token": token, "next": target},
                                follow_redirects=False)  # fmt: skip
        assert r.headers["location"] == expected


def test_forms_without_their_csrf_token_are_refused(browser_client: TestClient, read_key: str) -> None:
    assert browser_client.post("/app/login", data={"api_key": read_key}).status_code == 403  # login CSRF too
    sign_in(browser_client, read_key)
    token = csrf_of(browser_client.get("/app/jobs").text)
    for data in ({"name": "x", "query": "sector=ai"}, {"name": "x", "query": "sector=ai", "csrf_token": "forged"}):
        r = browser_client.post("/app/saved-searches", data=data)
        assert r.status_code == 403 and "could not be verified" in r.text
    assert browser_client.post("/app/logout", data={}).status_code == 403
    assert "No saved searches yet" in browser_client.get("/app/saved-searches").text
    ok = browser_client.post("/app/saved-searches", data={"name": "x", "query": "sector=ai", "csrf_token": token})
    assert ok.status_code == 200 and "sector: ai" in ok.text


def test_a_tampered_cookie_is_a_stranger(browser_client: TestClient, read_key: str) -> None:
    sign_in(browser_client, read_key)
    value = browser_client.cookies.get(COOKIE) or ""
    browser_client.cookies.clear()
    browser_client.cookies.set(COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"), path="/app")
    assert browser_client.get("/app/jobs", follow_redirects=False).status_code == 303


def test_sign_out_ends_the_session(browser_client: TestClient, read_key: str) -> None:
    sign_in(browser_client, read_key)
    token = csrf_of(browser_client.get("/app/jobs").text)
    r = browser_client.post("/app/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/app/login")
    assert browser_client.get("/app/jobs", follow_redirects=False).status_code == 303


def test_a_read_key_cannot_open_admin_pages(browser_client: TestClient, read_key: str, catalog: Any) -> None:
    sign_in(browser_client, read_key)
    jobs = browser_client.get("/app/jobs")
    assert 'href="/app/sources"' not in jobs.text
    for path in ("/app/sources", "/app/sources/acme-greenhouse"):
        r = browser_client.get(path)
        assert r.status_code == 403 and "admin scope" in r.text


def test_a_read_key_sees_only_its_own_searches(browser_client: TestClient, engine: Engine, read_key: str) -> None:
    from talentintel.services import saved_searches

    with Session(engine, expire_on_commit=False) as s:
        other, _ = apikeys.create(s, scope="read")
        s.flush()
        theirs = saved_searches.create(s, name="Not yours", filters={"sector": ["ai"]}, api_key_id=other.id)
        s.commit()
    sign_in(browser_client, read_key)
    assert "Not yours" not in browser_client.get("/app/saved-searches").text
    assert browser_client.get(f"/app/saved-searches/{theirs.id}/edit").status_code == 404
