"""/v1/funding-rounds and /v1/companies on the lean read path (PostgreSQL read pool, statements compiled once per
shape, pg_lists) answer exactly as the session path does, page by page, whole items compared."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

PG = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
ROUND_CASES: list[dict[str, Any]] = [
    {},
    {"sort": "announced_on"},
    {"sort": "-amount", "sector": "crypto"},
    {"region": ["europe", "asia"]},
    {"round": ["seed", "series_b"]},
    {"amount_min": "1000000", "amount_max": "40000000"},
    {"investor": "a16z"},
    {"investor": ["paradigm", "1"], "sort": "-amount"},
    {"country": ["DE", "SG"]},
    {"company": "fusion-labs"},
    {"company": ["acme-chain", "2"]},
    {"announced_after": "2026-01-01", "announced_before": "2026-12-31"},
]
COMPANY_CASES: list[dict[str, Any]] = [
    {},
    {"sort": "-id"},
    {"sector": "ai"},
    {"has_open_jobs": "true"},
    {"has_open_jobs": "false"},
    {"q": "labs"},
    {"q": "NEURAL", "sort": "-id"},
    {"region": ["europe", "us"]},
    {"investor": "a16z"},
]


def _walk(client: TestClient, path: str, auth: dict[str, str], params: dict[str, Any]) -> list[dict[str, Any]]:
    pages, cursor = [], None
    while True:
        response = client.get(path, params={**params, "limit": 1, **({"cursor": cursor} if cursor else {})},
                              headers=auth)  # fmt: skip
        assert response.status_code == 200, response.text
        pages.append(response.json())
        cursor = pages[-1]["next_cursor"]
        if cursor is None:
            return pages


@PG
@pytest.mark.parametrize(("path", "cases"), [("/v1/funding-rounds", ROUND_CASES), ("/v1/companies", COMPANY_CASES)])
def test_pool_pages_equal_session_pages(
    engine: Engine, app_factory: Any, auth: dict[str, str], catalog: dict[str, Any], path: str,
    cases: list[dict[str, Any]],
) -> None:  # fmt: skip
    session_client = app_factory()  # no lifespan: no read pool, pages read with a session
    assert session_client.app.state.read_pool is None  # type: ignore[attr-defined]
    with app_factory() as pooled:
        assert pooled.app.state.read_pool is not None  # type: ignore[attr-defined]
        for params in cases:
            via_pool = _walk(pooled, path, auth, params)
            assert via_pool == _walk(session_client, path, auth, params), params
            assert sum(len(page["items"]) for page in via_pool) >= (1 if not params else 0)
        bad = pooled.get(path, params={"cursor": "not-a-cursor"}, headers=auth)
        assert bad.status_code == 400 and bad.json()["invalid_params"][0]["name"] == "cursor"
