"""Shared set-up of the schemathesis fuzz tests: one app (no broker, no rate limit) and the checks every area runs."""

from __future__ import annotations

import schemathesis
from schemathesis import checks

from api.app import create_app

# The app reads the database through get_engine(), which the `engine` fixture points at each backend in turn.
APP = create_app(enqueue=lambda *_: "task-id", redis_url=None, rate_limit_per_minute=10**9, auth_cache_seconds=60)

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


def schema_for(path_regex: str) -> schemathesis.schemas.BaseSchema:
    """The app's own OpenAPI schema, limited to the operations whose path matches."""
    return schemathesis.openapi.from_asgi("/openapi.json", APP).include(path_regex=path_regex)
