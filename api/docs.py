"""Reusable OpenAPI fragments: the problem responses each kind of route can give, the export media types, and the
operationIds (camelCase of the route function: `list_jobs` -> `listJobs`)."""

from __future__ import annotations

from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.routing import APIRoute, iter_route_contexts

from api.deps import bearer, needs_api_key
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


def operation_id(route: APIRoute) -> str:
    """The route function's name in camelCase (`list_jobs` -> `listJobs`): generated clients get readable method
    names. The app passes this as generate_unique_id_function, so routes added later get one too; a test keeps
    them unique."""
    head, *rest = route.name.strip("_").split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _needs_key(dependant: Any) -> bool:
    return needs_api_key(dependant.call) or any(_needs_key(sub) for sub in dependant.dependencies)


def document_api_key(app: Any, schema: dict[str, Any]) -> None:
    """The ApiKey bearer scheme on every operation whose route depends on require() (api.deps), as FastAPI would
    write it for a `Depends(bearer)`: the dependency reads the header itself (credentials_of), one FastAPI
    dependency less per request."""
    secured = False
    for route in iter_route_contexts(app.routes):  # routes of included routers with their prefix and dependencies
        if isinstance(route.original_route, APIRoute) and route.include_in_schema and _needs_key(route.dependant):
            path = schema.get("paths", {}).get(route.path_format, {})
            for method in route.methods or ():
                if method.lower() in path:
                    path[method.lower()]["security"] = [{bearer.scheme_name: []}]
                    secured = True
    if secured:
        schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
        schemes[bearer.scheme_name] = jsonable_encoder(bearer.model, by_alias=True, exclude_none=True)
