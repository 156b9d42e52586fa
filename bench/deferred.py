"""The deferred tag/search step, kept for benchmarks only (nothing in the service defers derived data).

`defer_search(session)`: migration 0003's trigger leaves search_tsv NULL for the rest of the transaction, and
`finish(session, ids)` then computes tags and search vectors of `ids` in one set-based UPDATE. bench_scrape.py uses
both to measure what inline tagging and indexing cost against the rest of an upsert.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text
from sqlmodel import Session

from talentintel.services.ingest import bulk
from talentintel.services.ingest.write_jobs import tag_values
from talentintel.services.queries.tables import COMPANIES, JOBS

TAG_COLUMNS = (
    "sector",
    "sector_class",
    "sector_confidence",
    "sector_evidence",
    "regions",
    "region_mask",
    "countries",
    "countries_key",
    "remote",
    "tagger_version",
)


def defer_search(session: Session, on: bool = True) -> None:
    session.execute(text("SELECT set_config('talentintel.defer_search', :v, true)"), {"v": "on" if on else "off"})


def finish(session: Session, ids: Sequence[int], *, tag: bool = True, search: bool = True) -> int:
    """Tags (computed here, staged by COPY) and search vectors of jobs `ids`, written in one row version."""
    ids = sorted(set(ids))
    if not ids or not (tag or search):
        return 0
    conn = session.connection()
    if not tag:
        return (
            conn.execute(
                text("UPDATE jobs SET search_tsv = jobs_search_vector(title, description) WHERE id = ANY(:ids)"),
                {"ids": ids},
            ).rowcount
            or 0
        )
    found: list[Any] = []
    for cond in bulk.one_of(conn, JOBS.c.id, ids):
        found.extend(
            conn.execute(
                select(
                    JOBS.c.id,
                    JOBS.c.title,
                    JOBS.c.description,
                    COMPANIES.c.name,
                    JOBS.c.locations,
                    JOBS.c.department,
                    JOBS.c.remote,
                )
                .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
                .where(cond)
            ).tuples()
        )
    if not found:
        return 0
    rows: list[dict[str, Any]] = [
        {
            "id": job_id,
            **{
                c: v
                for c, v in tag_values(title, description, company, locations or [], department, remote).items()
                if c in TAG_COLUMNS
            },
        }
        for job_id, title, description, company, locations, department, remote in found
    ]
    bulk.update_rows(conn, JOBS, rows)
    if search:
        conn.execute(
            text("UPDATE jobs SET search_tsv = jobs_search_vector(title, description) WHERE id = ANY(:ids)"),
            {"ids": ids},
        )
    return len(rows)
