"""The MCP server driven by the SDK's own client, over HTTP (/mcp of a real uvicorn server) and over stdio
(`talentintel mcp` as a subprocess): it lists its tools and answers with the same jobs as /v1 for the same filters.
Rows are the synthetic catalog of tests/api/conftest.py."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
import uvicorn
from fastapi.testclient import TestClient
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from sqlalchemy.engine import Engine

from api.app import create_app

ROOT = Path(__file__).resolve().parents[2]
TOOLS = {"search_jobs", "get_job", "search_funding_rounds", "get_company", "get_investor", "job_trends",
         "funding_trends"}  # fmt: skip
FILTER_SETS: list[dict[str, Any]] = [
    {},
    {"sector": ["crypto"], "region": ["europe"]},
    {"sector": ["intersection"], "status": "all"},
    {"q": "engineer", "employment_type": ["full_time"]},
    {"investor": ["a16z"], "remote": True},
    {"salary_min": 100000, "country": ["US"]},
]


def _instants(value: Any) -> Any:
    """Date-times as instants: MCP answers write UTC as Z (pydantic), the REST API as +00:00."""
    if isinstance(value, dict):
        return {k: _instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def _api_ids(client: TestClient, auth: dict[str, str], filters: dict[str, Any]) -> list[int]:
    response = client.get("/v1/jobs", params={**filters, "limit": 200}, headers=auth)
    assert response.status_code == 200, response.text
    return [j["id"] for j in response.json()["items"]]


@pytest.fixture
def served(engine: Engine) -> Iterator[str]:
    """The whole API on a real port (the SDK client speaks HTTP)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(enqueue=lambda *a: "t", redis_url=None, auth_cache_seconds=0, page_cache_mb=0)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="on", timeout_graceful_shutdown=1)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


async def _session(client: Client, tool_calls: list[tuple[str, dict[str, Any]]]) -> tuple[set[str], list[Any]]:
    async with client:
        tools = await client.list_tools()
        answers = []
        for name, arguments in tool_calls:
            result = await client.call_tool(name, arguments)
            assert not result.is_error, result.content
            answers.append(result.structured_content)
        return {t.name for t in tools.tools}, answers


def test_mcp_over_http_lists_tools_and_matches_the_api(
    catalog: dict[str, Any], client: TestClient, auth: dict[str, str], served: str
) -> None:
    calls = [("search_jobs", {**f, "limit": 200}) for f in FILTER_SETS]
    job = catalog["jobs"][1]
    calls += [("get_job", {"job_id": job.id}), ("get_company", {"company": "acme-chain"}),
              ("get_investor", {"investor": "paradigm"}), ("search_funding_rounds", {"investor": ["a16z"]}),
              ("job_trends", {"granularity": "month", "start": "2026-10-01", "end": "2026-11-30"}),
              ("funding_trends", {"start": "2026-01-01", "end": "2026-11-30"})]  # fmt: skip
    mcp_client = Client(streamable_http_client(f"{served}/mcp", http_client=httpx2.AsyncClient(headers=auth)))
    names, answers = asyncio.run(_session(mcp_client, calls))
    assert names == TOOLS
    for filters, answer in zip(FILTER_SETS, answers, strict=False):
        assert [j["id"] for j in answer["items"]] == _api_ids(client, auth, filters), filters
    hits = answers[1]["items"]
    assert hits and all(h["web_url"].endswith(f"/app/jobs/{h['id']}") and "sector_evidence" in h for h in hits)
    detail = answers[len(FILTER_SETS)]
    api_detail = client.get(f"/v1/jobs/{job.id}", headers=auth).json()
    assert _instants({k: v for k, v in detail.items() if k != "web_url"}) == _instants(api_detail)
    company, investor, rounds = answers[len(FILTER_SETS) + 1 : len(FILTER_SETS) + 4]
    assert company["slug"] == "acme-chain" and company["web_url"].endswith("/app/companies/acme-chain")
    assert [c["slug"] for c in investor["portfolio"]] == ["acme-chain"]
    assert {r["company"]["slug"] for r in rounds["items"]} == {"neural-works", "fusion-labs"}
    assert answers[-2]["series"] and answers[-1]["by"] == "sector_class"


def test_mcp_over_http_needs_a_key(served: str) -> None:
    response = httpx.post(f"{served}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    assert response.status_code == 401 and response.headers["content-type"].startswith("application/problem+json")
    bad = httpx.post(f"{served}/mcp", json={}, headers={"Authorization": "Bearer ti_not-a-key"})
    assert bad.status_code == 401


def test_mcp_over_stdio(catalog: dict[str, Any], client: TestClient, auth: dict[str, str], engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the stdio transport once (a subprocess start costs ~10 s here); HTTP runs on both databases")
    env = {**os.environ, "DATABASE_URL": engine.url.render_as_string(hide_password=False), "PYTHONPATH": str(ROOT)}
    params = StdioServerParameters(command=sys.executable, args=["-m", "cli.main", "mcp"], env=env, cwd=str(ROOT))
    filters = {"sector": ["ai"], "status": "all"}
    names, answers = asyncio.run(_session(Client(params), [("search_jobs", {**filters, "limit": 200})]))
    assert names == TOOLS
    assert [j["id"] for j in answers[0]["items"]] == _api_ids(client, auth, filters) != []


def test_bad_filter_is_a_tool_error_naming_it(catalog: dict[str, Any], served: str, auth: dict[str, str]) -> None:
    async def call() -> Any:
        async with Client(streamable_http_client(f"{served}/mcp", http_client=httpx2.AsyncClient(headers=auth))) as c:
            return await c.call_tool("search_jobs", {"country": ["Germany"]})

    result = asyncio.run(call())
    assert result.is_error and "country" in str(result.content)
