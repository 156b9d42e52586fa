"""Full-text conditions over job title + description: tsvector/GIN on PostgreSQL, FTS5 on SQLite (migration 0003)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, bindparam, column, func, literal_column, select, table
from sqlalchemy.sql.elements import ColumnClause

from talentintel.services.queries.params import InvalidParameter

# Objects migration 0003 adds outside the SQLModel metadata: autogenerate and schema comparisons skip them.
UNMODELED_COLUMNS = frozenset({"search_tsv"})
# ix_jobs_title_tsv: migration 0010; ix_jobs_skills (GIN over string_to_array(skills_key, ',')): 0017, PostgreSQL only
UNMODELED_INDEXES = frozenset({"ix_jobs_search_tsv", "ix_jobs_title_tsv", "ix_jobs_skills"})
UNMODELED_TABLE_PREFIX = "jobs_fts"  # jobs_fts and FTS5's shadow tables jobs_fts_data, _idx, _docsize, _config


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic `include_name` hook: False for the full-text objects the models do not describe."""
    if type_ == "table":
        return not (name or "").startswith(UNMODELED_TABLE_PREFIX)
    if type_ == "column":
        return name not in UNMODELED_COLUMNS
    if type_ == "index":
        return name not in UNMODELED_INDEXES
    return True


_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16


def words(q: str) -> list[str]:
    found = _WORD.findall(q)[:MAX_WORDS]
    if not found:
        raise InvalidParameter("q", "needs at least one word to search for")
    return found


def job_match(
    q: str,
    dialect: str,
    id_column: ColumnClause[int] | ColumnElement[int],
    bind: Callable[[str, Any, Any], Any] | None = None,
) -> ColumnElement[bool]:
    """Jobs whose title or description contain every word of `q` (PostgreSQL also understands "quotes", OR, -not).

    No ranking: callers order the matches by date (keyset), so PostgreSQL can walk the date index and stop after a
    page for common words, or read the few GIN matches and sort them for rare ones. `bind(name, value, type)`
    makes the bind parameter (a unique one by default)."""
    bind = bind or (lambda name, value, type_: bindparam(name, value, type_=type_, unique=True))
    terms = words(q)
    if dialect == "postgresql":
        tsquery = func.websearch_to_tsquery(literal_column("'english'::regconfig"), bind("q", q, String()))
        return literal_column("jobs.search_tsv").op("@@")(tsquery)  # type: ignore[no-any-return]
    # FTS5: each word quoted, so user input can never be FTS5 syntax; juxtaposition means AND.
    fts_query = " ".join('"' + t.replace('"', "") + '"' for t in terms)
    fts = table("jobs_fts", column("rowid", Integer))
    matches = select(fts.c.rowid).where(literal_column("jobs_fts").op("MATCH")(bind("fts_q", fts_query, String())))
    return id_column.in_(matches)
