"""issue 3: job sources, fetch state and change tracking

Cross-source dedupe looks jobs up by their ATS identity ("greenhouse:123") and by their normalized apply URL, so
both get an indexed column.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ats_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("apply_key", sa.String(length=700), nullable=True))
        batch_op.create_index("ix_jobs_ats_key", ["ats_key"], unique=False)
        batch_op.create_index("ix_jobs_apply_key", ["apply_key"], unique=False)
    with op.batch_alter_table("job_sightings", schema=None) as batch_op:
        batch_op.create_index("ix_job_sightings_source_active", ["source_id", "active"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("job_sightings", schema=None) as batch_op:
        batch_op.drop_index("ix_job_sightings_source_active")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_apply_key")
        batch_op.drop_index("ix_jobs_ats_key")
        batch_op.drop_column("apply_key")
        batch_op.drop_column("ats_key")
