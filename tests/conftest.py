"""Shared fixtures: real SQLite and PostgreSQL databases built by the migrations, and a real Redis.

Each test session creates its own PostgreSQL database (dropped at the end), so parallel sessions never collide.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Tests set the environment before anything imports talentintel.settings.
_TMP = Path(tempfile.mkdtemp(prefix="talentintel-tests-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_TMP / 'default.db'}")
os.environ.pop("REDIS_URL", None)
os.environ.setdefault("SECRET_KEY", "test-secret")
os.environ.setdefault("LOG_LEVEL", "WARNING")
# Scraper tests fetch from a local HTTP server (127.0.0.1); the SSRF guard's own tests turn it back on.
os.environ.setdefault("ALLOW_PRIVATE_TARGETS", "true")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import Session, SQLModel  # noqa: E402

from talentintel import db as core_db  # noqa: E402
from talentintel import migrate  # noqa: E402
from talentintel.settings import get_settings  # noqa: E402

PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# Under pytest-xdist each worker (gw0, gw1, ...) takes its own Redis database, so one worker's Celery queues and
# rate-limit counters are never read by another's (each worker also has its own PostgreSQL database and SQLite dir).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_REDIS_DB = int(_WORKER[2:]) + 1 if _WORKER.startswith("gw") and _WORKER[2:].isdigit() else 0
# TEST_REDIS_URL (empty = unset) names the base database; workers count up from it, so two workers never share one.
_REDIS_BASE, _, _BASE_DB = (os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/0").rpartition("/")
REDIS_TEST_URL = f"{_REDIS_BASE}/{int(_BASE_DB) + _REDIS_DB}" if _BASE_DB.isdigit() else f"{_REDIS_BASE}/{_BASE_DB}"
BACKENDS = ("sqlite", "postgresql")


def _create_pg_database() -> str:
    name = f"ti_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name


def _drop_pg_database(name: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def backend_urls() -> Iterator[dict[str, str]]:
    """One migrated database per backend for the whole session."""
    pg_name = _create_pg_database()
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    urls = {"sqlite": f"sqlite:///{_TMP / 'test.db'}", "postgresql": f"{base}/{pg_name}"}
    for url in urls.values():
        engine = core_db.make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
    yield urls
    _drop_pg_database(pg_name)


@pytest.fixture(scope="session")
def _engines(backend_urls: dict[str, str]) -> Iterator[dict[str, Engine]]:
    engines = {name: core_db.make_engine(url) for name, url in backend_urls.items()}
    yield engines
    for engine in engines.values():
        engine.dispose()


def _clean(engine: Engine) -> None:
    tables = [t.name for t in SQLModel.metadata.sorted_tables]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for name in reversed(tables):
                conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture(params=BACKENDS)
def engine(
    request: pytest.FixtureRequest, _engines: dict[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Engine]:
    """A migrated, empty database on each backend; also made the process default (get_engine())."""
    eng = _engines[request.param]
    monkeypatch.setenv("DATABASE_URL", eng.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    core_db.get_engine.cache_clear()
    monkeypatch.setattr(core_db, "get_engine", lambda: eng)
    _clean(eng)
    yield eng
    _clean(eng)
    get_settings.cache_clear()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture
def pg_engine(_engines: dict[str, Engine]) -> Iterator[Engine]:
    """PostgreSQL only, for tests of PostgreSQL-specific behaviour."""
    eng = _engines["postgresql"]
    _clean(eng)
    yield eng
    _clean(eng)


@pytest.fixture
def redis_url() -> str:
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL)
    client.ping()
    return REDIS_TEST_URL
