"""Database engine and sessions. The boundary (route, task, CLI command) owns the transaction via session_scope()."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, create_engine

from talentintel.errors import ConfigError
from talentintel.settings import get_settings


class DatabaseUnavailable(Exception):
    """The database cannot be reached right now (down, restarting, refusing connections); retry later (503)."""


def is_unavailable(exc: BaseException) -> bool:
    """True for errors that mean "the database is not reachable now" rather than "this request is wrong": the
    connection failed or was lost, the pool timed out. The API answers these with 503 and Retry-After."""
    if isinstance(exc, DatabaseUnavailable | sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError):
        return True
    return isinstance(exc, sa_exc.DBAPIError) and bool(exc.connection_invalidated)


def make_engine(url: str) -> Engine:
    """Build an engine for `url`, raising ConfigError naming DATABASE_URL when it is malformed."""
    try:
        parsed = make_url(url)
        if parsed.drivername == "postgres" or parsed.drivername.startswith("postgres+"):
            # What Heroku, Render, Fly and most hosts hand out; SQLAlchemy only knows the "postgresql" spelling.
            parsed = parsed.set(drivername="postgresql" + parsed.drivername[len("postgres") :])
        parsed.get_backend_name()
    except (ArgumentError, ValueError) as exc:
        raise ConfigError("DATABASE_URL", f"not a database URL ({url!r})") from exc
    backend = parsed.get_backend_name()
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        kwargs["connect_args"] = {"connect_timeout": 5}
        kwargs.update(pool_size=10, max_overflow=20)
    else:
        raise ConfigError("DATABASE_URL", f"unsupported database {backend!r}; use sqlite or postgresql")
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise ConfigError("DATABASE_URL", str(exc)) from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the API read while a worker writes; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    return make_engine(get_settings().database_url)


def check_database(engine: Engine | None = None) -> None:
    """Raise ConfigError naming DATABASE_URL when the database cannot be reached."""
    engine = engine or get_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ConfigError("DATABASE_URL", f"cannot connect to {engine.url.render_as_string()}: {reason}") from exc


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it raises."""
    with Session(engine or get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
