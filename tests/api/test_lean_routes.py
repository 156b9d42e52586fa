"""The list routes' GETs after the first are served by api.lean_routes (no route matching, no solve_dependencies):
the same answers as through FastAPI's router, errors included, with the route in the scope for logs and metrics."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api import deps
from api.lean_routes import LeanRoutes
from talentintel.metrics import HTTP_REQUESTS

LISTS = ("/v1/jobs", "/v1/funding-rounds", "/v1/companies")


def _lean(client: TestClient) -> LeanRoutes:
    stack = client.app.router.middleware_stack  # type: ignore[attr-defined]
    assert isinstance(stack, LeanRoutes)
    return stack


def _same(a: Any, b: Any) -> None:
    assert a.status_code == b.status_code
    if a.status_code == 200:
        assert a.content == b.content
    else:  # a problem names its request
        assert {**a.json(), "request_id": ""} == {**b.json(), "request_id": ""}
    drop = {"x-request-id", "ratelimit-remaining", "ratelimit-reset"}
    assert {k: v for k, v in a.headers.items() if k not in drop} == {
        k: v for k, v in b.headers.items() if k not in drop
    }


def test_list_pages_after_the_first_answer_as_through_the_router(
    client: TestClient, auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    lean = _lean(client)
    for path in LISTS:
        first = client.get(path + "?limit=2", headers=auth)  # through the router: names the route
        assert lean.learned[path] is not None
        _same(client.get(path + "?limit=2", headers=auth), first)
    urls = ["/v1/jobs?sector=nope", "/v1/funding-rounds?sort=bogus&limit=0", "/v1/companies?limit=2&limit=3",
            "/v1/companies?nope=1", "/v1/jobs?limit=1&cursor=garbage"]  # fmt: skip
    lean_answers = [client.get(url, headers=auth) for url in urls]
    assert client.get("/v1/jobs").status_code == 401  # auth still applies
    assert client.get("/v1/jobs", headers={"Authorization": "Bearer ti_wrong_key_000000000000"}).status_code == 401
    lean.learned.clear()  # each URL through the router again (it learns the path on each first request)
    for url, answer in zip(urls, lean_answers, strict=True):
        assert answer.status_code == 400
        lean.learned.clear()
        _same(client.get(url, headers=auth), answer)


def test_the_route_is_in_the_metrics_and_other_routes_and_overrides_take_the_router(
    client: TestClient, auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    lean = _lean(client)
    answered = HTTP_REQUESTS.labels("GET", "/v1/funding-rounds", "200")
    before = answered._value.get()
    for _ in range(3):
        assert client.get("/v1/funding-rounds", headers=auth).status_code == 200
    assert answered._value.get() == before + 3  # labelled by its route template, not "unmatched"
    assert client.head("/v1/companies", headers=auth).status_code in (200, 405)  # HEAD: the router decides
    assert "/v1/investors" not in lean.learned
    client.app.dependency_overrides[deps.read_access] = lambda: None  # type: ignore[attr-defined]
    try:  # an override is honoured: the router resolves dependencies again
        assert client.get("/v1/companies").status_code == 200
    finally:
        client.app.dependency_overrides.clear()  # type: ignore[attr-defined]
    assert client.get("/v1/companies").status_code == 401
