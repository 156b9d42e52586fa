"""issue 19: change notices for the tables under /v1/funding-rounds and /v1/companies pages

The API's page cache (talentintel.services.queries.page_cache) keeps rendered funding-round and company pages too;
a page is dropped when a table it reads from changes. Migration 0008 notifies for jobs and companies; these
statement-level triggers (the same functions) add the rounds, their investors and the companies' investors. Each
notice names its table, so a funding write drops funding pages and company pages that read investors, not job pages.
A key's revocation (an UPDATE that sets api_keys.revoked_at, or a DELETE) is announced too: the API drops the keys it
verified recently (api.deps.AuthCache) at once instead of within their 5 seconds; last-used touches are not.
Idempotent: triggers already there are replaced. SQLite has no NOTIFY (and no page cache).

Revision ID: 0018_list_notices
Revises: 0017_list_speed
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_list_notices"
down_revision: str | None = "0017_list_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("funding_rounds", "round_investors", "investors", "company_investors")


def _drop(table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_update ON {table}")
    op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_write ON {table}")


KEYS_TRIGGER = (
    "CREATE TRIGGER api_keys_notify_revoke AFTER UPDATE OF revoked_at OR DELETE ON api_keys "
    "FOR EACH STATEMENT EXECUTE FUNCTION talentintel_notify_change()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS api_keys_notify_revoke ON api_keys")
    op.execute(KEYS_TRIGGER)
    for table in TABLES:
        _drop(table)
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
    op.execute("DROP TRIGGER IF EXISTS api_keys_notify_revoke ON api_keys")
    for table in TABLES:
        _drop(table)
