"""Property-based fuzzing of the whole API from its own OpenAPI schema (schemathesis): no 5xx, and every response
conforms to the documented status codes, media types and schemas. Bounded (few examples per operation) to stay fast."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from tests.fuzzing import CHECKS, schema_for

MAX_EXAMPLES = 5


schema = schema_for("^/(v1/(jobs|companies|funding-rounds|investors|sources)|healthz|readyz)")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_schema(case: schemathesis.Case, catalog: dict[str, Any], admin_key: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {admin_key}"}, checks=CHECKS)
