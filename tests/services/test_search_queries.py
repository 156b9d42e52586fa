"""The job-search test set (search_cases.CASES: real queries, real postings) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.models import Job
from talentintel.services.queries import jobs
from talentintel.tagging.text import plain_text
from tests.services.search_cases import CASES

FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPUS = (FIXTURES / "tagging" / "devset.jsonl", FIXTURES / "search" / "postings.jsonl")


def _load(engine: Engine) -> dict[int, str]:
    """Every corpus posting as an open job; returns job id -> posting id."""
    with Session(engine) as session:
        rows = [json.loads(line) for path in CORPUS for line in path.read_text("utf-8").splitlines() if line]
        jobs_ = [Job(title=r["title"], description=plain_text(r["description"]), ats_key=r["id"]) for r in rows]
        session.add_all(jobs_)
        session.commit()
        return {j.id: j.ats_key for j in jobs_ if j.id is not None and j.ats_key}


def _search(engine: Engine, q: str) -> list[str]:
    with Session(engine) as session:
        page = jobs.list_jobs(session, jobs.parse_filters({"q": q}), limit=200)
    assert page.next_cursor is None, f"{q!r}: more than one page"
    return [item["id"] for item in page.items]


def test_query_set_on_real_postings(engine: Engine) -> None:
    assert len(CASES) >= 30
    posting_of = _load(engine)
    failures = []
    for case in CASES:
        found = {posting_of[i] for i in _search(engine, case.q)}
        missing = sorted(set(case.must) - found)
        wrong = sorted(set(case.must_not) & found)
        if missing or wrong:
            failures.append(f"{case.q!r}: missing {missing}, should not return {wrong}")
    assert not failures, "\n".join(failures)


def test_relevance_puts_title_matches_first(engine: Engine) -> None:
    posting_of = _load(engine)
    # Each of these words is in some titles and in many more descriptions.
    for q, title_word in (("solidity", "solidity"), ("rust", "rust"), ("C#", "c#"), ("kotlin", "kotlin")):
        ranked = [posting_of[i] for i in _search(engine, q)]
        with Session(engine) as session:
            first = session.get(Job, next(i for i, p in posting_of.items() if p == ranked[0]))
        assert first is not None and title_word in first.title.lower(), (q, first and first.title)


def test_relevance_pages_cover_every_match_once(engine: Engine) -> None:
    posting_of = _load(engine)
    everything = _search(engine, "rust")
    seen: list[int] = []
    cursor = None
    with Session(engine) as session:
        while True:
            page = jobs.list_jobs(session, jobs.parse_filters({"q": "rust"}), limit=7, cursor_token=cursor)
            seen.extend(item["id"] for item in page.items)
            cursor = page.next_cursor
            if cursor is None:
                break
        titles = [session.get(Job, i).title.lower() for i in seen]  # type: ignore[union-attr]
    assert sorted(seen) == sorted(everything) and len(seen) == len(set(seen)) > 30
    in_title = ["rust" in t for t in titles]
    assert in_title == sorted(in_title, reverse=True), "title matches come first"
    assert posting_of
