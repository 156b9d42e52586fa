"""Migration 0006 goes down to 0005 and back up on both databases."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from talentintel import migrate


def _trend_indexes(engine: Engine) -> set[str]:
    names = {i["name"] for i in inspect(engine).get_indexes("jobs")}
    return {n for n in names if n and n.startswith("ix_jobs_trend_")}


def test_downgrade_to_0005_and_back(engine: Engine) -> None:
    migrate.downgrade(engine, "0005")
    assert "trend_snapshots" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    assert "trend_snapshots" in inspect(engine).get_table_names()
    if engine.dialect.name == "postgresql":  # SQLite does not reflect expression indexes
        assert _trend_indexes(engine) == {"ix_jobs_trend_seen", "ix_jobs_trend_closed"}


def test_0007_merges_trend_indexes_and_back(engine: Engine) -> None:
    migrate.downgrade(engine, "0006")
    if engine.dialect.name == "postgresql":
        assert _trend_indexes(engine) == {"ix_jobs_trend_seen", "ix_jobs_trend_open", "ix_jobs_trend_closed"}
    assert "ix_jobs_employment_type" in {i["name"] for i in inspect(engine).get_indexes("jobs")}
    migrate.upgrade(engine)
    names = {i["name"] for i in inspect(engine).get_indexes("jobs")}
    assert "ix_jobs_employment_type" not in names and "ix_jobs_closed_at" in names
    if engine.dialect.name == "postgresql":
        assert _trend_indexes(engine) == {"ix_jobs_trend_seen", "ix_jobs_trend_closed"}
