"""issue 15: signed webhooks: endpoints, the event outbox and deliveries

Events are written in the transaction that made the change (the outbox) and fanned out after it commits, one
delivery row per (endpoint, event), so a retry or a second fan-out never makes a second delivery.

Revision ID: 0013
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import talentintel.types

revision: str = "0013"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = talentintel.types.UTCDateTime(timezone=True)
JSON = talentintel.types.JSONType
TABLES = ("webhook_deliveries", "webhook_events", "webhook_endpoints")


def _text(n: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=n)


def _endpoints() -> None:
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", _text(2000), nullable=False),
        sa.Column("events", JSON, nullable=False),
        sa.Column("saved_search_id", sa.Integer(), nullable=True),
        sa.Column("filters", JSON, nullable=False),
        sa.Column("description", _text(500), nullable=False),
        sa.Column("secret", _text(300), nullable=False),
        sa.Column("previous_secret", _text(300), nullable=True),
        sa.Column("previous_secret_until", TS, nullable=True),
        sa.Column("status", _text(10), nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.Column("failing_since", TS, nullable=True),
        sa.Column("api_key_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_webhook_endpoints_api_key_id", "webhook_endpoints", ["api_key_id"])


def _events() -> None:
    op.create_table(
        "webhook_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", _text(40), nullable=False),
        sa.Column("type", _text(40), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("data", JSON, nullable=True),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("dispatched_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_index(
        "ix_webhook_events_undispatched", "webhook_events", ["id"],
        postgresql_where=sa.text("dispatched_at IS NULL"), sqlite_where=sa.text("dispatched_at IS NULL"),
    )  # fmt: skip


def _deliveries() -> None:
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("endpoint_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("status", _text(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=True),
        sa.Column("retry_until", TS, nullable=True),
        sa.Column("last_attempt_at", TS, nullable=True),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.Text(), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("delivered_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(["endpoint_id"], ["webhook_endpoints.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["webhook_events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("endpoint_id", "event_id", name="uq_webhook_delivery"),
    )
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"])
    op.create_index("ix_webhook_deliveries_event_id", "webhook_deliveries", ["event_id"])


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "webhook_endpoints" not in existing:
        _endpoints()
    if "webhook_events" not in existing:
        _events()
    if "webhook_deliveries" not in existing:
        _deliveries()


def downgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for table in TABLES:
        if table in existing:
            op.drop_table(table)
