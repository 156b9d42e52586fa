"""Bad settings: one line naming the setting, non-zero exit, within seconds, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"DATABASE_URL": "mysql://x@127.0.0.1/db"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/nowhere"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1:notaport/x"}, "DATABASE_URL"),
        ({"REDIS_URL": "redis://127.0.0.1:1/0"}, "REDIS_URL"),
        ({"REDIS_URL": "nonsense://"}, "REDIS_URL"),
    ],
)
def test_bad_setting_is_one_line_naming_it(env: dict[str, str], setting: str, tmp_path: Path) -> None:
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    result = _run(["serve", "--port", "1"], **env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {setting}")


def test_db_upgrade_twice_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    first = _run(["db", "upgrade"], DATABASE_URL=url)
    assert first.returncode == 0, first.stderr
    second = _run(["db", "upgrade"], DATABASE_URL=url)
    assert second.returncode == 0, second.stderr
    current = _run(["db", "current"], DATABASE_URL=url)
    assert "(head)" in current.stdout + current.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test"},  # a server database is production
        {"ENV": "production"},
    ],
)
def test_production_refuses_the_default_secret_key(env: dict[str, str], tmp_path: Path) -> None:
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    result = _run(["serve", "--port", "1"], SECRET_KEY="change-me-in-production", **env)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: SECRET_KEY"), result.stderr


def test_postgres_scheme_urls_are_accepted() -> None:
    from talentintel.db import make_engine

    engine = make_engine("postgres://postgres@127.0.0.1:5432/test")
    assert engine.url.drivername == "postgresql+psycopg"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    engine.dispose()
