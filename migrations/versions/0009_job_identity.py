"""issue 12: job identity, partial postings, source quality, company slugs

- job_sightings.match_rule (how a sighting came to its job) and .partial (stored from a board's list);
- jobs.place_countries (structured ISO countries from the ATS, a tagging input kept for retagging);
- scrape_runs.quality (fill rates, merged, partial, skipped) and sources.held_shrink (a sudden shrink waiting for
  a second run to confirm it);
- company_slug_aliases, and every company slug rewritten as lowercase ASCII with hyphens ("hugging face" ->
  "hugging-face"), the old one kept as an alias that answers 308. A slug already taken gets "-<id>".
Splitting jobs merged by the old identity rules is `talentintel repair` (it needs no schema and can run any time).

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from slugify import slugify
from sqlalchemy.dialects import postgresql

from talentintel.types import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column("job_sightings", sa.Column("match_rule", sa.String(length=20), nullable=True))
    op.add_column("job_sightings", sa.Column("partial", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("jobs", sa.Column("place_countries", JSON, nullable=True))
    op.add_column("scrape_runs", sa.Column("quality", JSON, nullable=True))
    op.add_column("sources", sa.Column("held_shrink", sa.Integer(), nullable=True))
    op.create_table(
        "company_slug_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=300), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("company_slug_aliases", schema=None) as batch_op:
        batch_op.create_index("ix_company_slug_aliases_slug", ["slug"], unique=True)
        batch_op.create_index("ix_company_slug_aliases_company_id", ["company_id"], unique=False)
    _reslug()


def _reslug() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, slug FROM companies ORDER BY id")).all()
    taken = {slug for _, slug in rows}
    now = datetime.now(UTC)
    aliases = sa.table(
        "company_slug_aliases", sa.column("slug"), sa.column("company_id"), sa.column("created_at", UTCDateTime())
    )
    for company_id, old in rows:
        new = slugify(old, max_length=300, word_boundary=True) or f"c-{company_id}"
        if new == old:
            continue
        if new in taken:
            new = f"{new[:290]}-{company_id}"
        taken.add(new)
        bind.execute(sa.text("UPDATE companies SET slug = :new WHERE id = :id"), {"new": new, "id": company_id})
        bind.execute(sa.insert(aliases).values(slug=old, company_id=company_id, created_at=now))


def downgrade() -> None:
    bind = op.get_bind()
    for company_id, old in bind.execute(sa.text("SELECT company_id, slug FROM company_slug_aliases ORDER BY id DESC")):
        bind.execute(
            sa.text(
                "UPDATE companies SET slug = :old WHERE id = :id AND NOT EXISTS "
                "(SELECT 1 FROM companies WHERE slug = :old)"
            ),
            {"old": old, "id": company_id},
        )
    op.drop_table("company_slug_aliases")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not batch mode: rebuilding jobs on SQLite would lose the
    # expression indexes it cannot reflect (ix_jobs_trend_seen...).
    for table, column in (
        ("sources", "held_shrink"),
        ("scrape_runs", "quality"),
        ("jobs", "place_countries"),
        ("job_sightings", "partial"),
        ("job_sightings", "match_rule"),
    ):
        op.drop_column(table, column)
