"""Daily snapshots: hand-counted rows, idempotent per day, and history that survives a deleted posting."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, delete, select

from talentintel.models import Job, TrendSnapshot
from talentintel.trends.jobs import job_trends
from talentintel.trends.snapshots import backfill_snapshots, take_daily_snapshot
from tests.trends.history import TODAY, W1, W2, W3, january, rows


def _rows(session: Session, day: date) -> dict[tuple[str, str, str], tuple[int, int, int]]:
    snaps = session.exec(select(TrendSnapshot).where(TrendSnapshot.day == day)).all()
    return {(s.sector_class, s.region, s.country): (s.open_jobs, s.new_jobs, s.closed_jobs) for s in snaps}


def test_one_day_counted_by_hand(session: Session) -> None:
    january(session)
    take_daily_snapshot(session, date(2026, 1, 13))
    got = _rows(session, date(2026, 1, 13))
    # End of Jan 13: A (crypto), B and H (ai), D (both) open; C (ai) closed at 00:00 that day.
    assert got[("crypto", "all", "all")] == (1, 0, 0)
    assert got[("ai", "all", "all")] == (2, 0, 1)
    assert got[("both", "all", "all")] == (1, 0, 0)
    assert got[("none", "all", "all")] == (0, 0, 0)  # written at zero: marks the day as snapshotted
    assert got[("ai", "us", "all")] == (2, 0, 0)  # B, H
    assert got[("ai", "asia", "all")] == (0, 0, 1)  # C closed
    assert got[("ai", "all", "GB")] == (1, 0, 0)  # B
    assert got[("both", "all", "SG")] == (1, 0, 0)  # D
    # Day of D's posting (Monday 00:00Z) counts it as new that day.
    take_daily_snapshot(session, date(2026, 1, 12))
    assert _rows(session, date(2026, 1, 12))[("both", "all", "all")] == (1, 1, 0)


def test_idempotent_per_day(session: Session) -> None:
    january(session)
    day = date(2026, 1, 13)
    first = take_daily_snapshot(session, day)
    before = _rows(session, day)
    assert take_daily_snapshot(session, day) == first
    assert _rows(session, day) == before
    assert len(session.exec(select(TrendSnapshot)).all()) == first
    # A retag moves the job; the rerun must not keep a stale row for its old key.
    job = session.exec(select(Job).where(Job.sector_class == "both")).one()
    job.sector_class = "ai"
    session.flush()
    take_daily_snapshot(session, day)
    after = _rows(session, day)
    assert ("both", "all", "SG") not in after and after[("ai", "all", "SG")] == (1, 0, 0)


def test_history_survives_deleted_postings(session: Session) -> None:
    january(session)
    day = date(2026, 1, 5)
    while day <= TODAY:
        take_daily_snapshot(session, day)
        day += timedelta(days=1)
    session.delete(session.exec(select(Job).where(Job.title == "B")).one())
    session.flush()

    live = rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, source="live"))
    snaps = rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, source="snapshots"))
    assert live[(W1, "ai")]["open"] == 2  # B is gone from the jobs table
    assert snaps[(W1, "ai")]["open"] == 3 and snaps[(W1, "ai")]["new"] == 3  # but the snapshots remember it
    assert snaps[(W2, "ai")]["closed"] == 2 and snaps[(W2, "both")]["new"] == 1

    auto = job_trends(session, start=date(2026, 1, 5), today=TODAY, source="auto")
    # Weeks 1 and 2 have a snapshot for every day; week 3 is the current one, answered live.
    assert [p["source"] for p in auto["periods"]] == ["snapshots", "snapshots", "live"]
    got = rows(auto)
    assert got[(W1, "ai")]["open"] == 3 and got[(W3, "ai")]["open"] == 0
    assert rows(auto, "us")[(W1, "ai")]["open"] == 2  # B and H, from the region rows
    one_country = rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, country=["SG"], by_region=False))
    assert one_country[(W2, "both")]["open"] == 1


def test_auto_counts_live_across_a_gap_in_the_snapshots(session: Session) -> None:
    january(session)
    for offset in range(7):  # week 1 fully, week 2 not at all, so week 3 is not "after the last snapshot"
        take_daily_snapshot(session, date(2026, 1, 5) + timedelta(days=offset))
    auto = job_trends(session, start=date(2026, 1, 5), today=TODAY, source="auto")
    assert [p["source"] for p in auto["periods"]] == ["snapshots", "live", "live"]
    assert rows(auto) == rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, source="live"))


def test_backfill_equals_one_snapshot_per_day(session: Session) -> None:
    january(session)
    first, last = date(2025, 12, 28), date(2026, 1, 21)
    per_day = {}
    day = first
    while day <= last:
        take_daily_snapshot(session, day)
        per_day[day] = _rows(session, day)
        day += timedelta(days=1)
    session.execute(delete(TrendSnapshot))
    assert backfill_snapshots(session, first, last) == sum(len(r) for r in per_day.values())
    assert {d: _rows(session, d) for d in per_day} == per_day
    assert per_day[date(2026, 1, 2)][("crypto", "all", "all")] == (1, 0, 1)  # E closed that day, A still open
