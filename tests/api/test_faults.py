"""Faults under requests: PostgreSQL connections terminated or refused answer 503 problem+json with Retry-After and
the API recovers on its own; a broker that is down or hung fails an enqueue within 2 s (503), not ~40 s."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel import queue
from talentintel.models import Source
from talentintel.settings import get_settings
from tests.conftest import PG_ADMIN_URL


def _admin(sql: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(sql))
    admin.dispose()


def _terminate(db: str) -> None:
    _admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}' AND pid <> pg_backend_pid()")


@pytest.fixture
def pg_only(engine: Engine) -> str:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL fault")
    return str(engine.url.database)


PATHS = ("/v1/jobs", "/v1/companies", "/v1/jobs?format=csv")


def test_terminated_connections_are_replaced_without_an_error(
    pg_only: str, app_factory: Callable[..., TestClient], auth: dict[str, str]
) -> None:
    with app_factory() as client:
        for path in PATHS:
            assert client.get(path, headers=auth).status_code == 200
        _terminate(pg_only)  # as a PostgreSQL restart does to every pooled connection
        for path in PATHS:
            assert client.get(path, headers=auth).status_code == 200, path


def test_database_refusing_connections_is_503_then_recovers(
    pg_only: str, app_factory: Callable[..., TestClient], auth: dict[str, str]
) -> None:
    with app_factory() as client:
        assert client.get("/v1/jobs", headers=auth).status_code == 200
        _admin(f'ALTER DATABASE "{pg_only}" ALLOW_CONNECTIONS false')
        try:
            _terminate(pg_only)
            for path in (*PATHS, "/v1/jobs/1"):
                resp = client.get(path, headers=auth)
                assert resp.status_code == 503, (path, resp.text)
                assert resp.headers["content-type"] == "application/problem+json"
                assert int(resp.headers["retry-after"]) > 0 and resp.json()["status"] == 503
        finally:
            _admin(f'ALTER DATABASE "{pg_only}" ALLOW_CONNECTIONS true')
        for path in PATHS:
            assert client.get(path, headers=auth).status_code == 200, path


@pytest.fixture
def hung_redis() -> Iterator[str]:
    """A port that accepts connections (the kernel's backlog) and never answers: a hung Redis."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    yield f"redis://127.0.0.1:{sock.getsockname()[1]}/0"
    sock.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("broker", ["hung", "refused"])
def test_enqueue_with_the_broker_down_is_503_within_2s(
    broker: str, hung_redis: str, engine: Engine, app_factory: Callable[..., TestClient],
    admin_auth: dict[str, str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    url = hung_redis if broker == "hung" else f"redis://127.0.0.1:{_free_port()}/0"
    monkeypatch.setenv("REDIS_URL", url)
    get_settings.cache_clear()
    queue.client.cache_clear()
    with Session(engine) as s:
        s.add(Source(name="acme", kind="greenhouse", url="https://boards.example/acme"))
        s.commit()
    try:
        with app_factory(enqueue=queue.enqueue) as client:
            client.post("/v1/sources/acme/runs", headers=admin_auth)  # first use loads kombu's transport
            started = time.monotonic()
            resp = client.post("/v1/sources/acme/runs", headers=admin_auth)
            elapsed = time.monotonic() - started
    finally:
        queue.client.cache_clear()
        get_settings.cache_clear()
    assert resp.status_code == 503 and resp.headers["content-type"] == "application/problem+json"
    assert elapsed < 2.0, elapsed
