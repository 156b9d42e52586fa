"""A source run end to end: local HTTP server -> fetch -> parse -> ingest into SQLite and PostgreSQL -> run recorded."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.runner import RunResult, UnknownSource, run_source
from talentintel.models import Company, CompanyInvestor, Investor, Job, JobSighting, ScrapeRun, Source
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply

COINBASE = FIXTURES / "greenhouse/coinbase_jobs_content_16items.json"


def _run(engine: Engine, policy: FetchPolicy, entry: SourceEntry, **kw: Any) -> RunResult:
    with Fetcher(policy) as fetcher:
        return run_source(entry.name, engine=engine, fetcher=fetcher, entry=entry, **kw)


def _count(engine: Engine, model: Any, *where: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def _board(server: LocalServer, path: str = "/v1/boards/coinbase/jobs") -> SourceEntry:
    return SourceEntry(name="coinbase", kind="greenhouse", url=server.url(path), company="Coinbase")


def test_first_run_then_unchanged_rerun_is_one_conditional_request(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.file("/v1/boards/coinbase/jobs", COINBASE, etag='"v1"')
    entry = _board(http_server)
    first = _run(engine, fast_policy, entry)
    total = len(json.loads(COINBASE.read_text())["jobs"])
    assert (first.status, first.new, first.failed) == ("ok", total, 0)
    assert _count(engine, Job) == total and _count(engine, JobSighting) == total
    with Session(engine) as s:
        job = s.execute(select(Job).order_by(Job.id)).scalars().first()
        assert job is not None and job.tagger_version and job.company_id and job.content_hash
        before = (job.updated_at, job.last_seen_at)

    hits = len(http_server.hits)
    second = _run(engine, fast_policy, entry)
    assert second.status == "not_modified" and second.new == second.updated == 0
    assert len(http_server.hits) - hits == 1  # one conditional request (robots.txt cached)
    assert http_server.hits[-1].headers["if-none-match"] == '"v1"'
    with Session(engine) as s:
        again = s.get(Job, job.id)
        assert again is not None and (again.updated_at, again.last_seen_at) == before  # no writes
    assert _count(engine, Job) == total
    assert [r.status for r in _runs(engine)] == ["ok", "not_modified"]


def _runs(engine: Engine) -> list[ScrapeRun]:
    with Session(engine) as s:
        return list(s.execute(select(ScrapeRun).order_by(ScrapeRun.id)).scalars())


def test_rerun_without_validators_writes_nothing(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.file("/v1/boards/coinbase/jobs", COINBASE)  # no ETag: the body hash decides
    entry = _board(http_server)
    _run(engine, fast_policy, entry)
    again = _run(engine, fast_policy, entry)
    assert again.status == "not_modified"
    assert _count(engine, Job) == len(json.loads(COINBASE.read_text())["jobs"])


def test_removed_job_is_closed_changed_job_updated_and_returning_job_reopened(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    data = json.loads(COINBASE.read_text())
    entry = _board(http_server)
    http_server.reply("/v1/boards/coinbase/jobs", Reply(200, json.dumps(data).encode()))
    _run(engine, fast_policy, entry)

    # SYNTHETIC next state of the real board: one posting removed, one retitled.
    gone, edited = data["jobs"][0], data["jobs"][1]
    later = {**data, "jobs": [{**edited, "title": edited["title"] + " (Updated)"}, *data["jobs"][2:]]}
    http_server.reply("/v1/boards/coinbase/jobs", Reply(200, json.dumps(later).encode()))
    run = _run(engine, fast_policy, entry)
    assert (run.new, run.updated, run.closed, run.unchanged) == (0, 1, 1, len(data["jobs"]) - 2)
    with Session(engine) as s:
        closed = s.execute(select(Job).join(JobSighting).where(JobSighting.external_id == str(gone["id"]))).scalar_one()
        assert closed.status == "closed" and closed.closed_at is not None
        retitled = s.execute(
            select(Job).join(JobSighting).where(JobSighting.external_id == str(edited["id"]))
        ).scalar_one()
        assert retitled.title.endswith("(Updated)")

    http_server.reply("/v1/boards/coinbase/jobs", Reply(200, json.dumps(data).encode()))
    back = _run(engine, fast_policy, entry)
    assert back.new == 0 and back.closed == 0 and back.updated == 2  # reopened + retitled back
    with Session(engine) as s:
        reopened = s.get(Job, closed.id)
        assert reopened is not None and reopened.status == "open" and reopened.closed_at is None
    assert _count(engine, Job) == len(data["jobs"])  # re-scrapes never create rows


def test_failed_fetch_closes_nothing_and_backs_off(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    entry = _board(http_server)
    http_server.file("/v1/boards/coinbase/jobs", COINBASE)
    _run(engine, fast_policy, entry)
    body = COINBASE.read_bytes()
    http_server.reply("/v1/boards/coinbase/jobs", Reply(200, body[: len(body) // 3]))  # truncated JSON
    broken = _run(engine, fast_policy, entry)
    assert broken.status == "failed" and "malformed JSON" in (broken.error or "")
    assert _count(engine, Job, Job.status == "closed") == 0

    http_server.reply("/v1/boards/coinbase/jobs", Reply(500, b"down"))
    down = _run(engine, fast_policy, entry)
    assert down.status == "failed" and "HTTP 500" in (down.error or "")
    with Session(engine) as s:
        src = s.execute(select(Source).where(Source.name == "coinbase")).scalar_one()
        assert src.consecutive_failures == 2 and src.backoff_until is not None and src.last_error
    skipped = _run(engine, fast_policy, entry)
    assert skipped.status == "skipped" and "backing off" in (skipped.message or "")
    assert _run(engine, fast_policy, entry, force=True).status == "failed"


def test_same_posting_on_ats_and_vc_board_is_one_job(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.file("/v1/boards/coinbase/jobs", COINBASE)
    raw = json.loads(COINBASE.read_text())["jobs"][0]
    # SYNTHETIC Getro page listing the real Greenhouse posting (Getro's `url` is the original ATS URL).
    getro = {
        "results": {
            "count": 1,
            "jobs": [
                {
                    "id": 99,
                    "title": raw["title"],
                    "url": raw["absolute_url"],
                    "locations": [raw["location"]["name"]],
                    "organization": {"name": "Coinbase"},
                }
            ],
        }
    }
    http_server.reply("/api/v2/collections/1/search/jobs", Reply(200, json.dumps(getro).encode()))
    vc = SourceEntry(
        name="fund-board",
        kind="getro",
        url=http_server.url("/api/v2/collections/1/search/jobs"),
        investor="Pantera Capital",
    )
    _run(engine, fast_policy, _board(http_server))
    run = _run(engine, fast_policy, vc)
    assert (run.new, run.linked) == (0, 1)
    with Session(engine) as s:
        job = s.execute(select(Job).join(JobSighting).where(JobSighting.external_id == str(raw["id"]))).scalar_one()
        sightings = s.execute(select(JobSighting).where(JobSighting.job_id == job.id)).scalars().all()
        assert len(sightings) == 2
        link = s.execute(
            select(Investor.name, Company.name)
            .join(CompanyInvestor, CompanyInvestor.investor_id == Investor.id)
            .join(Company, Company.id == CompanyInvestor.company_id)
        ).all()
        assert [tuple(r) for r in link] == [("Pantera Capital", "Coinbase")]
    # the fund's board dropping the posting does not close it: the ATS still lists it
    http_server.reply("/api/v2/collections/1/search/jobs", Reply(200, b'{"results": {"count": 0, "jobs": []}}'))
    assert _run(engine, fast_policy, vc).closed == 0
    with Session(engine) as s:
        assert s.get(Job, job.id).status == "open"  # type: ignore[union-attr]


def test_robots_disallow_is_recorded(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.robots("User-agent: *\nDisallow: /\n")  # what api.smartrecruiters.com serves
    http_server.file("/v1/companies/Visa/postings", FIXTURES / "smartrecruiters/visa_postings_list_2items.json")
    entry = SourceEntry(name="visa", kind="smartrecruiters", url=http_server.url("/v1/companies/Visa/postings"))
    run = _run(engine, fast_policy, entry)
    assert run.status == "disallowed" and "robots.txt" in (run.error or "") and "robots.txt" in (run.message or "")
    assert http_server.hits_to("/v1/companies/Visa/postings") == []
    assert _runs(engine)[-1].status == "disallowed"


def test_page_without_jsonld_fails_the_run(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/careers", Reply(200, b"<html><body>Join us</body></html>", {"Content-Type": "text/html"}))
    run = _run(engine, fast_policy, SourceEntry(name="careers", kind="jsonld", url=http_server.url("/careers")))
    assert run.status == "failed" and "no schema.org JobPosting" in (run.error or "")


def test_broken_item_makes_a_partial_run(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    data = json.loads(COINBASE.read_text())
    del data["jobs"][3]["title"]  # SYNTHETIC damage
    http_server.reply("/v1/boards/coinbase/jobs", Reply(200, json.dumps(data).encode()))
    run = _run(engine, fast_policy, _board(http_server))
    assert (run.status, run.failed, run.new) == ("partial", 1, len(data["jobs"]) - 1)


def test_a_claimed_source_is_not_run_twice(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/v1/boards/coinbase/jobs", COINBASE)
    entry = _board(http_server)
    _run(engine, fast_policy, entry)
    with Session(engine) as s:
        src = s.execute(select(Source).where(Source.name == "coinbase")).scalar_one()
        src.last_status = "running"  # another worker holds it
        s.add(src)
        s.commit()
    run = _run(engine, fast_policy, entry)
    assert run.status == "skipped" and run.message == "already running"


def test_unknown_source(engine: Engine, fast_policy: FetchPolicy) -> None:
    with pytest.raises(UnknownSource):
        run_source("nope", engine=engine, fetcher=Fetcher(fast_policy))
