"""Reusable OpenAPI fragments: the problem responses each kind of route can give, and the export media types."""

from __future__ import annotations

from typing import Any

from api.schemas import Problem

_PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description, "content": _PROBLEM}


AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _problem("A parameter is invalid; `invalid_params` names it."),
    401: _problem("No API key, or an unknown or revoked one."),
    403: _problem("The key lacks the scope this endpoint needs."),
    429: _problem("Rate limit exceeded; retry after `Retry-After` seconds."),
}
LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    **AUTH_RESPONSES,
    304: {"description": "Not modified: the `If-None-Match` ETag still matches."},
}
DETAIL_RESPONSES: dict[int | str, dict[str, Any]] = {**LIST_RESPONSES, 404: _problem("No such resource.")}
ADMIN_RESPONSES: dict[int | str, dict[str, Any]] = {**AUTH_RESPONSES, 404: _problem("No such resource.")}
EXPORT_CONTENT: dict[str, Any] = {
    "text/csv": {
        "schema": {"type": "string"},
        "example": "id,title,company_id,company_name,...\n1842,Senior ML Engineer,...",
    },
    "application/x-ndjson": {"schema": {"type": "string"}, "example": '{"id":1842,"title":"Senior ML Engineer",...}\n'},
}
