"""issue 20: discovered sources live beside the file's; the discovery log of company websites

`sources` gains `status` (active | proposed | rejected | retired), `origin` (file | discovered) and `discovery`
(how a discovered source was found). `site_discoveries` keeps one row per website tried, with its outcome and reason.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from talentintel.types import JSONType, UTCDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("status", sa.String(20), nullable=False, server_default="active"))
        batch.add_column(sa.Column("origin", sa.String(20), nullable=False, server_default="file"))
        batch.add_column(sa.Column("discovery", JSONType, nullable=True))
        batch.create_index("ix_sources_status", ["status"])
    op.create_table(
        "site_discoveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("website", sa.String(1000), nullable=False),
        sa.Column("company_id", sa.Integer, sa.ForeignKey("companies.id", ondelete="SET NULL"), nullable=True),
        sa.Column("company", sa.String(300), nullable=True),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("careers_url", sa.String(2000), nullable=True),
        sa.Column("boards", JSONType, nullable=False),
        sa.Column("other_ats", JSONType, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("tried_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_site_discoveries_website", "site_discoveries", ["website"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_site_discoveries_website", table_name="site_discoveries")
    op.drop_table("site_discoveries")
    with op.batch_alter_table("sources") as batch:
        batch.drop_index("ix_sources_status")
        batch.drop_column("discovery")
        batch.drop_column("origin")
        batch.drop_column("status")
