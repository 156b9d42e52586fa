"""Deployment files: the health check probes HTTP only in the API role; compose waits for the migration, has a mail
service and an init process; the build context leaves out the virtualenv and the local database."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from cli.healthcheck import role

ROOT = Path(__file__).resolve().parents[2]


def test_health_check_role_detection() -> None:
    assert role(["/usr/bin/tini -- talentintel serve --host 0.0.0.0", "python -m uvicorn"]) == "api"
    assert role(["/usr/local/bin/python -m celery -A workers.celery_app worker --loglevel INFO"]) == "worker"
    assert role(["/usr/local/bin/python -m celery -A workers.celery_app beat --schedule x"]) == "beat"
    assert role(["/usr/bin/tini -- /usr/local/bin/python /usr/local/bin/talentintel worker"]) == "worker"
    assert role(["/bin/sh"]) is None


def test_compose_waits_for_migration_and_has_mail_and_init() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    for name in ("api", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert services[name]["init"] is True
    assert "mail" in services and "mail:1025" in services["api"]["environment"]["SMTP_URL"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["tini", "--"]' in dockerfile and "cli.healthcheck" in dockerfile
    assert "urlopen('http://127.0.0.1:8000" not in dockerfile


def test_dockerignore_keeps_venv_and_database_out() -> None:
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", "var", ".git"} <= set(ignored)


@pytest.mark.skipif(shutil.which("docker") is None, reason="docker is not installed")
def test_compose_file_is_valid() -> None:
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("docker compose is not installed")
    result = subprocess.run(
        ["docker", "compose", "config", "-q"],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "x"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
