"""`talentintel up` on the embedded default: serves /healthz and /docs within 30 s, prints a key, stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlmodel import Session, select

from talentintel.db import make_engine
from talentintel.models import Job
from talentintel.tagging import TAGGER_VERSION

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _embedded_worker_runs_a_task(cwd: Path, env: dict[str, str]) -> None:
    """A stale job is retagged by the worker that `up` started, through the embedded SQLite broker."""
    db = cwd / "var" / "talentintel.db"
    engine = make_engine(f"sqlite:///{db}")
    with Session(engine) as s:
        s.add(Job(title="Machine learning engineer, LLM inference", locations=["Berlin"], tagger_version="old"))
        s.commit()
    subprocess.run(
        [sys.executable, "-c", "from talentintel.queue import enqueue; enqueue('talentintel.retag_stale')"],
        cwd=cwd,
        env=env,
        check=True,
        timeout=60,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with Session(engine) as s:
            job = s.exec(select(Job)).one()
        if job.tagger_version == TAGGER_VERSION:
            break
        time.sleep(0.5)
    engine.dispose()
    assert job.tagger_version == TAGGER_VERSION
    assert job.sector == ["ai"] and job.regions == ["europe"]


def test_up_serves_and_stops_cleanly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "SOURCES_FILE")}
    env["PYTHONPATH"] = str(ROOT)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "up", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # a cold start (migrations, imports) took over 30 s at load 18
        health = None
        while time.monotonic() < deadline:
            try:
                health = httpx.get(f"{base}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, "up exited early"
                time.sleep(0.3)
        assert health is not None and health.status_code == 200
        assert httpx.get(f"{base}/docs", timeout=5).status_code == 200
        assert httpx.get(f"{base}/v1/jobs", timeout=5).status_code == 401
        assert (tmp_path / "var" / "talentintel.db").exists()
        _embedded_worker_runs_a_task(tmp_path, env)
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130, -signal.SIGINT)
    key_lines = [line for line in out.splitlines() if "Bearer ti_" in line]
    assert len(key_lines) == 1
    key = key_lines[0].split("Bearer ", 1)[1].strip()
    assert len(key) > 20
