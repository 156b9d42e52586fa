"""A real board through the runner: the sudden-shrink guard, run quality, GET /v1/sources/{name}, the sightings'
match rule in /v1/jobs/{id}, the freshness gauge, `talentintel sources status` and `talentintel repair`, and an old
company slug answering 308 (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from api.app import create_app
from cli.main import app as cli
from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.runner import RunResult, run_source
from talentintel.models import Company, CompanySlugAlias, Job, ScrapeRun
from talentintel.services import apikeys
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply

COINBASE = FIXTURES / "greenhouse/coinbase_jobs_content_16items.json"
ROUTE = "/v1/boards/coinbase/jobs"


def _run(engine: Engine, policy: FetchPolicy, server: LocalServer) -> RunResult:
    entry = SourceEntry(name="coinbase", kind="greenhouse", url=server.url(ROUTE), company="Coinbase")
    with Fetcher(policy) as fetcher:
        return run_source("coinbase", engine=engine, fetcher=fetcher, entry=entry)


def _client(engine: Engine) -> tuple[TestClient, dict[str, str]]:
    with Session(engine) as s:
        _, key = apikeys.create(s, scope="admin", name="test admin")
        s.commit()
    return TestClient(create_app(enqueue=lambda *a: "t", redis_url=None, auth_cache_seconds=0, page_cache_mb=0)), {
        "Authorization": f"Bearer {key}"
    }


def test_shrink_guard_quality_and_status(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file(ROUTE, COINBASE, etag='"full"')
    first = _run(engine, fast_policy, http_server)
    assert first.status == "ok" and first.quality is not None
    assert first.quality["postings"] == 16 and first.quality["fill_rates"]["description"] == 1.0
    # SYNTHETIC failure of the real board: it answers an empty list (with an ETag) where it listed 16.
    empty = json.dumps({"jobs": [], "meta": {"total": 0}}).encode()
    http_server.reply(ROUTE, Reply(200, empty, {"Content-Type": "application/json"}, etag='"empty"'))
    held = _run(engine, fast_policy, http_server)
    assert held.closed == 0 and "nothing closed until the next run confirms" in (held.message or "")
    confirmed = _run(engine, fast_policy, http_server)  # fetched again, not "not modified"
    assert confirmed.status == "ok" and confirmed.closed == 16

    client, admin = _client(engine)
    with client:
        body = client.get("/v1/sources/coinbase", headers=admin).json()
        assert body["failure_streak"] == 0 and body["freshness_seconds"] >= 0 and body["last_success_at"]
        assert body["quality"]["postings"] == 0 and body["stale"] is False
        assert client.get("/v1/sources/nope", headers=admin).status_code == 404
        with Session(engine) as s:
            job_id = s.execute(select(Job.id).limit(1)).scalar_one()
        sightings = client.get(f"/v1/jobs/{job_id}", headers=admin).json()["sources"]
        assert [(x["match_rule"], x["partial"]) for x in sightings] == [("new", False)]
        assert 'talentintel_source_freshness_seconds{source="coinbase"}' in client.get("/metrics").text
    with Session(engine) as s:
        qualities = s.execute(select(ScrapeRun.quality).order_by(ScrapeRun.id)).scalars().all()
        assert [q["postings"] if q else None for q in qualities] == [16, 0, 0]

    status = CliRunner().invoke(cli, ["sources", "status", "--json"])
    assert status.exit_code == 0, status.output
    row: dict[str, Any] = json.loads(status.output.splitlines()[0])
    assert row["name"] == "coinbase" and row["quality"]["postings"] == 0
    table = CliRunner().invoke(cli, ["sources", "status"])
    assert table.exit_code == 0 and "coinbase" in table.output
    repaired = CliRunner().invoke(cli, ["repair"])
    assert repaired.exit_code == 0 and "merged jobs split: 0" in repaired.output


def test_old_company_slug_redirects(engine: Engine) -> None:
    with Session(engine) as s:
        company = Company(name="Hugging Face", slug="hugging-face")
        s.add(company)
        s.flush()
        assert company.id is not None
        s.add(CompanySlugAlias(slug="hugging face", company_id=company.id))
        s.commit()
    client, auth = _client(engine)
    with client:
        moved = client.get("/v1/companies/hugging face", headers=auth, follow_redirects=False)
        assert moved.status_code == 308 and moved.headers["location"] == "/v1/companies/hugging-face"
        assert client.get("/v1/companies/hugging-face", headers=auth).json()["name"] == "Hugging Face"
        assert client.get("/v1/companies/nobody", headers=auth).status_code == 404
