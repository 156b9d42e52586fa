"""Logs: JSON lines carry the traceback; no line carries a secret (API key, Authorization, password in a URL);
console tracebacks print no local variables."""

from __future__ import annotations

import json

import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from api.app import create_app
from talentintel import logs
from talentintel.logs import get_logger
from talentintel.settings import get_settings


@pytest.mark.parametrize("as_json", [True, False])
def test_a_500_logs_its_traceback_and_no_secret(
    as_json: bool, engine: Engine, read_key: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOG_JSON", "true" if as_json else "false")
    monkeypatch.setenv("LOG_LEVEL", "INFO")
    get_settings.cache_clear()
    app = create_app(redis_url=None, auth_cache_seconds=0, page_cache_mb=0)

    @app.get("/boom")
    def boom(request: Request) -> None:
        authorization = request.headers["authorization"]  # a local a rich traceback would print
        dsn = "postgresql://talent:hunter2-pg@db.internal:5432/ti"
        get_logger("test").warning("connecting", url=dsn, headers={"Authorization": authorization})
        raise RuntimeError(f"cannot reach {dsn} with {authorization}")

    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/boom", headers={"Authorization": f"Bearer {read_key}"}).status_code == 500
        assert client.get("/v1/jobs", headers={"Authorization": f"Bearer {read_key}"}).status_code == 200
    get_settings.cache_clear()
    out = capfd.readouterr()
    text = out.err + out.out
    assert "RuntimeError" in text and "Traceback" in text
    for secret in (read_key, read_key[3:], "hunter2-pg"):
        assert secret not in text
    assert "authorization =" not in text.lower() and "╭" not in text  # no locals panel
    if as_json:
        lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
        unhandled = [e for e in lines if e.get("event") == "http.unhandled"]
        assert unhandled and "RuntimeError" in unhandled[0]["exception"]


_FRAGMENTS = ["Bearer ", "basic ", "ti_", "AbCdEfGh12345678_-x", "postgres://u:pw@h", "://", "@", ":", "=", '"',
              "authorization", "Proxy-Authorization", "set-cookie", "X-Api-Key", "api_key", "SECRET-KEY", "passwd",
              "password", "token", "secret", " ", ",", "&", "/v1/jobs", "?q=rust", "plain words"]  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_scrub_skips_only_texts_no_pattern_could_match(text: str) -> None:
    """scrub's one-search shortcut changes nothing: the same result as the four substitutions every time."""
    full = logs._URL_PASSWORD.sub(rf"\1:{logs.MASK}@", text)
    full = logs._BEARER.sub(rf"\1 {logs.MASK}", full)
    full = logs._API_KEY.sub(logs.MASK, full)
    full = logs._SECRET_PAIR.sub(rf"\1{logs.MASK}", full)
    assert logs.scrub(text) == full
