"""Consider jobs embedded in a page (a16zcrypto.com/jobs), served by the local HTTP server.

No recording of a Consider response or page exists (SOURCES.md): both fixtures are SYNTHETIC, and the page wraps
exactly the job objects of the API response, so the two ways in must give the same jobs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.base import ParseError, SourceSpec
from scrapers.crawl import Harvest, crawl
from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.registry import get_kind
from scrapers.runner import RunResult, run_source
from talentintel.models import Job, JobSighting, ScrapeRun, Source
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import LocalServer, Reply, serve_consider_session

SYNTHETIC = Path(__file__).resolve().parents[1] / "fixtures" / "synthetic" / "consider"
API_RESPONSE = SYNTHETIC / "search_jobs_synthetic_3items.json"
PAGE = SYNTHETIC / "a16zcrypto_jobs_page_synthetic.html"


def _crawl(server: LocalServer, policy: FetchPolicy, path: str, config: dict[str, Any] | None = None) -> Harvest:
    spec = SourceSpec("a16zcrypto-jobs", "consider", server.url(path), config or {}, investor="a16z crypto")
    with Fetcher(policy) as fetcher:
        return crawl(spec, get_kind("consider"), fetcher)


def test_fixture_page_wraps_the_api_job_objects() -> None:
    html = PAGE.read_text()
    assert "SYNTHETIC" in html
    start = html.index('id="__NEXT_DATA__" type="application/json">') + len(
        'id="__NEXT_DATA__" type="application/json">'
    )
    embedded = json.loads(html[start : html.index("</script>", start)])
    assert (
        embedded["props"]["pageProps"]["initialState"]["jobs"]["found"] == json.loads(API_RESPONSE.read_text())["jobs"]
    )


def test_page_gives_the_same_jobs_as_the_api(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/api-boards/search-jobs", API_RESPONSE)
    http_server.file("/jobs", PAGE)
    serve_consider_session(http_server, "/session")  # /jobs is the page here
    session = {"board_id": "synthetic", "session_url": http_server.url("/session")}
    api = _crawl(http_server, fast_policy, "/api-boards/search-jobs", session)
    page = _crawl(http_server, fast_policy, "/jobs")
    assert api.complete and page.complete and api.errors == page.errors == []
    assert len(page.jobs) == 3  # the featured copy of the first job is not a second job
    assert page.jobs == api.jobs
    assert page.requests == 1 and [h.method for h in http_server.hits_to("/jobs")] == ["GET"]
    assert [h.method for h in http_server.hits_to("/api-boards/search-jobs")] == ["POST"]
    first = page.jobs[0]
    assert (first.company, first.salary_min, first.salary_period, first.investors) == (
        "Synthetic Labs",
        150000,
        "year",
        ["a16z crypto"],
    )


def test_broken_embedded_job_is_an_item_error(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    html = PAGE.read_text().replace(
        '"title": "Smart Contract Auditor", ', ""
    )  # SYNTHETIC damage: one job loses its title
    http_server.reply("/jobs", Reply(200, html.encode(), {"Content-Type": "text/html"}))
    harvest = _crawl(http_server, fast_policy, "/jobs")
    assert [j.external_id for j in harvest.jobs] == ["synthetic-1", "synthetic-3"]
    assert [e.external_id for e in harvest.errors] == ["synthetic-2"]


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body><h1>Jobs</h1><p>No openings right now.</p></body></html>",
        b'<html><script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"jobs": []}}}</script></html>',
        b'<html><script id="__NEXT_DATA__" type="application/json">{"props": </script></html>',
    ],
)
def test_page_without_embedded_jobs_fails_the_source(
    http_server: LocalServer, fast_policy: FetchPolicy, body: bytes
) -> None:
    http_server.reply("/jobs", Reply(200, body, {"Content-Type": "text/html; charset=utf-8"}))
    with pytest.raises(ParseError, match="no Consider job objects embedded"):
        _crawl(http_server, fast_policy, "/jobs")


# -- through the runner: a failure is recorded on the source; a rerun adds no rows ---------------------------------


def _run(engine: Engine, policy: FetchPolicy, server: LocalServer) -> RunResult:
    entry = SourceEntry(name="a16zcrypto-jobs", kind="consider", url=server.url("/jobs"), investor="a16z crypto")
    with Fetcher(policy) as fetcher:
        return run_source(entry.name, engine=engine, fetcher=fetcher, entry=entry)


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_page_without_jobs_is_a_failed_run(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply(
        "/jobs", Reply(200, b"<html><body>We are hiring soon.</body></html>", {"Content-Type": "text/html"})
    )
    result = _run(engine, fast_policy, http_server)
    assert result.status == "failed" and result.error and "no Consider job objects embedded" in result.error
    with Session(engine) as s:
        source = s.execute(select(Source)).scalars().one()
        run = s.execute(select(ScrapeRun)).scalars().one()
    assert (source.last_status, source.last_error) == ("failed", result.error)
    assert (run.status, run.error) == ("failed", result.error)
    assert _count(engine, Job) == 0


def test_second_run_creates_no_rows(engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/jobs", PAGE)
    first = _run(engine, fast_policy, http_server)
    assert (first.status, first.new) == ("ok", 3)
    counts = (_count(engine, Job), _count(engine, JobSighting))
    second = _run(engine, fast_policy, http_server)  # the same page: its body hash says unchanged
    assert (second.status, second.new) == ("not_modified", 0)
    # the same jobs in a page that differs elsewhere: read and upserted again, still no new rows
    http_server.reply("/jobs", Reply(200, PAGE.read_bytes() + b"<!-- rebuilt -->", {"Content-Type": "text/html"}))
    third = _run(engine, fast_policy, http_server)
    assert (third.status, third.new, third.unchanged) == ("ok", 0, 3)
    assert (_count(engine, Job), _count(engine, JobSighting)) == counts == (3, 3)


def test_a_response_grouped_by_company_gives_the_same_jobs(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    """Public clients type a grouped answer ({"company": ..., "jobs": [...]} per company): built here from the
    synthetic response's own job objects. Each job takes its group's company record, so it reads as the flat answer
    in which every job carries that record."""
    flat = json.loads(API_RESPONSE.read_text())
    groups: dict[str, dict[str, Any]] = {}
    for job in flat["jobs"]:
        group = groups.setdefault(job["companyName"], {"company": None, "jobs": [], "numMatchingJobs": 0})
        group["company"] = group["company"] or job.get("company")
        group["jobs"].append({k: v for k, v in job.items() if k != "company"})
    carried = [{**job, "company": group["company"]} for group in groups.values() for job in group["jobs"]]
    json_type = {"Content-Type": "application/json"}
    http_server.reply(
        "/flat/api-boards/search-jobs", Reply(200, json.dumps({**flat, "jobs": carried}).encode(), json_type)
    )
    grouped = {**flat, "jobs": list(groups.values())}
    http_server.reply("/grouped/api-boards/search-jobs", Reply(200, json.dumps(grouped).encode(), json_type))
    serve_consider_session(http_server)
    expected = _crawl(http_server, fast_policy, "/flat/api-boards/search-jobs", {"board_id": "synthetic"}).jobs
    got = _crawl(http_server, fast_policy, "/grouped/api-boards/search-jobs", {"board_id": "synthetic"}).jobs
    assert got == expected and len(got) == 3
    assert {j.external_id: j.investors for j in got}["synthetic-3"] == ["a16z crypto"]  # from its group's record


def _flight_page(key: str, rows: list[Any]) -> bytes:
    """A SYNTHETIC Next.js app-router page: `rows` under `key` inside a streamed `self.__next_f.push` chunk, the way
    public clients describe the rewritten boards (jobs.a16z.com, Greylock); no such page was recorded."""
    chunk = "1:" + json.dumps(["$", "div", None, {key: rows, "total": len(rows)}])
    return (f"<!-- SYNTHETIC --><html><body><script>self.__next_f.push([1,{json.dumps(chunk)}])</script>"
            "</body></html>").encode()  # fmt: skip


def _rewritten(job: dict[str, Any]) -> dict[str, Any]:
    """The synthetic API job object in the rewritten boards' snake_case fields."""
    salary = job.get("salary") or {}
    return {
        "title": job["title"], "company_name": job["companyName"], "apply_url": job.get("applyUrl") or job["url"],
        "locations": job.get("locations"), "remote": job.get("remote"), "posted_at": job.get("timeStamp"),
        "salary_min": salary.get("minValue"), "salary_max": salary.get("maxValue"),
        "salary_currency": (salary.get("currency") or {}).get("label"),
        "salary_period": (salary.get("period") or {}).get("label"),
    }  # fmt: skip


def test_a_session_page_without_a_token_or_jobs_fails_naming_the_cause(
    http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.reply("/jobs", Reply(200, b"<html><body>rewritten board</body></html>", {"Content-Type": "text/html"}))
    with pytest.raises(ParseError, match=r"no csrfToken .* may no longer run Consider"):
        _crawl(http_server, fast_policy, "/api-boards/search-jobs", {"board_id": "synthetic"})
    assert http_server.hits_to("/api-boards/search-jobs") == []


def test_jobs_in_next_streamed_data_read_like_the_api(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    api_jobs = json.loads(API_RESPONSE.read_text())["jobs"]
    http_server.reply("/portfolio-jobs", Reply(200, _flight_page("jobs", [_rewritten(j) for j in api_jobs]),
                                                {"Content-Type": "text/html"}))  # fmt: skip
    harvest = _crawl(http_server, fast_policy, "/portfolio-jobs")
    assert harvest.errors == [] and len(harvest.jobs) == len(api_jobs)
    first, raw = harvest.jobs[0], api_jobs[0]
    assert (first.title, first.company, first.apply_url) == (raw["title"], raw["companyName"], raw["applyUrl"])
    assert (first.salary_min, first.salary_period) == (raw["salary"]["minValue"], "year")
    assert first.external_id == raw["applyUrl"]  # no job id on these boards: the apply URL names the posting


def test_a_company_index_is_followed_to_each_hiring_company(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    api_jobs = json.loads(API_RESPONSE.read_text())["jobs"]
    companies = [{"name": "Synthetic Labs", "slug": "synthetic-labs", "jobCount": 2},
                 {"name": "Synthetic Security", "slug": "synthetic-security", "jobCount": 1},
                 {"name": "Idle Co", "slug": "idle-co", "jobCount": 0}]  # fmt: skip
    html = {"Content-Type": "text/html"}
    http_server.reply("/companies", Reply(200, _flight_page("companies", companies), html))
    for slug, name in (("synthetic-labs", "Synthetic Labs"), ("synthetic-security", "Synthetic Security")):
        rows = [{**_rewritten(j), "company_name": None} for j in api_jobs if j["companyName"] == name]
        http_server.reply(f"/jobs/{slug}", Reply(200, _flight_page("jobs", rows), html))
    harvest = _crawl(http_server, fast_policy, "/companies")
    assert harvest.complete and harvest.errors == []
    assert sorted((j.company, j.title) for j in harvest.jobs) == sorted(
        (j["companyName"], j["title"]) for j in api_jobs
    )
    assert http_server.hits_to("/jobs/idle-co") == []  # nothing open: never fetched
