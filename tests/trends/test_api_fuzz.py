"""Property-based fuzzing of /v1/trends/* from the API's own OpenAPI schema (schemathesis): no 5xx, and every
response conforms to the documented status codes, media types and schemas. Few examples per operation, to stay fast."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.app import create_app
from talentintel.services import apikeys
from tests.trends.history import january

APP = create_app(enqueue=lambda *_: "task-id", redis_url=None, rate_limit_per_minute=10**9, auth_cache_seconds=60)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(path_regex="^/v1/trends/")
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def read_key(engine: Engine) -> str:
    """Seeded once per operation and backend (hypothesis reuses function fixtures across its examples)."""
    with Session(engine) as s:
        january(s)
        _, key = apikeys.create(s, scope="read", name="fuzz")
        s.commit()
    return key


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_trends_conform_to_the_schema(case: schemathesis.Case, read_key: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {read_key}"}, checks=CHECKS)
