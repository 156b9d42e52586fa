"""issue 19: saved searches and subscriptions remember the order their subscriber asked for

`saved_searches.sort` and `subscriptions.sort` hold a sort of the list the filters are for (for jobs: -posted_at,
posted_at, -first_seen, first_seen, -salary, -salary_usd, relevance; for funding searches: -announced_on,
announced_on, -amount), or NULL for the list's default. Digests order the items they show by it and their "more"
links carry it. Idempotent: a column already there is left as it is.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("saved_searches", "subscriptions")


def _has_sort(table: str) -> bool:
    return "sort" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    for table in TABLES:
        if not _has_sort(table):
            with op.batch_alter_table(table) as batch:
                batch.add_column(sa.Column("sort", sa.String(20), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        if _has_sort(table):
            with op.batch_alter_table(table) as batch:
                batch.drop_column("sort")
