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


def parse_after(sort: SortKey, after: list[Any] | None) -> tuple[Any, int] | None:
    """The (key, id) a cursor points after, typed for binding; InvalidParameter for a malformed one."""
    if after is None:
        return None
    try:
        if len(after) != 2:
            raise ValueError
        return sort.parse(after[0]), int(after[1])
    except (TypeError, ValueError):
        raise InvalidParameter("cursor", "not a cursor returned by this API") from None


def after_condition(
    sort: SortKey, position: tuple[Any, int], bind: Callable[[str, Any, Any], Any] | None = None
) -> ColumnElement[bool]:
    """(key, id) strictly past `position` in the sort direction: one row comparison, an index range bound."""
    bind = bind or (lambda name, value, type_: literal(value, type_))
    other = tuple_(bind("after_key", position[0], sort.key.type), bind("after_id", position[1], sort.id.type))
    bound = tuple_(sort.key, sort.id)
    return bound < other if sort.descending else bound > other


def order(sort: SortKey, key: Any = None, id_: Any = None) -> tuple[Any, Any]:
    key, id_ = sort.key if key is None else key, sort.id if id_ is None else id_
    return (key.desc(), id_.desc()) if sort.descending else (key.asc(), id_.asc())


def apply(stmt: Select[Any], sort: SortKey, after: list[Any] | None, limit: int) -> Select[Any]:
    position = parse_after(sort, after)
    if position is not None:
        stmt = stmt.where(after_condition(sort, position))
    return stmt.order_by(*order(sort)).limit(limit + 1)


def page(
    rows: Sequence[Any], limit: int, kind: str, sort_name: str, key_of: Callable[[Any], tuple[Any, ...]]
) -> tuple[Sequence[Any], str | None]:
    """Split the limit+1 fetched rows into the page and the cursor of the next one (None on the last page)."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, cursor.encode(kind, sort_name, key_of(rows[-1]))


def after_id(token: str | None, kind: str) -> int:
    """The id an id-ordered page of `kind` starts after: 0 for the first page (InvalidParameter on a bad cursor)."""
    values = cursor.decode(token, kind, "id")
    return int(values[0]) if values else 0


def id_page(rows: Sequence[Any], limit: int, kind: str) -> tuple[Sequence[Any], str | None]:
    """page() for lists ordered by id alone (saved searches, subscriptions): rows with an `id`."""
    return page(rows, limit, kind, "id", lambda row: (row.id,))
