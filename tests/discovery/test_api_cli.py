"""Admin review of discovered sources over the API, and `talentintel discover` offline and on a file of domains."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from cli.main import app as cli_app
from talentintel.models import Source
from tests.api.conftest import admin_auth, admin_key, app_factory, auth, client, enqueued, read_key  # noqa: F401

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "discovery" / "pages"


def _proposed(session: Session) -> None:
    session.add(
        Source(
            name="acme-ashby",
            kind="ashby",
            url="https://api.ashbyhq.com/posting-api/job-board/acme",
            company="Acme",
            status="proposed",
            origin="discovered",
            enabled=False,
            discovery={"found_on": "https://acme.example/careers", "job_count": 3},
        )
    )
    session.add(Source(name="filed", kind="lever", url="https://api.lever.co/v0/postings/filed"))
    session.commit()


def test_review_discovered_sources(client: TestClient, session: Session, admin_auth: dict, auth: dict) -> None:  # noqa: F811
    _proposed(session)
    listed = client.get("/v1/sources", params={"status": "proposed"}, headers=admin_auth).json()
    assert [(s["name"], s["origin"]) for s in listed["items"]] == [("acme-ashby", "discovered")]
    assert client.get("/v1/sources", params={"status": "bogus"}, headers=admin_auth).status_code == 400
    assert client.post("/v1/sources/acme-ashby/approve", headers=auth).status_code == 403
    approved = client.post("/v1/sources/acme-ashby/approve", headers=admin_auth)
    assert approved.status_code == 200 and approved.json()["status"] == "active" and approved.json()["enabled"]
    rejected = client.post("/v1/sources/acme-ashby/reject", headers=admin_auth).json()
    assert (rejected["status"], rejected["enabled"]) == ("rejected", False)
    refused = client.post("/v1/sources/filed/reject", headers=admin_auth)
    assert refused.status_code == 400 and "sources file" in refused.json()["detail"]
    assert client.post("/v1/sources/nope/approve", headers=admin_auth).status_code == 404
    assert client.get("/v1/discoveries", headers=admin_auth).json() == {"items": [], "next_cursor": None}


def test_offline_detection_prints_json_lines() -> None:
    out = CliRunner().invoke(
        cli_app,
        ["discover", "--html", str(PAGES / "octiv_careers.php"), "--url", "https://www.octiv.com/company/careers/"],
    )
    assert out.exit_code == 0
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert {(x.get("kind"), x.get("token")) for x in lines if "kind" in x} == {("greenhouse", "octiv")}


def test_offline_detection_bad_input_is_one_line(tmp_path: Path) -> None:
    missing = CliRunner().invoke(
        cli_app, ["discover", "--html", str(tmp_path / "nope.html"), "--url", "https://x.example/"]
    )
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    no_url = CliRunner().invoke(cli_app, ["discover", "--html", str(PAGES / "octiv_careers.php")])
    assert no_url.exit_code == 2 and "--url" in no_url.stderr
    bad = tmp_path / "domains.txt"
    bad.write_text("acme.example\nnot a domain\n")
    listed = CliRunner().invoke(cli_app, ["discover", "--domains", str(bad)])
    assert listed.exit_code == 2 and "domains.txt:2" in listed.stderr
