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
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": include_name}), SQLModel.metadata
        )
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


def test_0009_rewrites_company_slugs_and_keeps_the_old_ones(engine: Engine) -> None:
    from sqlalchemy import text

    migrate.downgrade(engine, "0008")
    try:
        with engine.begin() as conn:
            for name, slug in (
                ("Hugging Face", "hugging face"),
                ("JPMorgan Chase & Co", "jpmorgan chase &"),
                ("Hugging-Face", "hugging-face"),
                ("Acme", "acme"),
            ):
                conn.execute(
                    text(
                        "INSERT INTO companies (name, slug, sector, sector_class, sector_evidence, regions, "
                        "created_at, updated_at) VALUES (:n, :s, '[]', 'none', '{}', '[]', :t, :t)"
                    ),
                    {"n": name, "s": slug, "t": "2026-01-01 00:00:00"},
                )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            slugs = dict(conn.execute(text("SELECT name, slug FROM companies")).tuples().all())
            aliases = dict(conn.execute(text("SELECT slug, company_id FROM company_slug_aliases")).tuples().all())
        first = slugs["Hugging Face"]
        assert slugs["JPMorgan Chase & Co"] == "jpmorgan-chase" and slugs["Acme"] == "acme"
        assert slugs["Hugging-Face"] == "hugging-face" and first.startswith("hugging-face-")  # taken: id appended
        assert set(aliases) == {"hugging face", "jpmorgan chase &"}
        migrate.upgrade(engine)  # at head: nothing to do
        migrate.downgrade(engine, "0008")
        with engine.connect() as conn:
            assert (
                conn.execute(text("SELECT slug FROM companies WHERE name = 'Hugging Face'")).scalar() == "hugging face"
            )
    finally:
        migrate.upgrade(engine)


def test_0016_adds_the_sort_columns_once(engine: Engine) -> None:
    from sqlalchemy import text

    def columns(table: str) -> set[str]:
        return {c["name"] for c in inspect(engine).get_columns(table)}

    migrate.downgrade(engine, "0015")
    # Fresh connections: on SQLite a pooled connection that earlier tests used can still see the tables as they were
    # before the batch migration rebuilt them (the full suite failed with "duplicate column name: sort" here).
    engine.dispose()
    try:
        assert "sort" not in columns("subscriptions") and "sort" not in columns("saved_searches")
        with engine.begin() as conn:  # already there (an earlier run stopped half-way): left as it is
            conn.execute(text("ALTER TABLE subscriptions ADD COLUMN sort VARCHAR(20)"))
        migrate.upgrade(engine)
        assert "sort" in columns("subscriptions") and "sort" in columns("saved_searches")
        migrate.downgrade(engine, "0015")
        assert "sort" not in columns("subscriptions") and "sort" not in columns("saved_searches")
    finally:
        migrate.upgrade(engine)
