"""Schemathesis over /v1/webhooks: no 5xx, and every response conforms to the documented statuses, media types and
schemas. Bounded to stay fast; PostgreSQL only (the stricter backend), as the digest endpoints."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services import apikeys, webhooks
from tests.fuzzing import CHECKS, schema_for

schema = schema_for("^/v1/webhooks")


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
@schema.parametrize()
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_webhook_api_conforms_to_its_schema(case: schemathesis.Case, engine: Engine) -> None:
    with Session(engine) as session:
        key, plaintext = apikeys.create(session, scope="admin")
        webhooks.create(session, url="https://hooks.example.org/x", event_types=["job.opened"], api_key_id=key.id)
        session.commit()
    case.call_and_validate(headers={"Authorization": f"Bearer {plaintext}"}, checks=CHECKS)
