"""Trend periods: UTC weeks (ISO, starting Monday) and calendar months, in Python and as SQL bucket expressions.

The database does the grouping (GROUP BY on a bucket expression), so the bucket must be computed the same way on both
backends: `date_trunc` on PostgreSQL after converting to UTC (date_trunc on a timestamptz uses the *session* time zone),
`date(..., 'weekday 0', '-6 days')` on SQLite, where timestamps are stored as naive UTC text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Date, DateTime, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

from talentintel.errors import InvalidParameter

Granularity = Literal["week", "month"]
GRANULARITIES: tuple[str, ...] = ("week", "month")
DEFAULT_PERIODS = 12
MAX_PERIODS = 520  # ten years of weeks: more is a mistake, not a report
EARLIEST, LATEST = date(1970, 1, 1), date(2100, 12, 31)


def period_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    raise InvalidParameter("granularity", f"must be one of {', '.join(GRANULARITIES)}, not {granularity!r}")


def next_period(start: date, granularity: str) -> date:
    if granularity == "week":
        return start + timedelta(days=7)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def period_label(start: date, granularity: str) -> str:
    if granularity == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.year}-{start.month:02d}"


@dataclass(frozen=True)
class Window:
    """Consecutive periods [start, end): `start` is the first period's first day, `end` the day after the last."""

    granularity: str
    start: date
    end: date

    @property
    def periods(self) -> list[date]:
        out, cur = [], self.start
        while cur < self.end:
            out.append(cur)
            cur = next_period(cur, self.granularity)
        return out

    @property
    def start_dt(self) -> datetime:
        return datetime(self.start.year, self.start.month, self.start.day, tzinfo=UTC)

    @property
    def end_dt(self) -> datetime:
        return datetime(self.end.year, self.end.month, self.end.day, tzinfo=UTC)

    def as_dict(self) -> dict[str, Any]:
        return {"granularity": self.granularity, "start": self.start.isoformat(), "end": self.end.isoformat()}


def make_window(
    granularity: str = "week", start: date | None = None, end: date | None = None, *, today: date | None = None
) -> Window:
    """Whole periods covering the UTC days start..end (both inclusive); defaults to the last 12 periods up to today."""
    if granularity not in GRANULARITIES:
        raise InvalidParameter("granularity", f"must be one of {', '.join(GRANULARITIES)}, not {granularity!r}")
    for name, value in (("start", start), ("end", end)):
        if value is not None and not EARLIEST <= value <= LATEST:
            raise InvalidParameter(name, f"must be between {EARLIEST} and {LATEST}")
    last_day = end or today or datetime.now(UTC).date()
    window_end = next_period(period_start(last_day, granularity), granularity)
    if start is None:
        first = period_start(last_day, granularity)
        for _ in range(DEFAULT_PERIODS - 1):
            first = period_start(first - timedelta(days=1), granularity)
    else:
        first = period_start(start, granularity)
    if first >= window_end:
        raise InvalidParameter("start", f"must not be after end ({start} > {last_day})")
    window = Window(granularity, first, window_end)
    if len(window.periods) > MAX_PERIODS:
        raise InvalidParameter("start", f"window has more than {MAX_PERIODS} periods; narrow it or use months")
    return window


def bucket(column: Any, granularity: str, dialect: str) -> ColumnElement[Any]:
    """SQL expression: the first day of the UTC period containing `column` (a UTC timestamp or a date)."""
    if dialect == "postgresql":
        # AT TIME ZONE 'UTC' turns a timestamptz into the UTC wall-clock timestamp, so the session zone never matters.
        utc = func.timezone(literal_column("'UTC'"), column)
        return func.date_trunc(granularity, utc).cast(Date)
    if granularity == "week":
        return func.date(column, "weekday 0", "-6 days")
    return func.date(column, "start of month")


def date_bucket(column: Any, granularity: str, dialect: str) -> ColumnElement[Any]:
    """Like `bucket` for a DATE column (no time zone involved: a date is already a UTC day here)."""
    if dialect == "postgresql":
        return func.date_trunc(granularity, column.cast(DateTime(timezone=False))).cast(Date)
    return bucket(column, granularity, dialect)


def as_date(value: Any) -> date:
    """Bucket values come back as date (PostgreSQL) or 'YYYY-MM-DD' text (SQLite)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
