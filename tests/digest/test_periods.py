"""Period computation: keys, boundaries, time zones and DST. Pure."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from talentintel.digest import periods
from talentintel.errors import UserError


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s + "+00:00")


def test_daily_last_ended_and_current() -> None:
    now = utc("2026-11-28T09:00:00")
    ended = periods.last_ended("daily", 8, "UTC", now)
    assert (ended.key, ended.start, ended.end) == ("2026-11-28", utc("2026-11-27T08:00:00"), utc("2026-11-28T08:00:00"))
    current = periods.current("daily", 8, "UTC", now)
    assert (current.key, current.start, current.end) == ("2026-11-29", ended.end, utc("2026-11-29T08:00:00"))


def test_before_the_send_hour_the_previous_day_is_the_last_ended() -> None:
    assert periods.last_ended("daily", 8, "UTC", utc("2026-11-28T07:59:59")).key == "2026-11-27"
    assert periods.last_ended("daily", 8, "UTC", utc("2026-11-28T08:00:00")).key == "2026-11-28"


def test_weekly_ends_on_monday_and_is_named_by_iso_week() -> None:
    saturday = utc("2026-11-28T12:00:00")
    ended = periods.last_ended("weekly", 8, "UTC", saturday)
    assert ended.key == "2026-W48" and ended.end == utc("2026-11-23T08:00:00") and ended.end.weekday() == 0
    assert ended.end - ended.start == timedelta(days=7)
    assert periods.current("weekly", 8, "UTC", saturday).key == "2026-W49"
    monday_early = utc("2026-11-30T07:00:00")
    assert periods.last_ended("weekly", 8, "UTC", monday_early).key == "2026-W48"
    assert periods.last_ended("weekly", 8, "UTC", monday_early + timedelta(hours=1)).key == "2026-W49"


def test_local_send_hour_in_the_subscribers_zone() -> None:
    now = utc("2026-11-28T12:00:00")  # 21:00 in Tokyo, 04:00 in Los Angeles
    tokyo = periods.last_ended("daily", 8, "Asia/Tokyo", now)
    assert tokyo.key == "2026-11-28" and tokyo.end == utc("2026-11-27T23:00:00")
    la = periods.last_ended("daily", 8, "America/Los_Angeles", now)
    assert la.key == "2026-11-27" and la.end == utc("2026-11-27T16:00:00")


def test_send_hour_stays_local_across_dst() -> None:
    # Europe/Paris leaves summer time on 2026-10-25: the period spanning it lasts 25 hours, both ends at 08:00 local.
    p = periods.last_ended("daily", 8, "Europe/Paris", utc("2026-10-25T12:00:00"))
    assert p.end == utc("2026-10-25T07:00:00") and p.start == utc("2026-10-24T06:00:00")


def test_consecutive_periods_tile_time() -> None:
    now = utc("2026-03-01T00:00:00")
    seen: list[periods.Period] = []
    for hours in range(0, 24 * 60, 5):
        p = periods.last_ended("daily", 6, "America/New_York", now + timedelta(hours=hours))
        if not seen or seen[-1] != p:
            assert not seen or p.start == seen[-1].end  # contiguous, no gaps or overlaps, even over DST
            seen.append(p)
    assert len({p.key for p in seen}) == len(seen)


def test_validate_names_the_field() -> None:
    with pytest.raises(UserError, match="cadence"):
        periods.validate("monthly", 8, "UTC")
    with pytest.raises(UserError, match="send_hour"):
        periods.validate("daily", 24, "UTC")
    with pytest.raises(UserError, match="timezone"):
        periods.validate("daily", 8, "Mars/Olympus")
