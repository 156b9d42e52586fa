"""Identity rules, partial postings, the shrink guard, staleness and repair (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update
from sqlmodel import Session

from scrapers.base import ScrapedJob
from talentintel.models import Job, JobSighting, Source
from talentintel.services import ingest
from talentintel.services.repair import repair
from talentintel.types import utcnow


def _source(session: Session, name: str) -> Source:
    src = Source(name=name, kind="greenhouse", url=f"https://{name}.example/")
    session.add(src)
    session.flush()
    return src


def _job(ext: str, company: str = "Stripe", title: str = "Account Executive, Bridge", **kw: object) -> ScrapedJob:
    # SYNTHETIC postings shaped like the real Stripe recording (apply URLs on stripe.com/jobs/search?gh_jid=).
    url = kw.pop("url", f"https://stripe.com/jobs/search?gh_jid={ext}")
    kw.setdefault("description", "Sell Bridge.")
    return ScrapedJob(
        external_id=ext,
        title=title,
        company=company,
        url=url,
        apply_url=url,  # type: ignore[arg-type]
        locations=["London"],
        **kw,
    )  # type: ignore[arg-type]


def _rules(session: Session) -> list[str | None]:
    return list(session.execute(select(JobSighting.match_rule).order_by(JobSighting.id)).scalars())


def _jobs(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Job)).scalar_one())


def test_cross_source_merge_needs_the_same_company_and_records_its_rule(session: Session) -> None:
    ats, board, other = _source(session, "ats"), _source(session, "board"), _source(session, "other")
    ingest.upsert(
        session, source=ats, items=[_job("8023928", ats_key="greenhouse:8023928"), _job("8077887")], complete=True
    )
    tracked = "https://stripe.com/jobs/search?utm_source=board&gh_jid=8077887&gh_src=x"
    r = ingest.upsert(
        session,
        source=board,
        items=[_job("b1", ats_key="greenhouse:8023928", url="https://b.example/1"), _job("b2", url=tracked)],
        complete=True,
    )
    assert (r.new, r.linked) == (0, 2)
    assert _rules(session)[2:] == ["ats_id", "apply_url"]
    # Same URL, same title and place, but another company: never one job.
    r = ingest.upsert(session, source=other, items=[_job("o1", company="Bridge Inc", url=tracked)], complete=True)
    assert (r.new, r.linked) == (1, 0) and _jobs(session) == 3


def test_one_source_never_merges_two_ids_even_with_one_apply_url(session: Session) -> None:
    src = _source(session, "ats")
    same = "https://careers.example/jobs/search"
    r = ingest.upsert(
        session, source=src, items=[_job("1", url=same), _job("2", url=same), _job("3", url=same)], complete=True
    )
    assert r.new == 3 and _jobs(session) == 3
    # A second source listing the same posting joins one job only, once per its own id.
    board = _source(session, "board")
    r = ingest.upsert(session, source=board, items=[_job("x", url=same), _job("y", url=same)], complete=True)
    assert (r.linked, r.new) == (2, 0)
    joined = session.execute(select(JobSighting.job_id).where(JobSighting.source_id == board.id)).scalars().all()
    assert len(set(joined)) == 2


def test_ids_changing_type_and_bad_apply_urls_and_duplicates_are_recorded(session: Session) -> None:
    src = _source(session, "ats")
    r = ingest.upsert(session, source=src, items=[_job("7"), _job("7"), _job("8", url="not a url")], complete=True)
    assert r.new == 2 and r.quality["skipped"] == {
        "apply URL is not an http(s) URL (posting kept without it)": 1,
        "duplicate id in one fetch (first copy kept)": 1,
    }
    again = ingest.upsert(
        session,
        source=src,
        items=[_job(7.0, url=_job("7").url), _job("8", url="not a url")],  # type: ignore[arg-type]
        complete=True,
    )
    assert (again.new, again.closed, again.unchanged) == (0, 0, 2)


def test_partial_posting_is_stored_then_completed_and_never_overwrites_a_complete_one(session: Session) -> None:
    src = _source(session, "sr")
    r = ingest.upsert(session, source=src, items=[_job("1", partial=True, description="")], complete=True)
    assert r.new == 1 and r.partial == 1 and r.quality["partial"] == 1
    full = _job("1")
    assert ingest.upsert(session, source=src, items=[full], complete=True).updated == 1
    again = ingest.upsert(session, source=src, items=[_job("1", partial=True, description="")], complete=True)
    assert (again.updated, again.unchanged) == (0, 1)
    job = session.execute(select(Job)).scalar_one()
    assert job.description == "Sell Bridge."
    assert session.execute(select(JobSighting.partial)).scalar_one() is False


def test_sudden_shrink_closes_nothing_until_a_second_run_confirms(session: Session) -> None:
    src = _source(session, "ats")
    ingest.upsert(session, source=src, items=[_job(str(i)) for i in range(8)], complete=True)
    held = ingest.upsert(session, source=src, items=[], complete=True)
    assert held.closed == 0 and held.shrink_held and "0 posting(s) where 8 were listed" in held.shrink_held
    assert src.held_shrink == 0
    confirmed = ingest.upsert(session, source=src, items=[], complete=True)
    assert confirmed.closed == 8 and confirmed.shrink_held is None and src.held_shrink is None
    # A shrink that the next run does not see again is forgotten.
    ingest.upsert(session, source=src, items=[_job(str(i)) for i in range(8)], complete=True)
    ingest.upsert(session, source=src, items=[_job("0")], complete=True)
    back = ingest.upsert(session, source=src, items=[_job(str(i)) for i in range(8)], complete=True)
    assert back.closed == 0 and src.held_shrink is None


def test_posting_not_listed_for_stale_days_closes_even_without_a_complete_fetch(session: Session) -> None:
    src = _source(session, "ats")
    ingest.upsert(session, source=src, items=[_job("1"), _job("2")], complete=True)
    session.execute(
        update(JobSighting)
        .where(JobSighting.external_id == "2")  # type: ignore[arg-type]
        .values(last_seen_at=utcnow() - timedelta(days=22))
    )
    r = ingest.upsert(session, source=src, items=[_job("1")], complete=False)
    assert r.closed == 1 and len(r.closed_ids) == 1


def test_repair_splits_a_wrongly_merged_job_idempotently(session: Session) -> None:
    src, board = _source(session, "ats"), _source(session, "board")
    ingest.upsert(session, source=src, items=[_job("1"), _job("2"), _job("3")], complete=True)
    ingest.upsert(
        session, source=board, items=[_job("b1", url="https://stripe.com/jobs/search?gh_jid=1")], complete=True
    )
    # What the old rules stored: the three postings of one board on one job (apply URL without its query).
    keep = session.execute(select(JobSighting.job_id).where(JobSighting.external_id == "1")).scalar_one()
    session.execute(update(JobSighting).values(job_id=keep))
    session.execute(update(Job).values(apply_key="stripe.com/jobs/search"))
    session.execute(Job.__table__.delete().where(Job.id != keep))  # type: ignore[attr-defined]
    report = repair(session)
    assert (report.merged_jobs, report.jobs_created, report.sources_refetch) == (1, 2, 1)
    assert _jobs(session) == 3 and report.apply_keys == 1  # the kept job; the split ones got theirs on creation
    per_job = session.execute(
        select(JobSighting.job_id, func.count()).where(JobSighting.source_id == src.id).group_by(JobSighting.job_id)
    ).all()
    assert sorted(n for _, n in per_job) == [1, 1, 1]
    assert repair(session).as_dict() == {"merged_jobs": 0, "jobs_created": 0, "sources_refetch": 0, "apply_keys": 0}
    # The next scrape rewrites the split jobs with their own postings and changes nothing else.
    r = ingest.upsert(session, source=src, items=[_job("1"), _job("2"), _job("3")], complete=True)
    assert (r.new, r.updated, r.closed) == (0, 2, 0)
