"""Property-based fuzzing of the whole API from its own OpenAPI schema (schemathesis): no 5xx, and every response
conforms to the documented status codes, media types and schemas. Bounded (few examples per operation) to stay fast."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from api.app import create_app

MAX_EXAMPLES = 5


# The app reads the database through get_engine(), which the `engine` fixture points at each backend in turn.
APP = create_app(enqueue=lambda *_: "task-id", redis_url=None, rate_limit_per_minute=10**9, auth_cache_seconds=60)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(
    path_regex="^/(v1/(jobs|companies|funding-rounds|investors|sources)|healthz|readyz)"
)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_schema(case: schemathesis.Case, catalog: dict[str, Any], admin_key: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {admin_key}"}, checks=CHECKS)
