"""Fund raises through the one scrape flow: a feed over local HTTP -> run_source -> funds (SQLite and PostgreSQL).

The feed envelope is SYNTHETIC: each entry carries the SYNTHETIC title and the real URL of a report in
tests/fixtures/funding/fund_reports.json. The parser is another module's job (tested under tests/funding): here its
answer for each entry is the report's deals (the facts read from the cited page), so the test is about storage:
rounds, funds and no-deal announcements land where they belong, once.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from scrapers import feed
from scrapers.fetch import FetchPolicy
from talentintel.funding.types import Deal
from talentintel.models import Company, Fund, FundingRound, ScrapeRun
from talentintel.services.sources import SourceEntry
from tests.funding.fund_reports import REPORTS, deals
from tests.scrapers.conftest import LocalServer, Reply
from tests.scrapers.test_runner import _count, _run

ENTRIES = ("polychain-axios", "coinfund-tweet", "blockchain-capital-axios", "paradigm-raising", "moonfire-reuters")
ROUND = Deal(
    kind="round", company="Acme Compute", amount_usd=12e6, round="seed", announced_on=date(2023, 7, 20), sector=["ai"]
)  # fmt: skip  (SYNTHETIC round beside the funds)


def _feed(ids: tuple[str, ...]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(REPORTS[i]['title'])}</title><link>{escape(REPORTS[i]['url'])}</link>"
        f"<guid>{i}</guid><description>SYNTHETIC summary.</description></item>"
        for i in ids
    )
    entries += "<item><title>Acme Compute raises $12M seed (SYNTHETIC)</title><guid>acme</guid></item>"
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()


@pytest.fixture
def parser(monkeypatch: pytest.MonkeyPatch) -> None:
    by_title = {REPORTS[i]["title"]: i for i in ENTRIES}

    def parse_deals(text: str, *, published: date | None = None, source: str | None = None) -> list[Deal]:
        title = text.split("\n", 1)[0]
        return deals(by_title[title]) if title in by_title else [ROUND]

    monkeypatch.setattr(feed, "parse_deals", parse_deals)


def test_feed_of_fund_news_stores_funds_rounds_and_counts_the_rest(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy, parser: None
) -> None:
    body = _feed(ENTRIES)
    http_server.reply("/funds.xml", Reply(200, body, {"Content-Type": "application/rss+xml"}, etag='"v1"'))
    entry = SourceEntry(name="fund-news", kind="feed", url=http_server.url("/funds.xml"))

    first = _run(engine, fast_policy, entry)
    # Polychain + CoinFund (Axios roundup: 2 funds), CoinFund again (same close, same source: unchanged), 2 Blockchain
    # Capital funds, Moonfire, the SYNTHETIC round; Electric Capital raising and Paradigm seeking a fund are no deals.
    assert (first.status, first.new, first.unchanged, first.failed, first.others) == ("ok", 6, 1, 0, 2)
    assert first.message and "2 announcement(s) were no round and no fund" in first.message
    assert (_count(engine, Fund), _count(engine, FundingRound), _count(engine, Company)) == (5, 1, 1)
    with Session(engine) as s:
        run = s.execute(select(ScrapeRun).order_by(col(ScrapeRun.id).desc())).scalars().first()
        assert run is not None and (run.new, run.unchanged) == (6, 1) and "no round and no fund" in (run.message or "")
        coinfund = s.execute(select(Fund).where(col(Fund.amount_usd) == 158e6)).scalars().one()
        assert coinfund.fund_name == "fourth fund" and coinfund.url == REPORTS["polychain-axios"]["url"]

    http_server.reply("/funds.xml", Reply(200, body + b"\n", {"Content-Type": "application/rss+xml"}, etag='"v2"'))
    again = _run(engine, fast_policy, entry)  # re-served: everything read again, nothing written
    assert (again.new, again.updated, again.unchanged, again.others) == (0, 0, 7, 2)
    assert _count(engine, Fund) == 5
