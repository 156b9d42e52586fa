"""issue 3: fewer indexes on jobs to keep up (ingest speed), same read plans

Every index on jobs is paid on each inserted job and on each changed posting (bench/bench_scrape.py):
- ix_jobs_trend_open (coalesce(posted_at, first_seen_at) INCLUDE ..., WHERE status <> 'closed') duplicated
  ix_jobs_trend_seen (same key, same INCLUDE, every job). The one left INCLUDEs status, so "open jobs before the
  window" stays an index-only scan (filtered on status) and "jobs that appeared in the window" is unchanged.
- ix_jobs_closed_at becomes partial (WHERE closed_at IS NOT NULL): the digest asks for jobs closed since a time,
  which implies a closed_at, and an open job (every new one) no longer costs this index anything.
- ix_jobs_employment_type goes: six values over every job, a btree no filter plan picks; the keyset indexes of
  migration 0003 serve the list pages.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEEN = sa.text("coalesce(posted_at, first_seen_at)")
TREND_COLUMNS = ["posted_at", "first_seen_at", "sector_class", "region_mask", "company_id", "countries_key"]


def upgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_trend_open")
        batch_op.drop_index("ix_jobs_trend_seen")
        batch_op.drop_index("ix_jobs_closed_at")
        batch_op.drop_index("ix_jobs_employment_type")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_trend_seen", [SEEN], unique=False, postgresql_include=[*TREND_COLUMNS, "status"])
        batch_op.create_index(
            "ix_jobs_closed_at",
            ["closed_at"],
            unique=False,
            postgresql_where=sa.text("closed_at IS NOT NULL"),
            sqlite_where=sa.text("closed_at IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_closed_at")
        batch_op.drop_index("ix_jobs_trend_seen")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_employment_type", ["employment_type"], unique=False)
        batch_op.create_index("ix_jobs_closed_at", ["closed_at"], unique=False)
        batch_op.create_index("ix_jobs_trend_seen", [SEEN], unique=False, postgresql_include=TREND_COLUMNS)
        batch_op.create_index(
            "ix_jobs_trend_open",
            [SEEN],
            unique=False,
            postgresql_include=TREND_COLUMNS,
            postgresql_where=sa.text("status <> 'closed'"),
            sqlite_where=sa.text("status <> 'closed'"),
        )
