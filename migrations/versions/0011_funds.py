"""issue 13: funds, the capital venture firms raise (a fund close is an event, not a company round)

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

import talentintel.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    # Idempotent: a database that already has the table (a re-run after a partial upgrade) is left as it is.
    if "funds" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "funds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("investor_id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("fund_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("amount_usd", sa.Float(), nullable=True),
        sa.Column("amount_original", sa.Float(), nullable=True),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("focus", _json(), nullable=False),
        sa.Column("focus_class", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("regions", _json(), nullable=False),
        sa.Column("region_mask", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("sources", _json(), nullable=False),
        sa.Column("created_at", talentintel.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", talentintel.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["investor_id"], ["investors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe_key"),
    )
    with op.batch_alter_table("funds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funds_amount_usd"), ["amount_usd"], unique=False)
        batch_op.create_index(batch_op.f("ix_funds_focus_class"), ["focus_class"], unique=False)
        batch_op.create_index("ix_funds_announced", ["announced_on", "id"], unique=False)
        batch_op.create_index("ix_funds_investor", ["investor_id"], unique=False)


def downgrade() -> None:
    if "funds" not in sa.inspect(op.get_bind()).get_table_names():
        return
    with op.batch_alter_table("funds", schema=None) as batch_op:
        batch_op.drop_index("ix_funds_investor")
        batch_op.drop_index("ix_funds_announced")
        batch_op.drop_index(batch_op.f("ix_funds_focus_class"))
        batch_op.drop_index(batch_op.f("ix_funds_amount_usd"))
    op.drop_table("funds")
