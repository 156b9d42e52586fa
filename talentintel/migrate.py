"""Run the Alembic migrations from code (the CLI, the tests and `up` use this)."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine


def _migrations_dir() -> Path:
    """Where the `migrations` package lies (installed beside talentintel), found without importing it: the core
    needs only the directory Alembic reads, not the package's code."""
    spec = importlib.util.find_spec("migrations")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the migrations package is not installed beside talentintel")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


MIGRATIONS_DIR = _migrations_dir()


def alembic_config(database_url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["configure_logging"] = False
    if database_url:
        cfg.attributes["database_url"] = database_url
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    """The head revision(s) of the migrations this code was shipped with."""
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def schema_problem(engine: Engine) -> str | None:
    """None when the database's schema is at the code's head revision; else what is wrong (never migrated, behind,
    or ahead of this code), for /readyz."""
    with engine.connect() as conn:
        current = frozenset(MigrationContext.configure(conn).get_current_heads())
    heads = head_revisions()
    if current == heads:
        return None
    if not current:
        return "the database was never migrated; run `talentintel db upgrade`"
    have, want = ", ".join(sorted(current)), ", ".join(sorted(heads))
    return f"schema at revision {have}, this code needs {want}; run `talentintel db upgrade`"
