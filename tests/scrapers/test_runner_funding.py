"""Funding kinds through the one scrape flow: local HTTP server -> run_source -> funding ingest on SQLite and PostgreSQL.

Bodies are the funding fixtures of tests/fixtures/funding (SYNTHETIC envelopes around REAL records and texts; see the
PROVENANCE.md there).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col
from typer.testing import CliRunner

from cli.main import app
from scrapers.fetch import FetchPolicy
from talentintel.models import Company, CompanyInvestor, Fund, FundingRound, ScrapeRun, Source
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import FIXTURES as JOB_FIXTURES
from tests.scrapers.conftest import LocalServer, Reply
from tests.scrapers.test_runner import _count, _run

FUNDING = Path(__file__).resolve().parents[1] / "fixtures" / "funding"
FEED_TYPE = "application/rss+xml; charset=utf-8"
ANCHORS = {"item": "ul.portfolio a[target=_blank]", "name": "span.name"}

# kind, fixture, path, config, investor, items stored, broken items (read off the fixtures; see tests/funding)
CASES: list[tuple[str, str, str, dict[str, Any], str | None, int, int]] = [
    ("a16z_portfolio", "a16z_portfolio_page_SYNTHETIC_WRAPPER.html", "/portfolio/", {}, None, 4, 2),
    ("portfolio_html", "portfolio_anchors_SYNTHETIC.html", "/crypto/portfolio/", ANCHORS, "a16z crypto", 3, 0),
    (
        "feed",
        "feed_SYNTHETIC.xml",
        "/feed/",
        {},
        None,
        4,
        1,
    ),  # 3 rounds + a fund raise (stored in funds); an essay: counted
    ("defillama", "defillama_raises_SYNTHETIC.json", "/raises", {}, None, 2, 2),
]


def _stored(engine: Engine, yields_rounds: bool) -> int:
    """Rows a funding kind stored: rounds and funds (feeds, DefiLlama), or portfolio memberships."""
    return _count(engine, FundingRound) + _count(engine, Fund) if yields_rounds else _count(engine, CompanyInvestor)


def _serve(server: LocalServer, path: str, body: bytes, etag: str | None = None) -> None:
    kind = FEED_TYPE if path.startswith("/feed") else "application/json" if path == "/raises" else "text/html"
    server.reply(path, Reply(200, body, {"Content-Type": kind}, etag=etag))


@pytest.mark.parametrize(
    ("kind", "fixture", "path", "config", "investor", "stored", "broken"), CASES, ids=[c[0] for c in CASES]
)
def test_funding_kind_runs_through_run_source_then_304_then_idempotent(
    engine: Engine,
    http_server: LocalServer,
    fast_policy: FetchPolicy,
    kind: str,
    fixture: str,
    path: str,
    config: dict[str, Any],
    investor: str | None,
    stored: int,
    broken: int,
) -> None:
    body = (FUNDING / fixture).read_bytes()
    _serve(http_server, path, body, etag='"v1"')
    entry = SourceEntry(name=f"{kind}-src", kind=kind, url=http_server.url(path), investor=investor, config=config)
    yields_rounds = kind in ("feed", "defillama")

    first = _run(engine, fast_policy, entry)
    assert (first.status, first.new, first.updated, first.failed) == ("partial" if broken else "ok", stored, 0, broken)
    if broken:
        assert first.message and f"{broken} item(s) failed" in first.message
    assert _stored(engine, yields_rounds) == stored
    with Session(engine) as s:
        run = s.execute(select(ScrapeRun).order_by(col(ScrapeRun.id).desc())).scalars().first()
        assert run is not None and (run.status, run.new, run.failed) == (first.status, stored, broken)

    hits = len(http_server.hits)
    second = _run(engine, fast_policy, entry)  # unchanged: one conditional request, answered 304
    assert second.status == "not_modified" and len(http_server.hits) - hits == 1
    assert http_server.hits[-1].headers["if-none-match"] == '"v1"'

    # New validators and bytes, same records (a re-served page): everything is read again and nothing changes.
    _serve(http_server, path, body + b"\n", etag='"v2"')
    third = _run(engine, fast_policy, entry)
    assert (third.new, third.updated, third.unchanged, third.failed) == (0, 0, stored, broken)
    assert _stored(engine, yields_rounds) == stored


def test_same_round_from_a_feed_and_defillama_is_one_round_and_sectors_refresh(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    _serve(http_server, "/feed/", (FUNDING / "feed_SYNTHETIC.xml").read_bytes())
    _serve(http_server, "/raises", (FUNDING / "defillama_raises_SYNTHETIC.json").read_bytes())
    news = _run(engine, fast_policy, SourceEntry(name="news", kind="feed", url=http_server.url("/feed/")))
    llama = _run(engine, fast_policy, SourceEntry(name="llama", kind="defillama", url=http_server.url("/raises")))
    # 3 rounds and the Northwind fund; then 0x and Morpho: known rounds, one more source each
    assert (news.new, llama.new, llama.updated) == (4, 0, 2)
    assert (_count(engine, FundingRound), _count(engine, Fund)) == (3, 1)
    with Session(engine) as s:
        morpho = s.execute(select(Company).where(col(Company.slug) == "morpho")).scalars().one()
        round_ = s.execute(select(FundingRound).where(col(FundingRound.company_id) == morpho.id)).scalars().one()
        assert round_.sources == ["news", "llama"]
        assert morpho.sector_evidence["funding_rounds"] and "crypto" in morpho.sector  # refreshed after ingest
        # The fund raise in the feed made neither a company nor a round.
        assert s.execute(select(Company).where(col(Company.name).contains("Northwind"))).first() is None


def test_truncated_feed_keeps_the_entries_before_the_break(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    body = (FUNDING / "feed_SYNTHETIC.xml").read_bytes()
    _serve(http_server, "/feed/cut", body[: body.index(b"Why we think") + 5])  # cut mid-entry: not well-formed
    result = _run(engine, fast_policy, SourceEntry(name="cut", kind="feed", url=http_server.url("/feed/cut")))
    assert (result.status, result.new, result.failed) == ("partial", 3, 1)


def test_failing_funding_source_backs_off_and_robots_is_honored(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.robots("User-agent: *\nDisallow: /feed/")  # first: robots.txt is cached per host
    http_server.reply("/raises", Reply(500, b"upstream down"))
    entry = SourceEntry(name="llama", kind="defillama", url=http_server.url("/raises"))
    assert [_run(engine, fast_policy, entry).status for _ in range(3)] == ["failed", "failed", "skipped"]
    with Session(engine) as s:
        source = s.execute(select(Source).where(col(Source.name) == "llama")).scalars().one()
        assert source.consecutive_failures == 2 and source.backoff_until is not None

    _serve(http_server, "/feed/", (FUNDING / "feed_SYNTHETIC.xml").read_bytes())
    blocked = _run(engine, fast_policy, SourceEntry(name="blocked", kind="feed", url=http_server.url("/feed/")))
    assert blocked.status == "disallowed" and not http_server.hits_to("/feed/")


def test_job_run_refreshes_the_sectors_of_the_board_companies(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.file("/v1/boards/coinbase/jobs", JOB_FIXTURES / "greenhouse/coinbase_jobs_content_16items.json")
    entry = SourceEntry(
        name="coinbase", kind="greenhouse", url=http_server.url("/v1/boards/coinbase/jobs"), company="Coinbase"
    )
    result = _run(engine, fast_policy, entry)
    with Session(engine) as s:
        coinbase = s.execute(select(Company).where(col(Company.name) == "Coinbase")).scalars().one()
        assert sum(coinbase.sector_evidence["jobs"].values()) == result.new


def test_scrape_cli_runs_funding_sources(engine: Engine, http_server: LocalServer, tmp_path: Path) -> None:
    _serve(http_server, "/raises", (FUNDING / "defillama_raises_SYNTHETIC.json").read_bytes())
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[[source]]\nname = "defillama-raises"\nkind = "defillama"\nurl = "{http_server.url("/raises")}"\n'
    )
    result = CliRunner().invoke(app, ["scrape", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "defillama-raises" in result.output and "partial" in result.output
    assert _count(engine, FundingRound) == 2
