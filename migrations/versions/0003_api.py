"""issue 5: REST API (full-text search and read-path indexes)

PostgreSQL: a generated tsvector column over title + description with a GIN index.
SQLite: an FTS5 external-content table kept in step by triggers.
Both: expression indexes on a job's date (posted, else first seen) so keyset pages are index range scans
(declared in talentintel.models too, so autogenerate compares them); covering (INCLUDE) on PostgreSQL.

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
# PostgreSQL: the columns a page's filters test ride along (INCLUDE), so the ids of a page come from an index-only
# scan that stops after the page; posted_at and first_seen_at too, or the planner cannot use the date expression
# index-only. (SQLite has no INCLUDE.)
PG_INCLUDE = {
    "ix_jobs_status_date": "(posted_at, first_seen_at, sector_class, region_mask)",
    "ix_jobs_sector_status_date": "(posted_at, first_seen_at, region_mask)",
}

# The search vector is a plain column kept by a trigger rather than a GENERATED column, so bulk ingest can defer it
# (to_tsvector over a few KB of English text costs ~0.35 ms per job, 3x the whole rest of an upsert): a session that
# sets talentintel.defer_search = on writes NULL and bench/deferred.py (finish) computes it afterwards in
# batches. Every other writer gets it computed inline, as before. Descriptions are capped at 10,000 characters: a
# recruiter's search terms are in the first part, and one huge posting cannot exceed tsvector's 1 MB limit.
PG_TSV = """
CREATE FUNCTION jobs_search_vector(title text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
           setweight(to_tsvector('english', left(coalesce(description, ''), 10000)), 'B')
$$;
ALTER TABLE jobs ADD COLUMN search_tsv tsvector;
CREATE FUNCTION jobs_search_tsv_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('talentintel.defer_search', true), '') = 'on' THEN
        NEW.search_tsv = NULL;
    ELSE
        NEW.search_tsv = jobs_search_vector(NEW.title, NEW.description);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER jobs_search_tsv BEFORE INSERT OR UPDATE OF title, description ON jobs
    FOR EACH ROW EXECUTE FUNCTION jobs_search_tsv_trigger();
"""
PG_TSV_DROP = """
DROP TRIGGER IF EXISTS jobs_search_tsv ON jobs;
DROP FUNCTION IF EXISTS jobs_search_tsv_trigger();
ALTER TABLE jobs DROP COLUMN IF EXISTS search_tsv;
DROP FUNCTION IF EXISTS jobs_search_vector(text, text);
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
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, target in INDEXES.items():
        include = f" INCLUDE {PG_INCLUDE[name]}" if postgresql else ""
        op.execute(f"CREATE INDEX {name} ON {target}{include}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_jobs_search_tsv")
        op.execute(PG_TSV_DROP)
    else:
        for trigger in ("jobs_fts_ai", "jobs_fts_ad", "jobs_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS jobs_fts")
