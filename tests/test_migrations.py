"""The migrations build the schema the models describe, and round-trip down and up."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from talentintel import migrate
from talentintel.services.queries.fulltext import include_name


def test_schema_matches_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}), SQLModel.metadata)
    assert diff == []


def test_downgrade_base_then_upgrade_head(engine: Engine) -> None:
    migrate.downgrade(engine, "base")
    assert "jobs" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    names = set(inspect(engine).get_table_names())
    assert {"jobs", "companies", "sources", "funding_rounds", "digest_runs", "api_keys"} <= names


def test_upgrade_twice_changes_nothing(engine: Engine) -> None:
    before = sorted(inspect(engine).get_table_names())
    migrate.upgrade(engine)
    assert sorted(inspect(engine).get_table_names()) == before
