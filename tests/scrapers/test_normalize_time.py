"""normalize.parse_time: the date and time forms sources use, all to aware UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from scrapers.normalize import parse_time

SEP21 = datetime(2026, 9, 21, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20260921", SEP21),  # compact date, not an epoch
        ("2026-09-21", SEP21),
        ("2026-09-21T12:30:00+02:00", datetime(2026, 9, 21, 10, 30, tzinfo=UTC)),
        ("2026-09-21T10:30:00", datetime(2026, 9, 21, 10, 30, tzinfo=UTC)),  # no zone: UTC
        ("Mon, 21 Sep 2026 10:30:00 GMT", datetime(2026, 9, 21, 10, 30, tzinfo=UTC)),  # RSS pubDate
        ("September 21, 2026", SEP21),
        ("21.09.2026", SEP21),
        (1790000000, datetime.fromtimestamp(1790000000, UTC)),
        (1790000000000, datetime.fromtimestamp(1790000000, UTC)),  # milliseconds (Lever)
        ("1790000000", datetime.fromtimestamp(1790000000, UTC)),
        (date(2026, 9, 21), SEP21),
        ("soon", None),
        ("", None),
        (None, None),
        (True, None),
        (10**20, None),  # out of range: no date rather than a crash
    ],
)
def test_parse_time(value: Any, expected: datetime | None) -> None:
    assert parse_time(value) == expected
