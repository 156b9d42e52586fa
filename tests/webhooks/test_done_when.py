"""Issue 15's acceptance: a scrape (the real `talentintel scrape` of a real recorded Greenhouse board) that opens
jobs matching a saved search delivers one signed job.opened per matching job to a local receiver, through a real
Celery worker on Redis and PostgreSQL: the after-commit kick, the fan-out task and the sender task.

Board: tests/fixtures/scrapers/greenhouse/coinbase_jobs_content_16items.json (provenance in SOURCES.md there)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook

from talentintel.digest import filters as search_filters
from talentintel.models import Job
from talentintel.services import saved_searches, webhooks
from talentintel.services.webhooks_signing import reveal
from tests.scrapers.conftest import FIXTURES, LocalServer
from tests.webhooks.conftest import Receiver

ROOT = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "celery", "-A", "workers.celery_app", "worker", "--pool", "solo", "--concurrency",
          "1", "--without-mingle", "--without-gossip", "--loglevel", "WARNING"]  # fmt: skip
FILTERS = {"sector": ["crypto"], "region": ["us"]}


def test_scrape_delivers_one_signed_job_opened_per_matching_job(
    pg_engine: Engine,
    redis_url: str,
    http_server: LocalServer,
    receiver: Receiver,
    tmp_path: Path,
    allow_private: None,
) -> None:
    http_server.file("/v1/boards/coinbase/jobs", FIXTURES / "greenhouse/coinbase_jobs_content_16items.json")
    config = tmp_path / "sources.toml"
    config.write_text(f'[[source]]\nname = "coinbase"\nkind = "greenhouse"\n'
                      f'url = "{http_server.url("/v1/boards/coinbase/jobs")}"\ncompany = "Coinbase"\n')  # fmt: skip
    env = {**os.environ, "DATABASE_URL": pg_engine.url.render_as_string(hide_password=False),
           "REDIS_URL": redis_url.rsplit("/", 1)[0] + f"/{secrets.randbelow(14) + 1}", "LOG_LEVEL": "WARNING",
           "WEBHOOK_ALLOW_PRIVATE": "true",
           "ALLOW_PRIVATE_TARGETS": "true"}  # the scrapers' own guard (issue 16) lets the local board through  # fmt: skip
    with Session(pg_engine, expire_on_commit=False) as s:
        search = saved_searches.create(s, name="US crypto roles", filters=FILTERS)
        s.flush()
        endpoint = webhooks.create(s, url=receiver.url, event_types=["job.opened"], saved_search_id=search.id)
        s.commit()
    worker = subprocess.Popen(WORKER, cwd=ROOT, env=env)
    try:
        scrape = subprocess.run([sys.executable, "-m", "cli.main", "scrape", "--config", str(config)], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
        assert scrape.returncode == 0, scrape.stderr
        with Session(pg_engine) as s:
            total = len(s.exec(select(Job.id)).all())
            where = search_filters.job_where(FILTERS, "postgresql")
            matching = set(s.connection().execute(select(Job.__table__.c.id).where(where)).scalars())  # type: ignore[attr-defined]
        assert total == 16 and 0 < len(matching) < total  # the filter selects some of the board, not all
        deadline = time.monotonic() + 90
        while len(receiver.requests) < len(matching) and time.monotonic() < deadline:
            assert worker.poll() is None, "worker exited"
            time.sleep(0.3)
        time.sleep(1)  # nothing more should arrive
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    bodies = [Webhook(reveal(endpoint.secret)).verify(r.body, r.headers) for r in receiver.requests]
    assert {b["type"] for b in bodies} == {"job.opened"}
    assert sorted(b["data"]["id"] for b in bodies) == sorted(matching)  # one per matching job, no other
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == len(matching)
