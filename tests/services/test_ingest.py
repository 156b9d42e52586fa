"""ingest.upsert directly: the company|title|location fallback match, deferred tagging, keep_ids (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from scrapers.base import ScrapedJob
from talentintel.models import Job, JobSighting, Source
from talentintel.services import ingest


def _source(session: Session, name: str, investor: str | None = None) -> Source:
    src = Source(name=name, kind="greenhouse", url=f"https://{name}.example/", investor=investor)
    session.add(src)
    session.flush()
    return src


def _job(ext: str, title: str = "Protocol Engineer", url: str | None = None) -> ScrapedJob:
    # SYNTHETIC postings: the matching rules are what is tested, not a board's format.
    return ScrapedJob(
        external_id=ext,
        title=title,
        company="Synthetic Labs, Inc.",
        url=url,
        apply_url=url,
        locations=["Berlin, Germany"],
        description="Build the protocol.",
    )


def test_company_title_location_match_joins_sources(session: Session) -> None:
    ats, board = _source(session, "ats"), _source(session, "board", investor="Paradigm")
    ingest.upsert(session, source=ats, items=[_job("1", url="https://synthetic.example/careers/1")], complete=True)
    r = ingest.upsert(session, source=board, items=[_job("x9", url="https://board.example/jobs/x9")], complete=True)
    assert (r.new, r.linked) == (0, 1)
    assert session.execute(select(func.count()).select_from(Job)).scalar_one() == 1
    assert session.execute(select(func.count()).select_from(JobSighting)).scalar_one() == 2


def test_two_postings_alike_on_one_board_stay_two_jobs(session: Session) -> None:
    src = _source(session, "ats")
    r = ingest.upsert(session, source=src, items=[_job("1"), _job("2")], complete=True)
    assert r.new == 2


def test_deferred_tagging_and_kept_ids(session: Session) -> None:
    src = _source(session, "ats")
    ingest.upsert(session, source=src, items=[_job("1"), _job("2", title="Data Engineer")], complete=True, tag=False)
    assert session.execute(select(func.count()).select_from(Job).where(Job.tagger_version.is_(None))).scalar_one() == 2  # type: ignore[union-attr]
    r = ingest.upsert(session, source=src, items=[_job("1")], complete=True, keep_ids={"2"})
    assert r.closed == 0  # "2" failed to load this time but is known to exist
    assert ingest.upsert(session, source=src, items=[_job("1")], complete=True).closed == 1


def test_broken_posting_is_counted_not_raised(session: Session) -> None:
    src = _source(session, "ats")
    bad = _job("3")
    bad.salary_min = "lots"  # type: ignore[assignment]
    r = ingest.upsert(session, source=src, items=[_job("1"), bad], complete=True)
    assert (r.new, r.failed) == (1, 1) and "salary_min" in r.errors[0]
