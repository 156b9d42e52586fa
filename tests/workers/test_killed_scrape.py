"""Kill -9 mid-scrape: a real Celery worker (prefork) on the real Redis, its pool child killed with SIGKILL while it
is fetching the board. The task is redelivered (acks_late + reject_on_worker_lost), the redelivery takes over the
dead attempt's claim, and the scrape completes exactly once: the dead run is `interrupted`, one run is `ok`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from talentintel.models import Job, ScrapeRun
from tests.scrapers.conftest import FIXTURES, Hit, LocalServer, Reply

ROOT = Path(__file__).resolve().parents[2]
BOARD = FIXTURES / "greenhouse/coinbase_jobs_content_16items.json"


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _wait(predicate: object, timeout: float, what: str, worker: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        assert worker.poll() is None, "worker exited"
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_sigkill_mid_scrape_is_redone_once(pg_engine: Engine, worker_env: dict[str, str], tmp_path: Path) -> None:
    server = LocalServer().start()
    first_hit = threading.Event()
    release = threading.Event()

    def board(hit: Hit) -> Reply:
        if not first_hit.is_set():
            first_hit.set()
            release.wait(20)  # the first attempt hangs here until its process is killed
        return Reply(200, BOARD.read_bytes(), {"Content-Type": "application/json"})

    server.route("/v1/boards/coinbase/jobs", board)
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "coinbase"\nkind = "greenhouse"\nurl = "{server.url("/v1/boards/coinbase/jobs")}"\n'
        'company = "Coinbase"\n'
    )
    env = {**worker_env, "SOURCES_FILE": str(sources), "ALLOW_PRIVATE_TARGETS": "true"}
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "workers.celery_app", "worker", "--pool", "prefork",
         "--concurrency", "1", "--without-mingle", "--without-gossip", "--loglevel", "WARNING"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        subprocess.run(
            [sys.executable, "-c", "from talentintel.queue import enqueue; enqueue('talentintel.scrape_source', 'coinbase')"],
            cwd=ROOT, env=env, check=True, timeout=60,
        )  # fmt: skip
        assert first_hit.wait(60), "the scrape never reached the board"
        children = _children(worker.pid)
        assert len(children) == 1
        os.kill(children[0], signal.SIGKILL)
        release.set()

        def done() -> bool:
            with Session(pg_engine) as s:
                return s.exec(select(ScrapeRun).where(col(ScrapeRun.status) == "ok")).first() is not None

        _wait(done, 60, "the redelivered scrape", worker)
        time.sleep(0.5)  # nothing else may follow (a second redelivery, a duplicate run)
        total = len(json.loads(BOARD.read_text())["jobs"])
        with Session(pg_engine) as s:
            runs = s.exec(select(ScrapeRun).order_by(col(ScrapeRun.id))).all()
            jobs = s.exec(select(func.count()).select_from(Job)).one()
        assert [r.status for r in runs] == ["interrupted", "ok"], [(r.status, r.message) for r in runs]
        assert runs[0].task_id == runs[1].task_id and runs[1].new == total
        assert jobs == total
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        server.stop()
