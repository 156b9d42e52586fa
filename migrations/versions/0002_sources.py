"""issue 3: job sources, fetch state and change tracking

Cross-source dedupe looks jobs up by their ATS identity ("greenhouse:123") and by their normalized apply URL, so
both get an indexed column.

Ingest speed (bench/bench_scrape.py): every index on jobs is paid on each insert and on each changed posting, so the
indexes no read path can use go: (status, posted_at, id) and (sector_class, status, posted_at, id) (the API pages by
coalesce(posted_at, first_seen_at), migration 0003 indexes that), apply_url (dedupe looks up apply_key), region_mask
(filters test region_mask & bits, which a btree cannot serve; the trend indexes INCLUDE it), remote (a boolean), and
tagger_version (the retag filter, version IS NULL OR version <> current, cannot use it), and
job_sightings.source_id (the leading column of uq_sighting_source_external). Descriptions (text and HTML, a few KB
each) are compressed with lz4 rather than pglz on PostgreSQL: pglz cost more per row than all the indexes.

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


REDUNDANT = {  # name -> (table, columns) as migration 0001 created them
    "ix_jobs_status_posted": ("jobs", ["status", "posted_at", "id"]),
    "ix_jobs_sector_status_posted": ("jobs", ["sector_class", "status", "posted_at", "id"]),
    "ix_jobs_apply_url": ("jobs", ["apply_url"]),
    "ix_jobs_region_mask": ("jobs", ["region_mask"]),
    "ix_jobs_remote": ("jobs", ["remote"]),
    "ix_jobs_tagger_version": ("jobs", ["tagger_version"]),
    "ix_job_sightings_source_id": ("job_sightings", ["source_id"]),
}
LZ4_COLUMNS = ("description", "description_html")


def upgrade() -> None:
    for name, (table, _columns) in REDUNDANT.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    if op.get_bind().dialect.name == "postgresql" and _has_lz4():
        for column in LZ4_COLUMNS:
            op.execute(f"ALTER TABLE jobs ALTER COLUMN {column} SET COMPRESSION lz4")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ats_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("apply_key", sa.String(length=700), nullable=True))
        batch_op.create_index("ix_jobs_ats_key", ["ats_key"], unique=False)
        batch_op.create_index("ix_jobs_apply_key", ["apply_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_apply_key")
        batch_op.drop_index("ix_jobs_ats_key")
        batch_op.drop_column("apply_key")
        batch_op.drop_column("ats_key")
    if op.get_bind().dialect.name == "postgresql" and _has_lz4():
        for column in LZ4_COLUMNS:
            op.execute(f"ALTER TABLE jobs ALTER COLUMN {column} SET COMPRESSION default")
    for name, (table, columns) in REDUNDANT.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False)


def _has_lz4() -> bool:
    """PostgreSQL 14+ built with lz4 (Debian's and the official images are)."""
    bind = op.get_bind()
    if (bind.dialect.server_version_info or (0,)) < (14,):
        return False
    return bool(
        bind.exec_driver_sql(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
        ).first()
    )
