"""issue 5: REST API (full-text search and read-path indexes)

PostgreSQL: a generated tsvector column over title + description with a GIN index.
SQLite: an FTS5 external-content table kept in step by triggers.
Both: expression indexes on a job's date (posted, else first seen) so keyset pages are index range scans
(declared in talentintel.models too, so autogenerate compares them).

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JOB_DATE = "coalesce(posted_at, first_seen_at)"
INDEXES = {
    "ix_jobs_status_date": f"jobs (status, {JOB_DATE}, id)",
    "ix_jobs_sector_status_date": f"jobs (sector_class, status, {JOB_DATE}, id)",
}

# Descriptions are capped so one huge posting cannot exceed tsvector's 1 MB limit and fail its insert.
PG_TSV = """
ALTER TABLE jobs ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', left(coalesce(description, ''), 200000)), 'B')
) STORED
"""

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE jobs_fts USING fts5(
        title, description, content='jobs', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER jobs_fts_ai AFTER INSERT ON jobs BEGIN
        INSERT INTO jobs_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
    END""",
    """CREATE TRIGGER jobs_fts_ad AFTER DELETE ON jobs BEGIN
        INSERT INTO jobs_fts(jobs_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    END""",
    """CREATE TRIGGER jobs_fts_au AFTER UPDATE OF title, description ON jobs BEGIN
        INSERT INTO jobs_fts(jobs_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
        INSERT INTO jobs_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
    END""",
    "INSERT INTO jobs_fts(jobs_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_TSV)
        op.execute("CREATE INDEX ix_jobs_search_tsv ON jobs USING gin (search_tsv)")
    else:
        for statement in SQLITE_FTS:
            op.execute(statement)
    for name, target in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_jobs_search_tsv")
        op.execute("ALTER TABLE jobs DROP COLUMN IF EXISTS search_tsv")
    else:
        for trigger in ("jobs_fts_ai", "jobs_fts_ad", "jobs_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS jobs_fts")
