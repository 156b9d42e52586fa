"""Every kind on its real recorded response, served by the local HTTP server at the source's URL.

Getro, Consider and RSS have no recordings (SOURCES.md): they are tested on the HTTP edge cases and on SYNTHETIC
responses built in the test (clearly so named), never on an invented "real" sample.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from scrapers.base import ParseError, SourceSpec
from scrapers.crawl import crawl
from scrapers.fetch import Fetcher, FetchError, FetchPolicy
from scrapers.registry import get_kind, kinds
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply, serve_consider_session

# kind, fixture, path served, expected postings (read from the fixture itself), extra config
CASES: list[tuple[str, str, str, int, dict[str, Any]]] = []
for _f in sorted((FIXTURES / "greenhouse").glob("*_jobs_*.json")):
    CASES.append(
        ("greenhouse", f"greenhouse/{_f.name}", "/v1/boards/x/jobs", len(json.loads(_f.read_text())["jobs"]), {})
    )
for _f in sorted((FIXTURES / "lever").glob("*.json")):
    CASES.append(("lever", f"lever/{_f.name}", "/v0/postings/x", len(json.loads(_f.read_text())), {}))
for _f in sorted((FIXTURES / "ashby").glob("*.json")):
    _jobs = json.loads(_f.read_text())["jobs"]
    CASES.append(("ashby", f"ashby/{_f.name}", "/posting-api/job-board/x", sum(j["isListed"] for j in _jobs), {}))
CASES += [
    ("workable", "workable/huggingface_widget_v1_3items.json", "/api/v1/widget/accounts/huggingface", 3, {}),
    ("workable", "workable/v3_accounts_jobs_3items.json", "/api/v3/accounts/huggingface/jobs", 3, {}),
    ("jsonld", "jsonld/cryptojobslist_job_jpmorgan_jsonld_excerpt.html", "/jobs/a", 1, {}),
    ("jsonld", "jsonld/cryptovalley_job_solana_jsonld_excerpt.html", "/jobs/b", 1, {}),
    ("jsonld", "jsonld/lever_spotify_android-engineer_page.html", "/spotify/2193db3f", 1, {}),
    ("jsonld", "jsonld/workable_huggingface_python-engineer_page.html", "/huggingface/j/DB4D7C0EC8/", 1, {}),
    (
        "html",
        "jsonld/lever_spotify_android-engineer_page.html",
        "/spotify/page",
        1,
        {
            "item": "body",
            "title": ".posting-headline h2",
            "link": "a[href*='/apply']",
            "location": ".location",
            "department": ".department",
            "description": "div[data-qa='job-description']",
        },
    ),
]
API = "/api/v2/collections/1/search/jobs"  # any JSON endpoint; this one is also a Getro search URL
SYNTHETIC_ONLY = {"getro", "consider", "rss", "smartrecruiters"}  # smartrecruiters: list + detail, tested below


def _crawl(
    server: LocalServer,
    policy: FetchPolicy,
    kind: str,
    path: str,
    config: dict[str, Any] | None = None,
    company: str | None = "Acme",
) -> Any:
    spec = SourceSpec("test", kind, server.url(path), config or {}, company=company)
    with Fetcher(policy) as fetcher:
        return crawl(spec, get_kind(kind), fetcher)


def test_every_kind_is_tested() -> None:
    jobs_kinds = {name for name, kind in kinds().items() if kind.yields == "jobs"}  # funding kinds: tests/funding
    assert jobs_kinds == {c[0] for c in CASES} | SYNTHETIC_ONLY


@pytest.mark.parametrize(("kind", "fixture", "path", "expected", "config"), CASES, ids=[c[1] for c in CASES])
def test_kind_on_real_fixture(
    http_server: LocalServer,
    fast_policy: FetchPolicy,
    kind: str,
    fixture: str,
    path: str,
    expected: int,
    config: dict[str, Any],
) -> None:
    http_server.file(path, FIXTURES / fixture)
    harvest = _crawl(http_server, fast_policy, kind, path, config)
    assert harvest.errors == [] and harvest.complete
    assert len(harvest.jobs) == expected
    for job in harvest.jobs:
        assert job.external_id and job.title and job.title == job.title.strip()
        assert job.company
        assert job.posted_at is None or job.posted_at.tzinfo is not None
        assert job.description_html is None or "<script" not in job.description_html
        assert all(loc == loc.strip() and loc for loc in job.locations)


def test_greenhouse_fields(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/v1/boards/coinbase/jobs", FIXTURES / "greenhouse/coinbase_jobs_content_16items.json")
    job = _crawl(http_server, fast_policy, "greenhouse", "/v1/boards/coinbase/jobs").jobs[0]
    raw = json.loads((FIXTURES / "greenhouse/coinbase_jobs_content_16items.json").read_text())["jobs"][0]
    assert job.external_id == str(raw["id"]) and job.company == "Coinbase"
    assert job.ats_key == f"greenhouse:{raw['id']}"
    assert raw["location"]["name"] in job.locations
    assert "&lt;" not in job.description and "<" not in job.description  # entity-escaped HTML became text
    assert job.department == raw["departments"][0]["name"]


def test_lever_and_ashby_salaries(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/v0/postings/people-ai", FIXTURES / "lever/people-ai_postings_4items.json")
    http_server.file("/posting-api/job-board/ramp", FIXTURES / "ashby/ramp_job_board_comp_4items.json")
    lever = _crawl(http_server, fast_policy, "lever", "/v0/postings/people-ai").jobs
    raw = next(
        p for p in json.loads((FIXTURES / "lever/people-ai_postings_4items.json").read_text()) if p.get("salaryRange")
    )
    job = next(j for j in lever if j.external_id == raw["id"])
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (
        raw["salaryRange"]["min"],
        raw["salaryRange"]["max"],
        raw["salaryRange"]["currency"],
        "year",
    )
    ashby = _crawl(http_server, fast_policy, "ashby", "/posting-api/job-board/ramp").jobs
    raw_a = json.loads((FIXTURES / "ashby/ramp_job_board_comp_4items.json").read_text())["jobs"][0]
    comp = next(c for c in raw_a["compensation"]["summaryComponents"] if c["compensationType"] == "Salary")
    first = next(j for j in ashby if j.external_id == raw_a["id"])
    assert (first.salary_min, first.salary_max, first.salary_currency) == (
        comp["minValue"],
        comp["maxValue"],
        comp["currencyCode"],
    )
    assert len(first.locations) == 1 + len(raw_a["secondaryLocations"])  # secondary locations kept


def test_jsonld_salary_and_org(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.file("/jobs/a", FIXTURES / "jsonld/cryptojobslist_job_jpmorgan_jsonld_excerpt.html")
    job = _crawl(http_server, fast_policy, "jsonld", "/jobs/a", company=None).jobs[0]
    assert job.company == "JPMorgan Chase & Co" and job.company_domain == "jpmorganchase.com"
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (180000, 250000, "USD", "year")


def test_smartrecruiters_list_then_detail(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    listing = json.loads((FIXTURES / "smartrecruiters/visa_postings_list_2items.json").read_text())
    http_server.file("/v1/companies/Visa/postings", FIXTURES / "smartrecruiters/visa_postings_list_2items.json")
    detail_id = "744000133907678"
    http_server.file(
        f"/v1/companies/Visa/postings/{detail_id}", FIXTURES / f"smartrecruiters/visa_posting_detail_{detail_id}.json"
    )
    harvest = _crawl(http_server, fast_policy, "smartrecruiters", "/v1/companies/Visa/postings")
    full = next(j for j in harvest.jobs if j.external_id == detail_id)
    assert full.apply_url and "EEO" in full.description and not full.partial
    # the other posting's detail page is missing (404): stored from the list entry, marked partial, not a failure
    other = next(p for p in listing["content"] if p["id"] != detail_id)
    partial = next(j for j in harvest.jobs if j.external_id == other["id"])
    assert partial.partial and partial.title == other["name"] and partial.description == ""
    assert partial.locations == [other["location"]["fullLocation"]] and partial.countries == ["IN"]
    assert partial.url == f"https://jobs.smartrecruiters.com/Visa/{other['id']}" and partial.posted_at is not None
    assert harvest.failed_ids == set() and harvest.complete


def test_jsonld_listing_is_followed_and_page_without_jsonld_fails(
    http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    # SYNTHETIC listing page linking to two real job pages and one page without JSON-LD.
    http_server.reply(
        "/careers",
        Reply(
            200,
            b'<html><body><a href="/jobs/a">A</a><a href="/jobs/b">B</a>'
            b'<a href="/jobs/none">C</a><a href="https://elsewhere.example/jobs/x">X</a></body></html>',
            {"Content-Type": "text/html"},
        ),
    )
    http_server.file("/jobs/a", FIXTURES / "jsonld/cryptojobslist_job_jpmorgan_jsonld_excerpt.html")
    http_server.file("/jobs/b", FIXTURES / "jsonld/cryptovalley_job_solana_jsonld_excerpt.html")
    http_server.reply("/jobs/none", Reply(200, b"<html><body><h1>No structured data</h1></body></html>"))
    harvest = _crawl(http_server, fast_policy, "jsonld", "/careers")
    assert len(harvest.jobs) == 2 and harvest.complete
    assert [e.external_id for e in harvest.errors] == [http_server.url("/jobs/none")]
    assert "no schema.org JobPosting" in harvest.errors[0].error
    assert http_server.hits_to("/jobs/x") == []  # other hosts are not followed


def test_page_with_no_jsonld_fails_the_source(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/careers", Reply(200, b"<html><body><p>We are hiring soon.</p></body></html>"))
    with pytest.raises(ParseError, match=r"no schema\.org JobPosting JSON-LD"):
        _crawl(http_server, fast_policy, "jsonld", "/careers")


@pytest.mark.parametrize("kind", ["greenhouse", "lever", "ashby", "workable", "getro", "consider"])
def test_truncated_json_fails_the_source(http_server: LocalServer, fast_policy: FetchPolicy, kind: str) -> None:
    body = (FIXTURES / "greenhouse/anthropic_jobs_content_4items.json").read_bytes()
    http_server.reply(API, Reply(200, body[: len(body) // 2], {"Content-Type": "application/json"}))
    with pytest.raises(ParseError, match="malformed JSON"):
        _crawl(http_server, fast_policy, kind, API)


@pytest.mark.parametrize("kind", ["greenhouse", "lever", "ashby", "getro", "consider"])
def test_wrong_shape_fails_the_source(http_server: LocalServer, fast_policy: FetchPolicy, kind: str) -> None:
    http_server.reply(API, Reply(200, b'{"error": "board not found"}' if kind != "lever" else b'{"ok": false}'))
    with pytest.raises(ParseError):
        _crawl(http_server, fast_policy, kind, API)


def test_broken_item_is_skipped(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    data = json.loads((FIXTURES / "greenhouse/anthropic_jobs_content_4items.json").read_text())
    del data["jobs"][1]["title"]  # SYNTHETIC damage to one real posting
    http_server.reply("/board", Reply(200, json.dumps(data).encode()))
    harvest = _crawl(http_server, fast_policy, "greenhouse", "/board")
    assert len(harvest.jobs) == 3
    assert harvest.errors[0].external_id == str(data["jobs"][1]["id"]) and "title" in harvest.errors[0].error


# -- Getro and Consider: documented formats, exercised through the HTTP server ------------------------------------


def _synthetic_getro_job(i: int) -> dict[str, Any]:
    return {
        "id": 1000 + i,
        "title": f"Synthetic role {i}",
        "url": f"https://example.org/jobs/{i}",
        "created_at": 1767225600,
        "locations": ["Remote"],
        "work_mode": "remote",
        "organization": {"name": "Synthetic Co", "domain": "example.org"},
    }


def test_getro_sends_accept_json_and_pages(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    def search(hit: Any) -> Reply:
        if hit.headers.get("accept") != "application/json":
            return Reply(406, b"Not Acceptable")
        page = json.loads(hit.body)["page"]
        jobs = [_synthetic_getro_job(page * 20 + i) for i in range(20 if page == 0 else 5)]
        return Reply(
            200, json.dumps({"results": {"count": 25, "jobs": jobs}}).encode(), {"Content-Type": "application/json"}
        )

    http_server.route("/api/v2/collections/1/search/jobs", search)
    harvest = _crawl(
        http_server,
        fast_policy,
        "getro",
        "/api/v2/collections/1/search/jobs",
        {"board_url": "https://jobs.example.vc/jobs"},
        company=None,
    )
    assert len(harvest.jobs) == 25 and harvest.complete
    hits = http_server.hits_to("/api/v2/collections/1/search/jobs")
    assert [json.loads(h.body)["page"] for h in hits] == [0, 1]
    assert hits[0].headers["origin"] == "https://jobs.example.vc"
    assert harvest.jobs[0].company == "Synthetic Co" and harvest.jobs[0].remote


def test_getro_406_without_accept_is_a_clear_error(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/search", Reply(406, b"Not Acceptable"))
    with pytest.raises(FetchError, match="HTTP 406"):
        _crawl(http_server, fast_policy, "getro", "/search")


def test_consider_follows_the_cursor(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    def search(hit: Any) -> Reply:
        body = json.loads(hit.body)
        cursor = body["meta"].get("sequence")
        n = {None: 0, "c1": 1, "c2": 2}[cursor]
        jobs = (
            []
            if n == 2
            else [
                {
                    "jobId": f"j{n}",
                    "title": f"Synthetic {n}",
                    "companyName": "Synthetic Co",
                    "url": f"https://jobs.lever.co/synthetic/{n:08d}-0000-0000-0000-000000000000",
                    "locations": ["New York, NY"],
                    "remote": False,
                    "investors": ["Andreessen Horowitz"],
                }
            ]
        )
        return Reply(200, json.dumps({"jobs": jobs, "meta": {"size": 1, "sequence": f"c{n + 1}"}}).encode())

    http_server.route("/api-boards/search-jobs", search)
    token = serve_consider_session(http_server)
    harvest = _crawl(http_server, fast_policy, "consider", "/api-boards/search-jobs", {"board_id": "synthetic"})
    assert [j.external_id for j in harvest.jobs] == ["j0", "j1"]
    posts = http_server.hits_to("/api-boards/search-jobs")
    # The session handshake first, then every search page carries its token and cookie.
    calls = [(h.method, h.path) for h in http_server.hits if h.path != "/robots.txt"]
    assert calls == [("GET", "/jobs")] + [("POST", "/api-boards/search-jobs")] * 3
    headers = [{k.lower(): v for k, v in h.headers.items()} for h in posts]
    assert all(h["x-csrf-token"] == token and "consider_session=synthetic" in h["cookie"] for h in headers)
    first = json.loads(posts[0].body)
    assert first["board"] == {"id": "synthetic", "isParent": True}
    assert harvest.jobs[0].investors == ["Andreessen Horowitz"]
    assert harvest.jobs[0].ats_key == "lever:00000000-0000-0000-0000-000000000000"


def test_rss_feed(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    # SYNTHETIC feed: no real job feed was recorded.
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Synthetic jobs</title>
    <item><title>Protocol Engineer at Synthetic Labs</title><link>https://example.org/jobs/1</link><guid>job-1</guid>
    <description>&lt;p&gt;Build things. Salary $150,000 - $180,000 per year.&lt;/p&gt;</description>
    <pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"""
    http_server.reply("/feed", Reply(200, feed, {"Content-Type": "application/rss+xml"}))
    job = _crawl(http_server, fast_policy, "rss", "/feed", company=None).jobs[0]
    assert (job.external_id, job.title, job.company) == ("job-1", "Protocol Engineer", "Synthetic Labs")
    assert (job.salary_min, job.salary_max, job.salary_currency) == (150000, 180000, "USD")
    assert job.posted_at is not None and job.posted_at.isoformat() == "2026-11-02T10:00:00+00:00"


def test_rss_garbage_fails(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/feed", Reply(200, b"<html><body>not a feed</body></html>"))
    with pytest.raises(ParseError):
        _crawl(http_server, fast_policy, "rss", "/feed")


def test_html_kind_needs_its_selectors(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    with pytest.raises(ParseError, match=r"config\.item"):
        _crawl(http_server, fast_policy, "html", "/page", {})


def test_getro_board_page_gives_the_collection_id(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    # SYNTHETIC board page: only the documented __NEXT_DATA__ path matters.
    page = b'<html><script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"network": {"id": 4242}}}}</script></html>'
    http_server.reply("/jobs", Reply(200, page, {"Content-Type": "text/html"}))
    http_server.reply(
        "/api/v2/collections/4242/search/jobs",
        Reply(200, json.dumps({"results": {"count": 1, "jobs": [_synthetic_getro_job(1)]}}).encode()),
    )
    harvest = _crawl(http_server, fast_policy, "getro", "/jobs", {"api_base": http_server.url("")}, company=None)
    assert [j.external_id for j in harvest.jobs] == ["1001"]
    assert http_server.hits_to("/api/v2/collections/4242/search/jobs")[0].headers["referer"] == http_server.url("/jobs")


def test_getro_board_page_without_id_fails(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/jobs", Reply(200, b"<html><body>portfolio jobs</body></html>"))
    with pytest.raises(ParseError, match="no Getro collection id"):
        _crawl(http_server, fast_policy, "getro", "/jobs")
