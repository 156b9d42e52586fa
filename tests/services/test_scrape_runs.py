"""Claims of scrape runs: a live claim skips a second caller; a redelivery of the same task, or a stale claim, takes
over and marks the dead run interrupted."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from talentintel.models import ScrapeRun, Source
from talentintel.services import scrape_runs
from talentintel.types import utcnow


def _source(engine: Engine) -> None:
    with Session(engine) as s:
        s.add(Source(name="acme", kind="greenhouse", url="https://boards.example/acme"))
        s.commit()


def _claim(engine: Engine, task_id: str | None, minutes_later: float = 0) -> scrape_runs.Claim:
    with Session(engine, expire_on_commit=False) as s:
        claim = scrape_runs.claim(s, "acme", now=utcnow() + timedelta(minutes=minutes_later), task_id=task_id)
        s.commit()
        return claim


def _statuses(engine: Engine) -> list[str]:
    with Session(engine) as s:
        return [r.status for r in s.exec(select(ScrapeRun).order_by(col(ScrapeRun.id))).all()]


def test_live_claim_of_another_task_is_skipped(engine: Engine) -> None:
    _source(engine)
    assert _claim(engine, "task-1").skipped is None
    assert _claim(engine, "task-2").skipped == "already running"
    assert _claim(engine, None).skipped == "already running"
    assert _statuses(engine) == ["running", "skipped", "skipped"]


def test_redelivered_task_takes_over_and_marks_the_dead_run_interrupted(engine: Engine) -> None:
    _source(engine)
    first = _claim(engine, "task-1")
    again = _claim(engine, "task-1")  # same task id: the worker running the first attempt was killed
    assert again.skipped is None and again.run.id != first.run.id
    with Session(engine) as s:
        dead = s.get(ScrapeRun, first.run.id)
        assert dead is not None and dead.status == "interrupted" and dead.finished_at is not None
        assert "redelivered" in (dead.message or "")
    result = scrape_runs.RunResult("acme", "ok", new=3)
    with Session(engine) as s:
        assert again.source.id is not None and again.run.id is not None
        scrape_runs.finish(s, again.source.id, again.run.id, result)
        s.commit()
    assert _statuses(engine) == ["interrupted", "ok"]


def test_stale_claim_is_taken_over_by_any_caller(engine: Engine) -> None:
    _source(engine)
    _claim(engine, None)
    later = _claim(engine, None, minutes_later=scrape_runs.STALE_CLAIM.total_seconds() / 60 + 1)
    assert later.skipped is None
    assert _statuses(engine) == ["interrupted", "running"]
