"""Every real recorded board stores exactly its distinct postings, and a second scrape changes nothing.

The boards are the real recordings under tests/fixtures/scrapers/ (provenance in SOURCES.md there), run end to end:
local HTTP server -> fetch -> parse -> ingest, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.registry import get_kind
from scrapers.runner import run_source
from talentintel.models import Job, JobSighting, Source
from talentintel.services import ingest
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply


def _distinct(kind: str, data: Any) -> int:
    """Distinct postings of a recording, counted from the raw JSON (not by the code under test)."""
    if kind == "greenhouse":
        return len({j["id"] for j in data["jobs"]})
    if kind == "lever":
        return len({j["id"] for j in data})
    if kind == "ashby":
        return len({j["id"] for j in data["jobs"] if j.get("isListed") is not False})
    if kind == "jsonld":
        return 1  # each recorded page holds one JobPosting
    return len({j["shortcode"] for j in data.get("jobs") or data["results"]})  # workable widget: one row per city


BOARDS = [
    *(("greenhouse", p, "/v1/boards/x/jobs") for p in sorted((FIXTURES / "greenhouse").glob("*_jobs_*.json"))),
    *(("lever", p, "/v0/postings/x") for p in sorted((FIXTURES / "lever").glob("*.json"))),
    *(("ashby", p, "/posting-api/job-board/x") for p in sorted((FIXTURES / "ashby").glob("*.json"))),
    ("workable", FIXTURES / "workable/huggingface_widget_v1_3items.json", "/api/v1/widget/accounts/x"),
]
# Checked by the direct upsert test only (their fetch shapes are covered in test_kinds.py).
MORE = [
    ("workable", FIXTURES / "workable/v3_accounts_jobs_3items.json", "/api/v3/accounts/x/jobs"),
    *(("jsonld", p, "/jobs/x") for p in sorted((FIXTURES / "jsonld").glob("*.html"))),
]


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


# End to end (HTTP, runner) for the kinds whose API names no company; test_runner.py runs Greenhouse the same way.
ONE_PER_KIND = [
    b for b in {kind: (kind, p, r) for kind, p, r in reversed(BOARDS)}.values() if b[0] in ("lever", "ashby")
]


@pytest.mark.parametrize(("kind", "path", "route"), ONE_PER_KIND, ids=[p.name for _, p, _ in ONE_PER_KIND])
def test_real_board_run_stores_its_distinct_postings(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy, kind: str, path: Path, route: str
) -> None:
    http_server.file(route, path)
    entry = SourceEntry(name="board", kind=kind, url=http_server.url(route))
    with Fetcher(fast_policy) as fetcher:
        first = run_source("board", engine=engine, fetcher=fetcher, entry=entry)
    want = _distinct(kind, json.loads(path.read_text()))
    assert (first.status, first.new, first.failed) == ("ok", want, 0)
    assert _count(engine, Job) == want == _count(engine, JobSighting)
    with Session(engine) as s:
        assert s.execute(select(func.count()).select_from(Job).where(Job.company_id.is_(None))).scalar_one() == 0  # type: ignore[union-attr]


def _items(kind: str, path: Path, company: str | None = None) -> list[Any]:
    from scrapers.base import Request, Response, SourceSpec

    url = (
        f"https://boards.example/api/v3/accounts/{path.stem}/jobs"
        if "v3" in path.name
        else f"https://boards.example/v1/boards/{path.stem}/jobs"
    )
    spec = SourceSpec("board", kind, url, {}, company=company)
    return get_kind(kind).parse(spec, Request(spec.url), Response(spec.url, 200, {}, path.read_bytes())).jobs


@pytest.mark.parametrize(("kind", "path", "route"), BOARDS + MORE, ids=[p.name for _, p, _ in BOARDS + MORE])
def test_real_board_stores_distinct_postings_and_second_scrape_changes_nothing(
    session: Session, kind: str, path: Path, route: str
) -> None:
    src = Source(name="board", kind=kind, url="https://boards.example/")
    session.add(src)
    session.flush()
    items = _items(kind, path)
    first = ingest.upsert(session, source=src, items=items, complete=True)
    raw = None if kind == "jsonld" else json.loads(path.read_text())
    assert (first.new, first.failed) == (_distinct(kind, raw), 0)
    assert session.execute(select(func.count()).select_from(Job)).scalar_one() == first.new
    again = ingest.upsert(session, source=src, items=_items(kind, path), complete=True)
    assert (again.new, again.updated, again.closed, again.unchanged) == (0, 0, 0, first.new)
    assert again.opened_ids == again.closed_ids == []


STRIPE = ("stripe_jobs_content_2items.json", "stripe_jobs_nocontent_6items.json")


def test_stripe_recordings_are_eight_jobs(session: Session) -> None:
    # Two real recordings of Stripe's board: 8 postings (7 titles, London and Sydney among them) whose apply URLs
    # differ only in ?gh_jid= (stripe.com/jobs/search?gh_jid=...). They were stored as one job before.
    for name in STRIPE:
        src = Source(name=name, kind="greenhouse", url="https://boards.example/")
        session.add(src)
        session.flush()
        ingest.upsert(session, source=src, items=_items("greenhouse", FIXTURES / "greenhouse" / name), complete=True)
    assert session.execute(select(func.count()).select_from(Job)).scalar_one() == 8
    assert session.execute(select(func.count(func.distinct(Job.apply_key)))).scalar_one() == 8
    rules = session.execute(select(JobSighting.match_rule)).scalars().all()
    assert rules == ["new"] * 8


def test_real_smartrecruiters_board_with_a_failing_detail_stores_both_postings(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    # The real Visa list names 2 postings; only one detail was recorded, so the other detail request fails (404).
    http_server.file("/v1/companies/Visa/postings", FIXTURES / "smartrecruiters/visa_postings_list_2items.json")
    detail = "744000133907678"
    http_server.file(
        f"/v1/companies/Visa/postings/{detail}", FIXTURES / f"smartrecruiters/visa_posting_detail_{detail}.json"
    )
    entry = SourceEntry(name="visa", kind="smartrecruiters", url=http_server.url("/v1/companies/Visa/postings"))
    with Fetcher(fast_policy) as fetcher:
        first = run_source("visa", engine=engine, fetcher=fetcher, entry=entry)
        again = run_source("visa", engine=engine, fetcher=fetcher, entry=entry)
    assert (first.new, first.failed) == (2, 0) and first.quality and first.quality["partial"] == 1
    assert "stored from the list only" in (first.message or "")
    assert again.status == "not_modified" and again.new == again.updated == again.closed == 0
    # The detail comes back: the partial posting is completed, nothing else changes.
    other = "744000129971988"
    # SYNTHETIC detail of the other posting: the recorded detail with the other posting's id and name.
    listed = json.loads((FIXTURES / "smartrecruiters/visa_postings_list_2items.json").read_text())["content"][1]
    body = {
        **json.loads((FIXTURES / f"smartrecruiters/visa_posting_detail_{detail}.json").read_text()),
        "id": other,
        "name": listed["name"],
        "location": listed["location"],
    }
    http_server.reply(f"/v1/companies/Visa/postings/{other}", Reply(200, json.dumps(body).encode()))
    with Fetcher(fast_policy) as fetcher:
        later = run_source("visa", engine=engine, fetcher=fetcher, entry=entry)
    assert (later.new, later.updated, later.closed, later.unchanged) == (0, 1, 0, 1) and later.quality
    assert later.quality["partial"] == 0
    with Session(engine) as s:
        partial = s.execute(select(JobSighting.external_id).where(JobSighting.partial.is_(True))).scalars().all()  # type: ignore[attr-defined]
        assert partial == []
        assert set(s.execute(select(Job.company_id)).scalars()) != {None}


def test_duplicate_ids_in_one_response_are_recorded(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    # SYNTHETIC variant of the real Stripe board: its first posting listed twice, the copy retitled.
    data = json.loads((FIXTURES / "greenhouse/stripe_jobs_nocontent_6items.json").read_text())
    data["jobs"].append({**data["jobs"][0], "title": data["jobs"][0]["title"] + " (copy)"})
    http_server.reply("/v1/boards/stripe/jobs", Reply(200, json.dumps(data).encode()))
    entry = SourceEntry(name="stripe", kind="greenhouse", url=http_server.url("/v1/boards/stripe/jobs"))
    with Fetcher(fast_policy) as fetcher:
        run = run_source("stripe", engine=engine, fetcher=fetcher, entry=entry)
    assert (
        run.new == 6
        and run.quality
        and run.quality["skipped"] == {"duplicate id in one response (the later copy kept)": 1}
    )
    assert "skipped 1: duplicate id" in (run.message or "")
