"""search_pages reads full-text pages as a bounded walk then a GIN read of older matches: the pages are the same
whichever branch finds the rows (a window of 3 jobs makes every page use both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.models import Job
from talentintel.services.queries import jobs, search_pages

QUERIES = (
    {"q": "rust"},
    {"q": "rust", "sort": "-posted_at"},
    {"q": "rust engineer", "sector": ["crypto", "ai"]},
    {"q": "zk*"},
    {"q": "engineer -android", "region": ["europe"]},
    {"q": "nothingmatchesthis"},
)


def _seed(engine: Engine) -> None:
    """SYNTHETIC jobs: titles and texts mixing the words searched for, dates a few hours apart and some equal."""
    words = ["rust", "engineer", "android", "zkevm", "solidity", "designer"]
    start = datetime(2026, 11, 1, tzinfo=UTC)
    with Session(engine) as session:
        for i in range(60):
            title = f"{words[i % 6].title()} {'Engineer' if i % 4 else 'Lead'}"
            text = " ".join(words[(i * k) % 6] for k in (1, 2, 5))
            session.add(Job(
                title=title, description=text, posted_at=start + timedelta(hours=i // 3),
                sector_class=("crypto", "ai", "none")[i % 3], regions=["europe"] if i % 2 else ["us"],
                region_mask=1 << 3 if i % 2 else 1,
            ))  # fmt: skip
        session.commit()


def _pages(engine: Engine, query: dict[str, Any], limit: int) -> list[int]:
    raw = {k: v for k, v in query.items() if k != "sort"}
    out, cursor = [], None
    with Session(engine) as session:
        while True:
            page = jobs.list_jobs(session, jobs.parse_filters(raw), sort=query.get("sort"), limit=limit,
                                  cursor_token=cursor)  # fmt: skip
            out.extend(item["id"] for item in page.items)
            if (cursor := page.next_cursor) is None:
                return out


def test_pages_equal_with_any_window(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(engine)
    for query in QUERIES:
        monkeypatch.setattr(search_pages, "WINDOW", 5000)
        whole = _pages(engine, query, 200)
        for window, limit in ((3, 4), (3, 200), (10, 7), (1, 1)):
            monkeypatch.setattr(search_pages, "WINDOW", window)
            assert _pages(engine, query, limit) == whole, (query, window, limit)
        assert len(whole) == len(set(whole))


def _statement_sql(query: dict[str, Any], cursor_token: str | None = None) -> str:
    raw = {k: v for k, v in query.items() if k != "sort"}
    page = jobs.page_query(jobs.parse_filters(raw), "postgresql", sort=query.get("sort"), limit=20,
                           cursor_token=cursor_token)  # fmt: skip
    return str(jobs.page_statement(page).compile(dialect=postgresql.dialect()))


def test_relevance_tiers_read_one_window() -> None:
    """Without a cursor both relevance tiers read the same window (each job walked, read and tested once), and
    the older branches take their boundary from it instead of walking the filters' index again."""
    sql = _statement_sql({"q": "rust engineer", "sector": ["crypto"], "region": ["europe"]})
    assert sql.count("rest_window AS MATERIALIZED") == 1 and "title_window" not in sql
    # One walk: one index scan per sector class (crypto = crypto + both) merged; the boundaries are the window's
    # 5000th row
    assert sql.count("LIMIT 5000") == 3
    assert "jobs.sector_class = %(sector_class_0)s" in sql and "jobs.sector_class = %(sector_class_1)s" in sql
    by_date = _statement_sql({"q": "rust", "sort": "-posted_at"})
    assert by_date.count("date_window AS MATERIALIZED") == 1 and by_date.count("LIMIT 5000") == 1


def test_title_tier_cursor_gets_its_own_window(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cursor inside the title tier walks from the cursor for the title matches and from the top for the rest."""
    if engine.dialect.name != "postgresql":
        pytest.skip("the tiers and their windows are PostgreSQL's (SQLite ranks by bm25)")
    _seed(engine)
    monkeypatch.setattr(search_pages, "WINDOW", 5000)
    with Session(engine) as session:
        page = jobs.list_jobs(session, jobs.parse_filters({"q": "rust"}), limit=2)
    assert page.next_cursor is not None
    sql = _statement_sql({"q": "rust"}, page.next_cursor)
    assert "title_window AS MATERIALIZED" in sql and "rest_window AS MATERIALIZED" in sql
