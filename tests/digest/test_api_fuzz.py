"""Schemathesis over the digest endpoints (saved searches, subscriptions, preview, unsubscribe): no 5xx, and every
response conforms to the documented statuses, media types and schemas. Bounded to stay fast."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.app import create_app
from talentintel.services import apikeys, saved_searches, subscriptions

APP = create_app(enqueue=lambda *_: "task-id", redis_url=None, rate_limit_per_minute=10**9, auth_cache_seconds=60)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(
    path_regex="^/v1/(saved-searches|subscriptions|unsubscribe)"
)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


# PostgreSQL only: it is the stricter backend (NUL in text, integer ranges), and the suite's time is finite.
@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_digest_api_conforms_to_its_schema(case: schemathesis.Case, engine: Engine) -> None:
    with Session(engine) as session:
        key, plaintext = apikeys.create(session, scope="admin")
        search = saved_searches.create(session, name="AI", filters={"sector": "ai"}, api_key_id=key.id)
        subscriptions.create(session, email="a@example.org", saved_search_ids=[search.id or 0], api_key_id=key.id)
        session.commit()
    case.call_and_validate(headers={"Authorization": f"Bearer {plaintext}"}, checks=CHECKS)
