"""Keyset pagination: ORDER BY (key, id) and WHERE (key, id) < (last key, last id); never OFFSET."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, tuple_

from talentintel.services.queries import cursor
from talentintel.services.queries.params import InvalidParameter


@dataclass(frozen=True)
class SortKey:
    key: ColumnElement[Any]
    id: ColumnElement[Any]
    descending: bool
    parse: Callable[[Any], Any]  # cursor JSON value -> bound value


def apply(stmt: Select[Any], sort: SortKey, after: list[Any] | None, limit: int) -> Select[Any]:
    if after is not None:
        try:
            if len(after) != 2:
                raise ValueError
            key, last_id = sort.parse(after[0]), int(after[1])
        except (TypeError, ValueError):
            raise InvalidParameter("cursor", "not a cursor returned by this API") from None
        bound = tuple_(sort.key, sort.id)
        other = tuple_(literal(key, sort.key.type), literal(last_id, sort.id.type))
        stmt = stmt.where(bound < other if sort.descending else bound > other)
    order = (sort.key.desc(), sort.id.desc()) if sort.descending else (sort.key.asc(), sort.id.asc())
    return stmt.order_by(*order).limit(limit + 1)


def page(
    rows: Sequence[Any], limit: int, kind: str, sort_name: str, key_of: Callable[[Any], tuple[Any, Any]]
) -> tuple[Sequence[Any], str | None]:
    """Split the limit+1 fetched rows into the page and the cursor of the next one (None on the last page)."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, cursor.encode(kind, sort_name, key_of(rows[-1]))
