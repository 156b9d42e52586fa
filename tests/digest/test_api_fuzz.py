"""Schemathesis over the digest endpoints (saved searches, subscriptions, preview, unsubscribe): no 5xx, and every
response conforms to the documented statuses, media types and schemas. Bounded to stay fast."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services import apikeys, saved_searches, subscriptions
from tests.fuzzing import CHECKS, schema_for

schema = schema_for("^/v1/(saved-searches|subscriptions|unsubscribe)")


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
