"""issue 7: saved searches, subscriptions and digests

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talentintel.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A failed send is retried with backoff: the run remembers when it may be tried again.
    with op.batch_alter_table("digest_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", talentintel.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_digest_runs_next_attempt_at"), ["next_attempt_at"], unique=False)
    # Digest windows: jobs new (first seen) or closed in a period, rounds recorded in it.
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_first_seen", ["first_seen_at"], unique=False)
        batch_op.create_index("ix_jobs_closed_at", ["closed_at"], unique=False)
    with op.batch_alter_table("funding_rounds", schema=None) as batch_op:
        batch_op.create_index("ix_rounds_created", ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("funding_rounds", schema=None) as batch_op:
        batch_op.drop_index("ix_rounds_created")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_closed_at")
        batch_op.drop_index("ix_jobs_first_seen")
    with op.batch_alter_table("digest_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_runs_next_attempt_at"))
        batch_op.drop_column("next_attempt_at")
