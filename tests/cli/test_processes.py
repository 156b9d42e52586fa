"""Process handling: `talentintel worker` becomes Celery (exec), so SIGTERM reaches it and nothing is orphaned, with a
node name of its own; `up`'s Celery worker dies with `up` even when `up` is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.test_up import _free_port

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "SOURCES_FILE")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and ") Z " not in stat.read_text()  # a zombie has exited already


def _until(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def test_worker_execs_celery_and_stops_on_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "worker", "--concurrency", "1"], cwd=tmp_path,
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        assert _until(lambda: " celery " in _cmdline(proc.pid), 60), _cmdline(proc.pid)
        assert f"--hostname worker-{proc.pid}@" in _cmdline(proc.pid)  # the same pid: exec, not a child
        time.sleep(2)  # let Celery install its signal handlers
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
    leftovers = subprocess.run(["pgrep", "-f", f"worker-{proc.pid}@"], capture_output=True, text=True).stdout
    assert leftovers.strip() == ""


def test_up_worker_dies_when_up_is_killed(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "up", "--port", str(_free_port())], cwd=tmp_path,
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    children: list[int] = []
    try:

        def celery_child() -> bool:
            out = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
            children[:] = [int(p) for p in out if " celery " in _cmdline(int(p))]
            return bool(children)

        assert _until(celery_child, 60)
        time.sleep(2)
        proc.kill()  # no shutdown code of `up` runs
        proc.wait(timeout=10)
        assert _until(lambda: not any(_alive(pid) for pid in children), 60), [_cmdline(p) for p in children]
    finally:
        for pid in children:
            if _alive(pid):
                os.killpg(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
