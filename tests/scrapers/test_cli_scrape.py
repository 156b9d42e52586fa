"""`talentintel scrape`: a sources file pointing at the local HTTP server, and invalid files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from cli.main import app
from talentintel.models import Job, Source
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply

runner = CliRunner()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_scrape_runs_every_source_and_prints_a_summary(
    engine: Engine, http_server: LocalServer, tmp_path: Path
) -> None:
    http_server.file("/v1/boards/anthropic/jobs", FIXTURES / "greenhouse/anthropic_jobs_content_4items.json")
    http_server.file("/v0/postings/people-ai", FIXTURES / "lever/people-ai_postings_4items.json")
    http_server.reply("/down", Reply(404, b"no such board"))
    config = _write(
        tmp_path,
        f"""
[[source]]
name = "anthropic"
kind = "greenhouse"
url = "{http_server.url("/v1/boards/anthropic/jobs")}"
company = "Anthropic"

[[source]]
name = "people-ai"
kind = "lever"
url = "{http_server.url("/v0/postings/people-ai")}"
company = "People.ai"
interval = "1h"

[[source]]
name = "gone"
kind = "ashby"
url = "{http_server.url("/down")}"
""",
    )
    result = runner.invoke(app, ["scrape", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "scrape summary" in result.output and "anthropic" in result.output and "HTTP 404" in result.output
    with Session(engine) as s:
        assert s.execute(select(func.count()).select_from(Job)).scalar_one() == 8
        assert s.execute(select(Source.interval_seconds).where(Source.name == "people-ai")).scalar_one() == 3600

    only = runner.invoke(app, ["scrape", "--config", str(config), "--source", "anthropic"])
    assert only.exit_code == 0 and "not_modified" in only.output
    strict = runner.invoke(app, ["scrape", "--config", str(config), "--source", "gone", "--strict", "--force"])
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[source]]\nname = 'x'\nkind = 'greenhouse'\n", "'url' must be an http(s) URL"),
        ("[[source]]\nname = 'x'\nkind = 'nosuchkind'\nurl = 'https://a.example/'\n", "unknown kind 'nosuchkind'"),
        ("[[source]]\nname = 'x'\nkind = 'lever'\nurl = 'https://a.example/'\ninterval = 'often'\n", "'interval'"),
        ("[[source]]\nname = 'x'\nkind = 'lever'\nurl = 'https://a.example/'\nurll = 1\n", "unknown key 'urll'"),
        ("[[source]]\nname = 'x'\nkind = 'lever'\nurl = 'https://a.example/'\n" * 2, "duplicate name 'x'"),
        ("[[source]\nname = ", "not valid TOML"),
        ("title = 'no sources'\n", "unexpected top-level key 'title'"),
    ],
)
def test_invalid_sources_file_exits_non_zero_naming_the_problem(tmp_path: Path, text: str, problem: str) -> None:
    result = runner.invoke(app, ["scrape", "--config", str(_write(tmp_path, text))])
    assert result.exit_code == 2
    assert problem in result.output and "sources.toml" in result.output
    assert "Traceback" not in result.output


def test_missing_file_and_unknown_source(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["scrape", "--config", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2 and "cannot read" in missing.output
    config = _write(tmp_path, "[[source]]\nname = 'x'\nkind = 'lever'\nurl = 'https://a.example/'\n")
    unknown = runner.invoke(app, ["scrape", "--config", str(config), "--source", "y"])
    assert unknown.exit_code == 2 and "no source named 'y'" in unknown.output
