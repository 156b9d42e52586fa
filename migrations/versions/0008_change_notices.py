"""issue 5: NOTIFY talentintel_changes after statements that write jobs or companies

The API keeps rendered job pages until the data under them changes (talentintel.services.queries.page_cache); these
statement-level triggers tell it. A notice is sent when the writing transaction commits, once per table and
transaction (PostgreSQL folds identical notices), so a batch of 5,000 jobs costs one. An UPDATE that matched no
row (an hourly last-seen touch with nothing due) sends nothing: its transition table is empty. SQLite has no
NOTIFY; the API does not cache pages there.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("jobs", "companies")
FUNCTIONS = """
CREATE FUNCTION talentintel_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('talentintel_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE FUNCTION talentintel_notify_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows) THEN
        PERFORM pg_notify('talentintel_changes', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTIONS)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_write AFTER INSERT OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION talentintel_notify_change()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_notify_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS changed_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION talentintel_notify_update()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_update ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_write ON {table}")
    op.execute("DROP FUNCTION IF EXISTS talentintel_notify_update()")
    op.execute("DROP FUNCTION IF EXISTS talentintel_notify_change()")
