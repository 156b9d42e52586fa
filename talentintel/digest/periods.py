"""Digest periods: which stretch of time a subscription's digest covers, from its cadence, send hour and time zone.

A period ends at a send time (the send hour, local time; Mondays for weekly digests) and is named by that end:
`2026-11-28` for a daily digest, `2026-W48` for a weekly one. The name is the DigestRun unique key, so one period of
one subscription is sent at most once, whatever the retries, workers or manual runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from talentintel.errors import UserError

CADENCES: tuple[str, ...] = ("daily", "weekly")
WEEKLY_WEEKDAY = 0  # Monday: "every Monday" is what weekly readers expect


@dataclass(frozen=True)
class Period:
    key: str
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive: the send time


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    # The IANA names only: ZoneInfo would also open 'localtime' or 'posixrules', which mean nothing to a subscriber.
    return frozenset(available_timezones()) | {"UTC"}


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`, or a UserError naming the field."""
    problem = UserError(f"timezone: unknown time zone {name[:80]!r} (use an IANA name such as Europe/Paris)")
    if not isinstance(name, str) or name not in _zone_names():
        raise problem
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise problem from exc


def _send_time(day: date, hour: int, tz: ZoneInfo) -> datetime:
    # Built in local time then converted, so the send hour stays put across DST changes.
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz).astimezone(UTC)


def _key(cadence: str, end_local_day: date) -> str:
    if cadence == "daily":
        return end_local_day.isoformat()
    year, week, _ = end_local_day.isocalendar()
    return f"{year}-W{week:02d}"


def _step(cadence: str) -> timedelta:
    return timedelta(days=1 if cadence == "daily" else 7)


def _end_days_around(cadence: str, local_day: date) -> tuple[date, date]:
    """The send day on or before `local_day` and the next one after it."""
    if cadence == "daily":
        return local_day, local_day + timedelta(days=1)
    back = (local_day.weekday() - WEEKLY_WEEKDAY) % 7
    on_or_before = local_day - timedelta(days=back)
    return on_or_before, on_or_before + timedelta(days=7)


def _period(cadence: str, end_day: date, hour: int, tz: ZoneInfo) -> Period:
    end = _send_time(end_day, hour, tz)
    start = _send_time(end_day - _step(cadence), hour, tz)
    return Period(key=_key(cadence, end_day), start=start, end=end)


def last_ended(cadence: str, send_hour: int, timezone: str, now: datetime) -> Period:
    """The most recent period whose send time is <= now: the one a scheduled run sends."""
    tz = zone(timezone)
    local_day = now.astimezone(tz).date()
    before, _ = _end_days_around(cadence, local_day)
    candidate = _period(cadence, before, send_hour, tz)
    if candidate.end <= now:
        return candidate
    return _period(cadence, before - _step(cadence), send_hour, tz)


def current(cadence: str, send_hour: int, timezone: str, now: datetime) -> Period:
    """The period containing now (it ends at the next send time): the one `digest run --now` sends early."""
    ended = last_ended(cadence, send_hour, timezone, now)
    tz = zone(timezone)
    next_day = ended.end.astimezone(tz).date() + _step(cadence)
    return _period(cadence, next_day, send_hour, tz)


def validate(cadence: str, send_hour: int, timezone: str) -> None:
    if cadence not in CADENCES:
        raise UserError(f"cadence: must be one of {', '.join(CADENCES)} (got {cadence!r})")
    if not 0 <= send_hour <= 23:
        raise UserError(f"send_hour: must be 0..23 (got {send_hour})")
    zone(timezone)
