"""Set-based writes and lookups, one path per database, so the ingest steps never branch on the dialect.

PostgreSQL: lists travel as one array (`= ANY(:ids)`), wide rows by COPY (several times faster than a multi-row
INSERT for long descriptions), per-row updates through a COPY-staged TEMP table and one UPDATE ... FROM. SQLite: the
same Core statements over IN lists of at most CHUNK ids (below its bound-parameter limit) and executemany, which is
fast enough for an embedded database of one scraper.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import orjson
from psycopg.errors import UniqueViolation
from sqlalchemy import JSON, ColumnElement, Table, any_, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

CHUNK = 900  # ids per IN (...) list on SQLite


def is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _raw(conn: Connection) -> Any:
    """The psycopg connection under `conn` (same transaction): COPY without SQLAlchemy's compile step."""
    return conn.connection.dbapi_connection


def _pg(conn: Connection, sql: str, params: dict[str, Any] | None = None) -> int:
    with _raw(conn).cursor() as cur:
        cur.execute(sql, params)
        return int(cur.rowcount or 0)


def one_of(conn: Connection, column: Any, values: Sequence[Any]) -> Iterator[ColumnElement[bool]]:
    """Conditions `column IN values`: one array on PostgreSQL, IN lists of CHUNK on SQLite."""
    if not values:
        return
    if is_pg(conn):
        yield column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(column.type)))
        return
    for i in range(0, len(values), CHUNK):
        yield column.in_(values[i : i + CHUNK])


def select_in(conn: Connection, columns: Sequence[Any], key: Any, keys: Sequence[Any], *where: Any) -> list[Any]:
    """Rows of `columns` whose `key` is one of `keys` (and `where`)."""
    out: list[Any] = []
    for cond in one_of(conn, key, keys):
        out.extend(conn.execute(select(*columns).where(cond, *where)).tuples())
    return out


def update_in(conn: Connection, table: Table, ids: Sequence[int], values: dict[str, Any], *where: Any) -> int:
    """UPDATE table SET values WHERE id IN ids (and `where`); returns the rows changed."""
    changed = 0
    for cond in one_of(conn, table.c.id, ids):
        changed += conn.execute(update(table).where(cond, *where).values(values)).rowcount or 0
    return changed


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """INSERT ... ON CONFLICT (keys) DO NOTHING."""
    if not rows:
        return
    dialect = postgresql if is_pg(conn) else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows)


_EMPTY_JSON = {repr([]): "[]", repr({}): "{}"}


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if not value and isinstance(value, list | dict):
        return _EMPTY_JSON[repr(value)]
    return orjson.dumps(value).decode()


def _copy(conn: Connection, table: Table, name: str, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    json_at = [isinstance(table.c[c].type, JSON) for c in columns]
    with _raw(conn).cursor() as cur, cur.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
        write = copy.write_row
        for row in rows:
            write([_json_text(row[c]) if j else row[c] for c, j in zip(columns, json_at, strict=True)])


def insert_returning_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows, returning their ids in order."""
    if not rows:
        return []
    if not is_pg(conn):
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [row[0] for row in conn.execute(stmt, rows)]
    # The sequence is resolved once (pg_get_serial_sequence per row cost more than the nextval calls).
    with _raw(conn).cursor() as cur:
        cur.execute(
            "SELECT array_agg(nextval(q.seq)) FROM (SELECT pg_get_serial_sequence(%(t)s, 'id')::regclass AS seq) "
            "AS q, generate_series(1, %(n)s)",
            {"t": table.name, "n": len(rows)},
        )
        ids: list[int] = cur.fetchone()[0]
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    _copy(conn, table, table.name, list(rows[0]), rows)
    return ids


def insert_new(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """Insert rows expected to be new; one that exists already (a concurrent run got there first) is skipped."""
    if not rows:
        return
    if is_pg(conn):
        # COPY is several times cheaper than INSERT ... ON CONFLICT; a conflict rolls back to the savepoint and takes
        # the ON CONFLICT DO NOTHING path instead.
        try:
            with _raw(conn).transaction():
                _copy(conn, table, table.name, list(rows[0]), rows)
            return
        except UniqueViolation:
            pass
    insert_ignore(conn, table, rows, keys)


def update_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], keep_equal: tuple[str, ...] = ()) -> None:
    """rows: {"id": row id, column: new value, ...}, all with the same columns. A `keep_equal` column whose new value
    equals the stored one is not rewritten (PostgreSQL: the stored value keeps its TOAST pointer)."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != "id"]
    if not is_pg(conn):
        stmt = update(table).where(table.c.id == bindparam("b_id")).values({c: bindparam(f"v_{c}") for c in columns})
        conn.execute(stmt, [{"b_id": r["id"], **{f"v_{c}": r[c] for c in columns}} for r in rows])
        return
    stage = f"_{table.name}_changes"
    _pg(
        conn,
        f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT id, {', '.join(columns)} FROM {table.name} WITH NO DATA",
    )
    # Staged text is read once: compressing it (pglz, the default) would cost more than the UPDATE's own writes.
    for column in keep_equal:
        if column in columns:
            _pg(conn, f"ALTER TABLE {stage} ALTER COLUMN {column} SET STORAGE EXTERNAL")
    _copy(conn, table, stage, ["id", *columns], rows)
    # An unchanged description keeps the row's stored value (its TOAST pointer): no re-compression and no new TOAST
    # chunks, which are most of the cost of rewriting a posting whose title, salary or dates changed.
    assignments = ", ".join(
        f"{c} = CASE WHEN t.{c} IS NOT DISTINCT FROM u.{c} THEN t.{c} ELSE u.{c} END"
        if c in keep_equal
        else f"{c} = u.{c}"
        for c in columns
    )
    _pg(conn, f"UPDATE {table.name} AS t SET {assignments} FROM {stage} AS u WHERE t.id = u.id")
    _pg(conn, f"DROP TABLE {stage}")
