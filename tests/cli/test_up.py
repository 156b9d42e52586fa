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

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
        deadline = time.monotonic() + 30
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
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130, -signal.SIGINT)
    key_lines = [line for line in out.splitlines() if "Bearer ti_" in line]
    assert len(key_lines) == 1
    key = key_lines[0].split("Bearer ", 1)[1].strip()
    assert len(key) > 20
