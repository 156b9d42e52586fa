"""Discovery end to end on SQLite and PostgreSQL: homepage -> careers page -> board -> verifying API call ->
proposed source -> approve -> scraped like a hand-listed source. Real careers page and real ATS recording; the
homepages are SYNTHETIC (a few lines with a careers link)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.discovery.run import discover_and_record
from scrapers.fetch import Fetcher
from scrapers.runner import run_source
from talentintel.models import Company, Job, Source
from talentintel.models_discovery import SiteDiscovery
from talentintel.services import discovery
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "discovery" / "pages"
LEVER = FIXTURES / "lever" / "leverdemo_postings_6items.json"
HOME = b'<html><body><nav><a href="/about">About</a><a href="/careers">Careers</a></nav></body></html>'  # SYNTHETIC


def _serve_temporal(server: LocalServer) -> None:
    server.reply("/", Reply(200, HOME, {"Content-Type": "text/html"}))
    server.file("/careers", PAGES / "temporal_careers.js", content_type="text/html; charset=utf-8")
    server.file("/v0/postings/temporal", LEVER)


def _count(engine: Engine, model: type, *where: object) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())  # type: ignore[arg-type]


def test_site_to_proposed_source_to_scraped_jobs(
    engine: Engine, http_server: LocalServer, site_fetcher: Fetcher
) -> None:
    _serve_temporal(http_server)
    with Session(engine) as s:
        s.add(Company(name="Temporal", slug="temporal", website="https://temporal.example"))
        s.commit()
        [candidate] = discovery.candidates(s, limit=10)
    result, proposed = discover_and_record(candidate, fetcher=site_fetcher, engine=engine)
    assert result.status == "ok" and result.careers_url == "https://temporal.example/careers"
    assert [(b.kind, b.token, b.job_count) for b in result.boards] == [("lever", "temporal", 6)]
    assert proposed == ["temporal-lever"]
    assert {r["token"] for r in result.rejected} == {"nylas"}  # another company's posting, never verified
    assert "api.lever.co" in site_fetcher.transport.hosts and "/v0/postings/nylas" not in str(http_server.hits)  # type: ignore[attr-defined]
    with Session(engine) as s:
        row = s.exec(select(Source).where(Source.name == "temporal-lever")).scalar_one()  # type: ignore[call-overload]
        assert (row.status, row.origin, row.enabled, row.company) == ("proposed", "discovered", False, "Temporal")
        assert row.url == "https://api.lever.co/v0/postings/temporal?mode=json"
        assert row.discovery["found_on"] == "https://temporal.example/careers"
        assert discovery.candidates(s, limit=10) == []  # tried now, and named by a source
    # a proposed source is not scraped
    assert run_source("temporal-lever", engine=engine, fetcher=site_fetcher).status == "skipped"
    with Session(engine) as s:
        discovery.approve(s, "temporal-lever")
        s.commit()
    ran = run_source("temporal-lever", engine=engine, fetcher=site_fetcher)
    assert (ran.status, ran.new) == ("ok", 6)
    assert _count(engine, Job) == 6


def test_second_run_proposes_nothing_new_and_rejected_stays_rejected(
    engine: Engine, http_server: LocalServer, site_fetcher: Fetcher
) -> None:
    _serve_temporal(http_server)
    site = discovery.Candidate("https://temporal.example/", "Temporal")
    assert discover_and_record(site, fetcher=site_fetcher, engine=engine)[1] == ["temporal-lever"]
    with Session(engine) as s:
        discovery.reject(s, "temporal-lever")
        s.commit()
    assert discover_and_record(site, fetcher=site_fetcher, engine=engine)[1] == []
    assert _count(engine, Source) == 1
    with Session(engine) as s:
        log = s.exec(select(SiteDiscovery)).scalar_one()  # type: ignore[call-overload]
        assert (log.attempts, log.status) == (2, "ok")
        assert s.exec(select(Source)).scalar_one().status == "rejected"  # type: ignore[call-overload]


def test_company_that_moved_ats_gets_old_source_retired(
    engine: Engine, http_server: LocalServer, site_fetcher: Fetcher
) -> None:
    _serve_temporal(http_server)
    with Session(engine) as s:
        s.add(
            Source(
                name="temporal-ashby",
                kind="ashby",
                url="https://api.ashbyhq.com/posting-api/job-board/temporal",
                company="Temporal",
                consecutive_failures=4,
                last_status="failed",
            )
        )
        s.commit()
    discover_and_record(
        discovery.Candidate("https://temporal.example/", "Temporal"), fetcher=site_fetcher, engine=engine
    )
    with Session(engine) as s:
        old = s.exec(select(Source).where(Source.name == "temporal-ashby")).scalar_one()  # type: ignore[call-overload]
        assert (old.status, old.enabled, old.discovery["retired_for"]) == ("retired", False, "temporal-lever")


def test_each_failure_has_a_recorded_reason(engine: Engine, http_server: LocalServer, site_fetcher: Fetcher) -> None:
    http_server.reply("/", Reply(200, b"%PDF-1.4 ...", {"Content-Type": "application/pdf"}))
    pdf, _ = discover_and_record(discovery.Candidate("https://pdf.example/"), fetcher=site_fetcher, engine=engine)
    assert pdf.status == "unreachable" and "not a page (application/pdf)" in pdf.reason

    http_server.reply(
        "/",
        Reply(
            200,
            b'<a href="mailto:jobs@x.example">Jobs</a><a href="/careers">Careers</a>',
            {"Content-Type": "text/html"},
        ),
    )
    http_server.reply("/careers", Reply(200, b"<h1>No open roles</h1>", {"Content-Type": "text/html"}))
    none, _ = discover_and_record(discovery.Candidate("https://none.example/"), fetcher=site_fetcher, engine=engine)
    assert none.status == "no_board" and none.careers_url == "https://none.example/careers"

    # a board named on the page whose API says 404 is never proposed
    http_server.reply(
        "/careers",
        Reply(
            200,
            b'<script src="https://boards.greenhouse.io/embed/job_board/js?for=gone"></script>',
            {"Content-Type": "text/html"},
        ),
    )
    gone, proposed = discover_and_record(
        discovery.Candidate("https://gone.example/"), fetcher=site_fetcher, engine=engine
    )
    assert (gone.status, proposed) == ("unverified", []) and "greenhouse:gone" in gone.reason
    with Session(engine) as s:
        reasons = {r.website: r.status for r in s.exec(select(SiteDiscovery)).scalars()}  # type: ignore[call-overload]
    assert reasons == {
        "https://pdf.example/": "unreachable",
        "https://none.example/": "no_board",
        "https://gone.example/": "unverified",
    }
    assert _count(engine, Source) == 0


def test_bad_website_is_a_reason_not_a_crash(engine: Engine, site_fetcher: Fetcher) -> None:
    result, proposed = discover_and_record(discovery.Candidate("ftp://x.example/"), fetcher=site_fetcher, engine=engine)
    assert (result.status, proposed) == ("unreachable", [])


def test_approved_discovered_sources_are_scheduled_by_interval(engine: Engine) -> None:
    from datetime import timedelta

    from talentintel.types import utcnow

    now = utcnow()
    with Session(engine) as s:
        s.add(
            Source(
                name="due",
                kind="lever",
                url="https://api.lever.co/v0/postings/due",
                origin="discovered",
                last_run_at=now - timedelta(hours=7),
            )
        )
        s.add(
            Source(
                name="fresh",
                kind="lever",
                url="https://api.lever.co/v0/postings/fresh",
                origin="discovered",
                last_run_at=now - timedelta(minutes=5),
            )
        )
        s.add(
            Source(
                name="waiting",
                kind="lever",
                url="https://api.lever.co/v0/postings/w",
                origin="discovered",
                status="proposed",
                enabled=False,
            )
        )
        s.add(Source(name="filed", kind="lever", url="https://api.lever.co/v0/postings/f"))  # beat schedules it
        s.commit()
        assert list(discovery.due_discovered(s, now=now)) == ["due"]


def test_portfolio_companies_are_candidates(engine: Engine, http_server: LocalServer) -> None:
    """The companies a fund's portfolio page names (real a16z items in a SYNTHETIC wrapper) carry their websites,
    so they become discovery candidates until a source names them."""
    from scrapers.fetch import FetchPolicy
    from talentintel.services.sources import SourceEntry

    body = Path(__file__).resolve().parents[1] / "fixtures" / "funding" / "a16z_portfolio_page_SYNTHETIC_WRAPPER.html"
    http_server.reply("/portfolio/", Reply(200, body.read_bytes(), {"Content-Type": "text/html"}))
    entry = SourceEntry(name="a16z", kind="a16z_portfolio", url=http_server.url("/portfolio/"))
    policy = FetchPolicy(
        user_agent="t",
        timeout=2,
        max_bytes=5_000_000,
        retries=0,
        backoff_base=0.01,
        backoff_cap=0.01,
        max_retry_after=1,
        per_host=2,
        min_interval=0,
        allow_private=True,
    )
    with Fetcher(policy) as fetcher:
        assert run_source("a16z", engine=engine, fetcher=fetcher, entry=entry).new == 4
    with Session(engine) as s:
        found = discovery.candidates(s, limit=100)
        assert len(found) >= 1 and all(c.website.startswith("http") and c.company for c in found)
        s.add(Source(name="x", kind="lever", url="https://api.lever.co/v0/postings/x", company=found[0].company))
        s.commit()
        assert found[0].company not in {c.company for c in discovery.candidates(s, limit=100)}
