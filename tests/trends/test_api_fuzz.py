"""Property-based fuzzing of /v1/trends/* from the API's own OpenAPI schema (schemathesis): no 5xx, and every
response conforms to the documented status codes, media types and schemas. Few examples per operation, to stay fast."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services import apikeys
from tests.fuzzing import CHECKS, schema_for
from tests.trends.history import january

schema = schema_for("^/v1/trends/")


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
