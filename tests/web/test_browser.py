"""The web app in a real browser: Debian's Chromium driven by Playwright, against the app served by uvicorn on the
PostgreSQL test database. One browser for the module, one server per test; JavaScript is off for the recruiter's
flow (the app must work without it) and the window is 375 px wide (a phone).

Rows are the API tests' SYNTHETIC catalog plus two SYNTHETIC jobs; nothing here is a real posting.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
import uvicorn
from sqlmodel import Session

from api.app import create_app
from talentintel.models import Job
from tests.api.conftest import make_job

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium not found (apt-get install chromium; .ci/run installs it)"),
    pytest.mark.parametrize("engine", ["postgresql"], indirect=True),
]
EVIDENCE = {"crypto": [{"term": "onchain", "field": "title", "weight": 9.0, "count": 1}],
            "ai": [{"term": "llm agents", "field": "description", "weight": 3.0, "count": 2}]}  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium for this module's tests. Module-scoped, not session-scoped: while Playwright's sync API runs,
    its event loop counts as running in the main thread, and a later test calling asyncio.run() would fail."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


@pytest.fixture
def server(engine: Any, catalog: dict[str, Any]) -> Iterator[str]:
    """The app on a free loopback port, in a thread; its URL."""
    with Session(engine) as s:
        fusion, acme = catalog["companies"][2], catalog["companies"][0]
        s.add_all([
            make_job(fusion, 8, title="Protocol Engineer, Singapore", regions=["asia"], countries=["SG"]),
            make_job(acme, 9, title="Applied AI Engineer, Tokyo", sector=["ai"], sector_class="ai",
                     regions=["asia"], countries=["JP"]),
        ])  # fmt: skip
        job = s.get(Job, catalog["jobs"][4].id)
        assert job is not None
        job.sector_evidence, job.sector_confidence = EVIDENCE, {"crypto": 0.97, "ai": 0.81}
        s.add(job)
        s.commit()
    app = create_app(enqueue=lambda *a: "task", redis_url=None, auth_cache_seconds=0, page_cache_mb=0)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    uv.should_exit = True
    thread.join(10)
    sock.close()


def _sign_in(page: Any, base: str, key: str) -> None:
    page.goto(f"{base}/app/jobs")
    assert "/app/login" in page.url
    from playwright.sync_api import expect

    expect(page.get_by_label("API key")).to_be_focused()  # autofocus (applied a moment after load): type, Enter
    page.keyboard.type(key)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/app/jobs")


def _api(base: str, key: str, path: str) -> Any:
    r = httpx.get(base + path, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 200, r.text
    return r.json()


def test_recruiter_finds_saves_and_subscribes_without_javascript(browser: Any, server: str, read_key: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    _sign_in(page, server, read_key)

    sector = page.get_by_role("group", name="Sector")
    sector.get_by_label("Crypto", exact=True).check()
    page.get_by_role("group", name="Region").get_by_label("Asia", exact=True).check()
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/app/jobs?**")
    page.wait_for_load_state()
    query = parse_qs(urlparse(page.url).query)
    assert query["sector"] == ["crypto"] and query["region"] == ["asia"]  # the search is its URL
    shown = [int(a.get_attribute("href").rsplit("/", 1)[1]) for a in page.locator("article h3 a").all()]
    api_ids = [j["id"] for j in _api(server, read_key, "/v1/jobs?sector=crypto&region=asia")["items"]]
    assert shown == api_ids and len(shown) == 2
    chips = page.locator("article").first.locator(".chip").all_inner_texts()
    assert "Asia" in chips

    page.get_by_role("link", name="Onchain AI Agent Engineer").click()
    evidence = page.locator("section", has=page.get_by_role("heading", name="Tags and evidence"))
    assert "onchain" in evidence.inner_text() and "llm agents" in evidence.inner_text()
    assert "confidence 0.97" in evidence.inner_text()
    page.go_back()
    page.wait_for_load_state()

    page.get_by_label("Save this search as").fill("Crypto in Asia")
    page.get_by_role("button", name="Save search").click()
    page.wait_for_url("**/app/saved-searches")
    from playwright.sync_api import expect

    # expect waits for the heading (is_visible() answers at once and failed once in a full run on a loaded machine)
    expect(page.get_by_role("heading", name="Crypto in Asia")).to_be_visible()
    saved = _api(server, read_key, "/v1/saved-searches")["items"]
    assert [(s["name"], s["filters"]) for s in saved] == [
        ("Crypto in Asia", {"sector": ["crypto"], "region": ["asia"]})
    ]

    page.goto(f"{server}/app/jobs?sector=crypto&region=asia")
    page.get_by_role("link", name="Subscribe to this search").click()
    page.get_by_label("Email address").fill("recruiter@example.org")
    page.get_by_label("Time zone").fill("Asia/Singapore")
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/app/subscriptions")
    subs = _api(server, read_key, "/v1/subscriptions")["items"]
    assert [(s["email"], s["filters"], s["timezone"]) for s in subs] == [
        ("recruiter@example.org", {"sector": ["crypto"], "region": ["asia"]}, "Asia/Singapore")
    ]

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/app/login?**")
    assert page.get_by_text("You are signed out.").is_visible()
    page.goto(f"{server}/app/saved-searches")
    assert "/app/login" in page.url  # the session is gone
    context.close()


def test_readable_at_375px_and_forms_without_csrf_are_refused(browser: Any, server: str, read_key: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    _sign_in(page, server, read_key)
    for path in ("/app/jobs?sector=crypto", "/app/companies/fusion-labs", "/app/trends"):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, f"{path} scrolls sideways at 375 px"

    refused = page.request.post(f"{server}/app/saved-searches", form={"name": "forged", "query": "sector=ai"})
    assert refused.status == 403 and "could not be verified" in refused.text()
    assert _api(server, read_key, "/v1/saved-searches")["items"] == []
    context.close()


def test_read_key_cannot_see_admin_pages(browser: Any, server: str, read_key: str, admin_key: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    _sign_in(page, server, read_key)
    assert page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources").count() == 0
    response = page.goto(f"{server}/app/sources")
    assert response.status == 403 and "admin scope" in page.inner_text("main")
    context.close()

    context = browser.new_context()
    page = context.new_page()
    _sign_in(page, server, admin_key)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources").click()
    page.wait_for_url("**/app/sources")
    assert page.get_by_role("cell", name="acme-greenhouse").is_visible()
    context.close()
