"""A Celery worker environment of its own: the session's PostgreSQL database and a Redis database away from others."""

from __future__ import annotations

import os
import secrets

import pytest
from sqlalchemy.engine import Engine


@pytest.fixture
def worker_env(pg_engine: Engine, redis_url: str) -> dict[str, str]:
    db = int(secrets.randbelow(14)) + 1  # a Redis database of its own, away from other test sessions
    env = dict(os.environ)
    env.update(
        DATABASE_URL=pg_engine.url.render_as_string(hide_password=False),
        REDIS_URL=redis_url.rsplit("/", 1)[0] + f"/{db}",
        LOG_LEVEL="WARNING",
    )
    return env
