"""One announcement reported again by another outlet: what a stored round or fund takes from the new report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def merge_report(row: Any, source: str, values: Iterable[tuple[str, Any]]) -> bool:
    """Add `source` to the row's sources and fill the fields the row lacks (a stored value is never overwritten);
    True when anything changed."""
    changed = source not in row.sources
    if changed:
        row.sources = [*row.sources, source]
    for attr, value in values:
        if value is not None and getattr(row, attr) is None:
            setattr(row, attr, value)
            changed = True
    return changed
