"""issue 8: trend snapshots, and indexes for trend queries over jobs

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import talentintel.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEEN = sa.text("coalesce(posted_at, first_seen_at)")
CLOSED = sa.text("coalesce(closed_at, last_seen_at)")


def upgrade() -> None:
    op.create_table(
        "trend_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sector_class", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("open_jobs", sa.Integer(), nullable=False),
        sa.Column("new_jobs", sa.Integer(), nullable=False),
        sa.Column("closed_jobs", sa.Integer(), nullable=False),
        sa.Column("created_at", talentintel.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", talentintel.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("day", "sector_class", "region", "country", name="uq_trend_snapshot"),
    )
    with op.batch_alter_table("trend_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_trend_snapshots_region_country_day", ["region", "country", "day"], unique=False)
    # Trend indexes (same definitions as talentintel.models): index-only scans of a window on PostgreSQL.
    trend_columns = ["posted_at", "first_seen_at", "sector_class", "region_mask", "company_id", "countries_key"]
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_trend_seen", [SEEN], unique=False, postgresql_include=trend_columns)
        batch_op.create_index(
            "ix_jobs_trend_open",
            [SEEN],
            unique=False,
            postgresql_include=trend_columns,
            postgresql_where=sa.text("status <> 'closed'"),
            sqlite_where=sa.text("status <> 'closed'"),
        )
        batch_op.create_index(
            "ix_jobs_trend_closed",
            [CLOSED],
            unique=False,
            postgresql_include=[*trend_columns, "closed_at", "last_seen_at"],
            postgresql_where=sa.text("status = 'closed'"),
            sqlite_where=sa.text("status = 'closed'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_trend_closed")
        batch_op.drop_index("ix_jobs_trend_open")
        batch_op.drop_index("ix_jobs_trend_seen")
    with op.batch_alter_table("trend_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_trend_snapshots_region_country_day")
    op.drop_table("trend_snapshots")
