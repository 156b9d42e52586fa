"""Small dialect-aware SQL pieces the two databases spell differently."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, cast, exists, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY


def json_array_has_any(column: Any, values: list[str], dialect: str) -> ColumnElement[bool]:
    """A JSON array column containing any of `values` (jsonb ?| on PostgreSQL, json_each on SQLite)."""
    if dialect == "postgresql":
        return column.op("?|")(cast(values, ARRAY(String)))  # type: ignore[no-any-return]
    each = func.json_each(column).table_valued("value").alias("each_value")
    return exists(select(literal_column("1")).select_from(each).where(each.c.value.in_(values)))


def contains_ci(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, with LIKE wildcards in `text` taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")  # type: ignore[no-any-return]
