"""`talentintel digest run` as a user runs it: a subprocess, a real database and a real SMTP server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services import subscriptions
from tests.digest.conftest import SmtpServer

ROOT = Path(__file__).resolve().parents[2]


def _cli(engine: Engine, *args: str, smtp_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": engine.url.render_as_string(hide_password=False), "SMTP_URL": smtp_url}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "digest", "run", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_run_now_sends_once_and_dry_run_sends_nothing(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    with Session(engine) as session:
        subscriptions.create(session, email="ops@example.org", filters={"sector": ["ai"]}, cadence="weekly")
        session.commit()
    dry = _cli(engine, "--now", "--dry-run", smtp_url=smtp.url)
    assert dry.returncode == 0, dry.stderr
    assert "dry-run" in dry.stdout and smtp.messages == []
    first = _cli(engine, "--now", smtp_url=smtp.url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("sent") and "1 sent" in first.stderr
    second = _cli(engine, "--now", smtp_url=smtp.url)
    assert second.returncode == 0 and second.stdout.startswith("already-sent")
    [msg] = smtp.messages
    assert msg["To"] == "ops@example.org" and "Weekly" in msg["Subject"]


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # the database plays no part here
def test_bad_smtp_url_is_one_line_naming_the_setting(engine: Engine) -> None:
    result = _cli(engine, smtp_url="http://mail.example.org")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: SMTP_URL:") and "Traceback" not in result.stderr


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_unreachable_smtp_exits_non_zero(engine: Engine, seeded: dict[str, Any], smtp_port: int) -> None:
    with Session(engine) as session:
        subscriptions.create(session, email="ops@example.org")
        session.commit()
    result = _cli(engine, "--now", smtp_url=f"smtp://127.0.0.1:{smtp_port}")
    assert result.returncode == 1 and result.stdout.startswith("failed")
