"""jobs.upsert directly: the company|title|location fallback match, deferred tagging, keep_ids (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlmodel import Session

from scrapers.base import ScrapedJob
from talentintel.models import Job, JobSighting, Source
from talentintel.services import jobs


def _source(session: Session, name: str, investor: str | None = None) -> Source:
    src = Source(name=name, kind="greenhouse", url=f"https://{name}.example/", investor=investor)
    session.add(src)
    session.flush()
    return src


def _job(ext: str, title: str = "Protocol Engineer", url: str | None = None) -> ScrapedJob:
    # SYNTHETIC postings: the matching rules are what is tested, not a board's format.
    return ScrapedJob(external_id=ext, title=title, company="Synthetic Labs, Inc.", url=url, apply_url=url,
                      locations=["Berlin, Germany"], description="Build the protocol.")


def test_company_title_location_match_joins_sources(session: Session) -> None:
    ats, board = _source(session, "ats"), _source(session, "board", investor="Paradigm")
    jobs.upsert(session, source=ats, items=[_job("1", url="https://synthetic.example/careers/1")], complete=True)
    r = jobs.upsert(session, source=board, items=[_job("x9", url="https://board.example/jobs/x9")], complete=True)
    assert (r.new, r.linked) == (0, 1)
    assert session.execute(select(func.count()).select_from(Job)).scalar_one() == 1
    assert session.execute(select(func.count()).select_from(JobSighting)).scalar_one() == 2


def test_two_postings_alike_on_one_board_stay_two_jobs(session: Session) -> None:
    src = _source(session, "ats")
    r = jobs.upsert(session, source=src, items=[_job("1"), _job("2")], complete=True)
    assert r.new == 2


def test_deferred_tagging_and_kept_ids(session: Session) -> None:
    src = _source(session, "ats")
    jobs.upsert(session, source=src, items=[_job("1"), _job("2", title="Data Engineer")], complete=True, tag=False)
    assert session.execute(select(func.count()).select_from(Job).where(Job.tagger_version.is_(None))).scalar_one() == 2  # type: ignore[union-attr]
    r = jobs.upsert(session, source=src, items=[_job("1")], complete=True, keep_ids={"2"})
    assert r.closed == 0  # "2" failed to load this time but is known to exist
    assert jobs.upsert(session, source=src, items=[_job("1")], complete=True).closed == 1


def test_broken_posting_is_counted_not_raised(session: Session) -> None:
    src = _source(session, "ats")
    bad = _job("3")
    bad.salary_min = "lots"  # type: ignore[assignment]
    r = jobs.upsert(session, source=src, items=[_job("1"), bad], complete=True)
    assert (r.new, r.failed) == (1, 1) and "salary_min" in r.errors[0]


def _vectors(session: Session) -> list[object]:
    return list(session.execute(text("SELECT search_tsv FROM jobs ORDER BY id")).scalars())


def test_deferred_search_and_tags_are_finished_in_one_step(session: Session) -> None:
    src = _source(session, "ats")
    r = jobs.upsert(session, source=src, items=[_job("1"), _job("2", title="Data Engineer")], complete=True, tag=False,
                    search=False)
    assert r.new == 2 and len(r.pending) == 2
    postgres = session.connection().dialect.name == "postgresql"
    if postgres:
        assert _vectors(session) == [None, None]  # migration 0003's trigger skipped them for this upsert only
    assert jobs.finish(session, r.pending) == 2
    assert session.execute(select(func.count()).select_from(Job).where(Job.tagger_version.is_(None))).scalar_one() == 0  # type: ignore[union-attr]
    if postgres:
        assert all(v for v in _vectors(session))
        changed = jobs.upsert(session, source=src, items=[_job("1", title="Staff Protocol Engineer")], complete=False)
        assert changed.updated == 1 and changed.pending == []  # the defaults tag and index inline
        assert "staff" in str(_vectors(session)[0])
