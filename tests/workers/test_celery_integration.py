"""A real Celery worker on the real Redis broker runs a task whose effect lands in PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from talentintel.models import Company, Job
from talentintel.tagging import TAGGER_VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_worker_retags_jobs_in_postgres(pg_engine: Engine, worker_env: dict[str, str]) -> None:
    with Session(pg_engine) as s:
        company = Company(name="Ritual", slug="ritual")
        s.add(company)
        s.flush()
        s.add(
            Job(
                company_id=company.id,
                title="Senior ZK Engineer, zkML inference on-chain",
                description="Build verifiable machine learning inference for smart contracts on Ethereum.",
                locations=["Remote - US"],
                tagger_version="old",
            )
        )
        s.commit()

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workers.celery_app",
            "worker",
            "--pool",
            "solo",
            "--concurrency",
            "1",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "WARNING",
        ],
        cwd=ROOT,
        env=worker_env,
    )
    try:
        sender = subprocess.run(
            [
                sys.executable,
                "-c",
                "from talentintel.queue import enqueue; print(enqueue('talentintel.retag_stale'))",
            ],
            cwd=ROOT,
            env=worker_env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert sender.stdout.strip()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with Session(pg_engine) as s:
                job = s.exec(select(Job)).one()
            if job.tagger_version == TAGGER_VERSION:
                break
            assert worker.poll() is None, "worker exited"
            time.sleep(0.5)
        assert job.tagger_version == TAGGER_VERSION
        assert "crypto" in job.sector and "ai" in job.sector
        assert "us" in job.regions
    finally:
        worker.terminate()
        worker.wait(timeout=30)
