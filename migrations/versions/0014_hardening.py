"""issue 16: a scrape run records the Celery task that claimed it; subscriptions carry a token version

`scrape_runs.task_id`: a task redelivered after its worker was killed carries the same id, so it may take over the
claim its dead first attempt left (marking that run `interrupted`) instead of being skipped as "already running".
`subscriptions.token_version`: bumped when a subscription is re-activated, so unsubscribe links of earlier emails
stop working for the new subscription period (the MAC covers it).

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    if "task_id" not in _columns("scrape_runs"):
        with op.batch_alter_table("scrape_runs") as batch:
            batch.add_column(sa.Column("task_id", sa.String(length=200), nullable=True))
    if "token_version" not in _columns("subscriptions"):
        with op.batch_alter_table("subscriptions") as batch:
            batch.add_column(sa.Column("token_version", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    if "token_version" in _columns("subscriptions"):
        with op.batch_alter_table("subscriptions") as batch:
            batch.drop_column("token_version")
    if "task_id" in _columns("scrape_runs"):
        with op.batch_alter_table("scrape_runs") as batch:
            batch.drop_column("task_id")
