"""issue 19: full text that keeps technical words whole; seniority, skills, pay in USD and visa sponsorship on jobs

Search: the English stemmer turned "solidity" into "solid" (q=solidity found Android jobs and no Solidity job) and
the parsers split C++, C#, .NET and Node.js. The index now holds words as written (PostgreSQL `simple`
configuration; SQLite FTS5 unicode61 without porter) after the technical words are rewritten to one token
(talentintel.services.queries.search_query.TECH_TOKENS; copied here, as a migration must not change later). SQLite's
FTS table keeps its own copy of the rewritten text (an external-content table would be rebuilt from the raw columns).

Fields: seniority, skills_key (",rust,solidity,": the skill ids, for LIKE filters as countries_key), salary_usd_min/max
(annual USD) and visa_sponsorship, filled by the tagger; existing rows are backfilled by the retag job
(TAGGER_VERSION changed with them).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TECH_TOKENS = (
    ("c++", " cplusplus "),
    ("c#", " csharp "),
    ("f#", " fsharp "),
    (" .net", "  dotnet "),
    ("\n.net", "\n dotnet "),
    ("\t.net", "\t dotnet "),
    ("/.net", "/ dotnet "),
    ("(.net", "( dotnet "),
    ("[.net", "[ dotnet "),
    (",.net", ", dotnet "),
    ("&.net", "& dotnet "),
    ("+.net", "+ dotnet "),
    ("-.net", "- dotnet "),
    ("asp.net", "asp dotnet "),
    ("ado.net", "ado dotnet "),
    ("vb.net", "vb dotnet "),
    ("node.js", " nodejs "),
    ("next.js", " nextjs "),
    ("vue.js", " vuejs "),
    ("react.js", " reactjs "),
    ("nest.js", " nestjs "),
    ("web3.js", " web3js "),
    ("ethers.js", " ethersjs "),
    ("three.js", " threejs "),
)
COLUMNS = (
    ("seniority", sqlmodel.sql.sqltypes.AutoString(length=20)),
    ("skills_key", sqlmodel.sql.sqltypes.AutoString(length=2000)),
    ("salary_usd_min", sa.Float()),
    ("salary_usd_max", sa.Float()),
    ("visa_sponsorship", sa.Boolean()),
)


def _rewritten(expr: str) -> str:
    """`expr` lower-cased, with a space in front and the technical words rewritten, as nested SQL replace() calls."""
    out = f"(' ' || lower({expr}))"
    for needle, token in TECH_TOKENS:
        out = f"replace({out}, '{needle}', '{token}')"
    return out


PG_VECTOR = f"""
CREATE OR REPLACE FUNCTION jobs_search_vector(title text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', {_rewritten("coalesce(title, '')")}), 'A') ||
           setweight(to_tsvector('simple', {_rewritten("left(coalesce(description, ''), 10000)")}), 'B')
$$;
"""
PG_VECTOR_0003 = """
CREATE OR REPLACE FUNCTION jobs_search_vector(title text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
           setweight(to_tsvector('english', left(coalesce(description, ''), 10000)), 'B')
$$;
"""
# Relevance ranks title matches first (services.queries.jobs.title_match): the title's own vector, indexed, so the
# planner finds rare title words in the index and walks the date index for common ones (no ts_rank over every
# match: that cost 100-150 ms for a word in 6% of 200,000 jobs).
PG_TITLE = f"""
CREATE OR REPLACE FUNCTION jobs_title_vector(title text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple', {_rewritten("coalesce(title, '')")})
$$;
CREATE INDEX IF NOT EXISTS ix_jobs_title_tsv ON jobs USING gin (jobs_title_vector(title));
"""
PG_TITLE_DROP = """
DROP INDEX IF EXISTS ix_jobs_title_tsv;
DROP FUNCTION IF EXISTS jobs_title_vector(text);
"""
PG_REINDEX = "UPDATE jobs SET search_tsv = jobs_search_vector(title, description) WHERE search_tsv IS NOT NULL"

_NEW = f"{_rewritten('new.title')}, {_rewritten('new.description')}"
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE jobs_fts USING fts5(title, description, tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER jobs_fts_ai AFTER INSERT ON jobs BEGIN
        INSERT INTO jobs_fts(rowid, title, description) VALUES (new.id, {_NEW});
    END""",
    """CREATE TRIGGER jobs_fts_ad AFTER DELETE ON jobs BEGIN
        DELETE FROM jobs_fts WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER jobs_fts_au AFTER UPDATE OF title, description ON jobs BEGIN
        DELETE FROM jobs_fts WHERE rowid = old.id;
        INSERT INTO jobs_fts(rowid, title, description) VALUES (new.id, {_NEW});
    END""",
    f"INSERT INTO jobs_fts(rowid, title, description) SELECT id, {_rewritten('title')}, {_rewritten('description')} "
    "FROM jobs",
]
SQLITE_FTS_0003 = [
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


def _drop_sqlite_fts() -> None:
    for trigger in ("jobs_fts_ai", "jobs_fts_ad", "jobs_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS jobs_fts")


def _existing_columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("jobs")}


def upgrade() -> None:
    existing = _existing_columns()
    for name, type_ in COLUMNS:
        if name not in existing:
            op.add_column("jobs", sa.Column(name, type_, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_VECTOR)
        op.execute(PG_REINDEX)
        op.execute(PG_TITLE)
    else:
        _drop_sqlite_fts()
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_TITLE_DROP)
        op.execute(PG_VECTOR_0003)
        op.execute(PG_REINDEX)
    else:
        _drop_sqlite_fts()
        for statement in SQLITE_FTS_0003:
            op.execute(statement)
    existing = _existing_columns()
    for name, _type in reversed(COLUMNS):
        if name in existing:
            # SQLite 3.35+ drops a column in place; alembic's batch mode would copy the table and lose its triggers.
            op.execute(f"ALTER TABLE jobs DROP COLUMN {name}")
