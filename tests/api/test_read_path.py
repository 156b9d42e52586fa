"""The lean /v1/jobs read path on PostgreSQL (asyncpg pool, statements compiled once per shape) answers exactly as
the session path does, page by page; its pool survives failed and cancelled statements."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services.queries import jobs, pg_read

CASES: list[dict[str, Any]] = [
    {},
    {"sector": "crypto"},
    {"sector": ["crypto", "ai"], "region": ["europe", "asia"]},
    {"sector": "intersection", "status": "all"},
    {"region": "us", "remote": "false"},
    {"country": ["DE", "SG"], "employment_type": "full_time"},
    {"company": "neural-works"},
    # The same bind names as the slug alone, but with an id the condition reads both (statement_shape): a page
    # compiled for the slug alone first must not be reused, or the id would be left out.
    {"company": ["acme-chain", "999"]},
    {"company": ["fusion-labs", "1"]},
    {"investor": ["a16z"], "sort": "-salary"},
    {"q": "engineer", "sector": "crypto"},
    {"q": '"smart contracts" -rust', "status": "all"},
    {"salary_min": "100000", "posted_after": "2026-11-01T00:00:00Z", "posted_before": "2026-11-02"},
    {"status": "closed", "sort": "posted_at"},
]


def _walk(client: TestClient, auth: dict[str, str], params: dict[str, Any], limit: int) -> list[list[int]]:
    pages, cursor = [], None
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = client.get("/v1/jobs", params=query, headers=auth)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append([item["id"] for item in body["items"]])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_pool_pages_equal_session_pages(
    engine: Engine, client: TestClient, auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    assert client.app.state.read_pool is not None  # type: ignore[attr-defined]
    for params in CASES:
        filters = jobs.parse_filters({k: v for k, v in params.items() if k != "sort"})
        sort = params.get("sort", jobs.DEFAULT_SORT)
        expected, cursor = [], None
        with Session(engine) as session:
            while True:
                page = jobs.list_jobs(session, filters, sort=sort, limit=2, cursor_token=cursor)
                expected.append([item["id"] for item in page.items])
                if page.next_cursor is None:
                    break
                cursor = page.next_cursor
        assert _walk(client, auth, params, 2) == expected, params
        full = client.get("/v1/jobs", params={**params, "limit": 200}, headers=auth).json()["items"]
        assert [i["id"] for i in full] == [i for p in expected for i in p], params


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_items_are_the_same_as_the_session_path(
    engine: Engine, app_factory: Any, auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    with app_factory() as pooled:
        via_pool = pooled.get("/v1/jobs", params={"status": "all"}, headers=auth).json()
    via_session = app_factory().get("/v1/jobs", params={"status": "all"}, headers=auth).json()  # no lifespan: no pool
    assert via_pool == via_session


def test_every_filter_shape_compiles_with_only_its_bound_values() -> None:
    for params in CASES:
        filters = jobs.parse_filters({k: v for k, v in params.items() if k != "sort"})
        query = jobs.page_query(filters, "postgresql", sort=params.get("sort", jobs.DEFAULT_SORT), limit=7)
        statement = pg_read.compiled(query)  # raises when a parameter has no value in bind_values()
        assert set(statement.names) <= set(query.values)
        again = jobs.page_query(filters, "postgresql", sort=params.get("sort", jobs.DEFAULT_SORT), limit=7)
        assert pg_read.compiled(again) is statement


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_pool_survives_errors_and_cancellation(engine: Engine) -> None:
    async def scenario() -> None:
        pool = await pg_read.open_pool(engine.url)
        assert pool is not None
        with pytest.raises(asyncpg.PostgresError):
            await pool.fetch("SELECT 1 / $1::int", [0])
        with pytest.raises(asyncpg.PostgresError):  # read-only connections
            await pool.fetch("CREATE TABLE read_pool_probe (x int)", [])
        slow = asyncio.ensure_future(pool.fetch("SELECT pg_sleep(5)", []))
        await asyncio.sleep(0.2)
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        rows = await asyncio.gather(*(pool.fetch("SELECT $1::int", [n]) for n in range(3 * pg_read.POOL_SIZE)))
        assert [r[0][0] for r in rows] == list(range(3 * pg_read.POOL_SIZE))
        await pool.close()

    asyncio.run(scenario())
