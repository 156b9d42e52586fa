"""Readiness: the database answers with its schema at the code's migration head, and the broker is reachable (Redis
ping, or the embedded broker's SQLite file)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import SQLAlchemyError

from talentintel import db, migrate, queue
from talentintel.errors import UserError


def _database() -> str | None:
    try:
        db.check_database()
        # An unmigrated or half-migrated database answers SELECT 1 but fails every real request.
        return migrate.schema_problem(db.get_engine())
    except UserError as exc:
        return str(exc)
    except SQLAlchemyError as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


def _broker() -> str | None:
    if queue.is_embedded():
        path = queue.EMBEDDED_BROKER_DB
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=3)
            try:
                conn.execute("SELECT 1")
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            return f"embedded broker {path}: {exc}"
        return None
    try:
        queue.check_broker(timeout=2.0)
    except UserError as exc:
        return str(exc)
    return None


def check_ready() -> dict[str, str]:
    """{"database": "ok" | reason, "broker": "ok" | reason}; ready when every value is "ok"."""
    return {name: (problem or "ok") for name, problem in (("database", _database()), ("broker", _broker()))}


def is_ready(checks: dict[str, str]) -> bool:
    return all(v == "ok" for v in checks.values())
