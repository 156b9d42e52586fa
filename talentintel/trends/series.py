"""Shares within a period and change against the previous period, for any flat list of trend rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any


def ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def add_shares(rows: list[dict[str, Any]], group: Sequence[str], metrics: Sequence[str]) -> None:
    """rows[i][m + '_share'] = the row's share of metric m among rows with the same values of `group`."""
    totals: dict[tuple[Any, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        for m in metrics:
            totals[tuple(row[g] for g in group)][m] += row[m] or 0
    for row in rows:
        total = totals[tuple(row[g] for g in group)]
        for m in metrics:
            row[f"{m}_share"] = ratio(row[m] or 0, total[m])


def add_changes(rows: list[dict[str, Any]], series: Sequence[str], metrics: Sequence[str]) -> None:
    """rows[i][m + '_change'] = relative change of m against the previous row of the same series (rows in period
    order); None for the first period and when the previous value was zero."""
    previous: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[s] for s in series)
        prev = previous.get(key)
        for m in metrics:
            before = prev[m] if prev else None
            row[f"{m}_change"] = round((row[m] - before) / before, 4) if before else None
        previous[key] = row
