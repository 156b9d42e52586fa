"""The API client of the trends route tests (one fixture instead of a copy per file)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from api.app import create_app


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(enqueue=lambda *a: "task", redis_url=None, auth_cache_seconds=0)) as c:
        yield c
