"""search_pages reads full-text pages as a bounded walk then a GIN read of older matches: the pages are the same
whichever branch finds the rows (a window of 3 jobs makes every page use both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
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
