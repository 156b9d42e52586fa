"""`talentintel up | serve | worker | beat`: run the service's processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import typer

from talentintel import migrate
from talentintel.db import check_database, get_engine, session_scope
from talentintel.logs import configure_logging
from talentintel.queue import check_broker, is_embedded
from talentintel.services import apikeys
from talentintel.settings import VAR_DIR


def _check_settings() -> None:
    check_database(get_engine())
    check_broker()


def _uvicorn(host: str, port: int, reload: bool = False, workers: int = 1) -> None:
    import uvicorn

    # The API writes its own structured access line per request (api.middleware); uvicorn's would repeat it.
    uvicorn.run(
        "api.app:create_app", factory=True, host=host, port=port, reload=reload, workers=None if reload else workers,
        log_config=None, access_log=False,
    )  # fmt: skip


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="TCP port."),
    reload: bool = typer.Option(False, help="Reload on code changes (development)."),
    workers: int = typer.Option(
        1, min=1, help="API processes sharing the port (one per CPU is typical; each keeps its own page cache)."
    ),
) -> None:
    """Serve the REST API (the database must be migrated: `talentintel db upgrade`)."""
    configure_logging()
    _check_settings()
    _uvicorn(host, port, reload, workers)


def _celery_argv(role: str, concurrency: int | None, extra: list[str], node: str = "worker") -> list[str]:
    argv = [sys.executable, "-m", "celery", "-A", "workers.celery_app", role, "--loglevel", "INFO"]
    if role == "worker":
        # The embedded SQLite broker wants few writers; threads keep it one process.
        pool = ["--pool", "threads"] if is_embedded() else []
        argv += [*pool, "--concurrency", str(concurrency or (2 if is_embedded() else os.cpu_count() or 2))]
        # A node name of its own: two workers on one host were both celery@host (clashing in inspect/control).
        argv += ["--hostname", f"{node}-{os.getpid()}@%h"]
    if (role in ("beat", "worker") and "-B" in extra) or role == "beat":
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        argv += ["--schedule", str(VAR_DIR / "celerybeat-schedule")]
    return argv + extra


def worker(
    concurrency: int = typer.Option(0, help="Worker threads/processes (0 = automatic)."),
    queues: str = typer.Option("", help="Comma-separated queues to consume (default: all)."),
) -> None:
    """Run a Celery worker (Redis when REDIS_URL is set, else the embedded SQLite broker)."""
    _check_settings()
    extra = ["-Q", queues] if queues else []
    _exec(_celery_argv("worker", concurrency or None, extra))


def beat() -> None:
    """Run Celery beat: scrapes on each source's interval, digests, snapshots, retagging."""
    _check_settings()
    _exec(_celery_argv("beat", None, []))


def _exec(argv: list[str]) -> None:
    """Become Celery (same pid): SIGTERM from a supervisor or `docker stop` reaches Celery itself, which shuts down
    warmly. As a child of this process it never got the signal, and the orphan kept taking tasks (beat: scheduling
    twice)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(argv[0], argv)


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it when the process that started it dies (Linux PR_SET_PDEATHSIG), even by
    SIGKILL, when no shutdown code of the parent runs."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass  # not Linux: `up` still stops its children on its own exit (_stop)


def up(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="TCP port."),
) -> None:
    """Migrate, then run API + worker + beat in one command (SQLite and no Redis by default). Ctrl-C stops all."""
    configure_logging()
    _check_settings()
    migrate.upgrade(get_engine())
    with session_scope() as session:
        first_key = (
            None
            if apikeys.count_active(session, "admin")
            else apikeys.create(session, scope="admin", name="admin (first start)")[1]
        )
    typer.echo(f"talentintel is up: http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    if first_key:
        typer.echo("First start: an admin API key was created. It is shown once; keep it:")
        typer.echo(f"  Authorization: Bearer {first_key}")
    Path(VAR_DIR).mkdir(parents=True, exist_ok=True)
    # Its own session (Ctrl-C in the terminal reaches `up` only, which then stops the group in order), and the
    # parent-death signal so that the worker and its embedded beat die with `up` even when `up` is killed.
    worker_proc = subprocess.Popen(
        _celery_argv("worker", None, ["-B"], node="up"), start_new_session=True, preexec_fn=_die_with_parent
    )
    try:
        _uvicorn(host, port)
    finally:
        _stop(worker_proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
