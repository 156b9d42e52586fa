"""`talentintel repair`: undo what the identity rules before migration 0009 got wrong. Idempotent; never commits.

1. A job holding sightings of one source under different external ids (two postings of one board merged, e.g. a
   career site whose apply URLs differ only in ?gh_jid=) is split: the sighting whose content the job row holds (else
   the oldest) keeps the job, each other one gets its own job (a copy, with the sighting's URL, open while it is
   listed), marked match_rule = "split". Its content hash is cleared and its source's fetch validators too, so the
   source's next run rewrites the new job with its own posting.
2. Apply keys stored without their query (the old rule) are recomputed with the identifying query kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.services.ingest import bulk
from talentintel.services.ingest.keys import apply_key
from talentintel.services.queries.tables import JOBS, SIGHTINGS, SOURCES


@dataclass
class RepairReport:
    merged_jobs: int = 0  # jobs that held two postings of one source
    jobs_created: int = 0  # one per sighting moved off them
    sources_refetch: int = 0  # sources whose next run fetches again (validators cleared)
    apply_keys: int = 0  # apply keys recomputed

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def repair(session: Session) -> RepairReport:
    conn = session.connection()
    report = RepairReport()
    _split_merged(conn, report)
    _rekey_apply_urls(conn, report)
    return report


def _merged_sightings(conn: Connection) -> dict[int, list[Any]]:
    """job id -> its sightings (oldest first), for jobs with two sightings of one source."""
    dup = (
        select(SIGHTINGS.c.job_id)
        .group_by(SIGHTINGS.c.job_id, SIGHTINGS.c.source_id)
        .having(func.count(func.distinct(SIGHTINGS.c.external_id)) > 1)
    )
    out: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(select(SIGHTINGS).where(SIGHTINGS.c.job_id.in_(dup)).order_by(SIGHTINGS.c.id)):
        out[row.job_id].append(row)
    return out


def _movers(sightings: list[Any], job_hash: str | None) -> list[Any]:
    """The sightings that leave the job: all but one per source (the one whose content the job holds, else oldest)."""
    by_source: dict[int, list[Any]] = defaultdict(list)
    for s in sightings:
        by_source[s.source_id].append(s)
    movers: list[Any] = []
    for group in by_source.values():
        keeper = next((s for s in group if job_hash and s.content_hash == job_hash), group[0])
        movers.extend(s for s in group if s.id != keeper.id)
    return movers


def _split_merged(conn: Connection, report: RepairReport) -> None:
    merged = _merged_sightings(conn)
    if not merged:
        return
    jobs = {row.id: row._asdict() for row in conn.execute(select(JOBS).where(JOBS.c.id.in_(list(merged))))}
    moves: list[tuple[Any, dict[str, Any]]] = []
    for job_id, sightings in merged.items():
        job = jobs[job_id]
        for s in _movers(sightings, job["content_hash"]):
            moves.append((s, _copy_for(job, s)))
    new_ids = bulk.insert_returning_ids(conn, JOBS, [row for _, row in moves])
    for (s, _), new_id in zip(moves, new_ids, strict=True):
        conn.execute(
            update(SIGHTINGS).where(SIGHTINGS.c.id == s.id).values(job_id=new_id, content_hash=None, match_rule="split")
        )
    sources = sorted({s.source_id for s, _ in moves})
    bulk.update_in(conn, SOURCES, sources, {"etag": None, "last_modified": None, "content_hash": None})
    report.merged_jobs, report.jobs_created, report.sources_refetch = len(merged), len(new_ids), len(sources)


def _copy_for(job: dict[str, Any], sighting: Any) -> dict[str, Any]:
    row = {k: v for k, v in job.items() if k not in ("id", "search_tsv")}
    row.update(
        url=sighting.url,
        apply_url=sighting.url,
        apply_key=apply_key(sighting.url),
        ats_key=None,
        content_hash=None,
        first_seen_at=sighting.first_seen_at,
        last_seen_at=sighting.last_seen_at,
        status="open" if sighting.active else "closed",
        closed_at=None if sighting.active else sighting.last_seen_at,
    )
    return row


def _rekey_apply_urls(conn: Connection, report: RepairReport) -> None:
    rows = conn.execute(select(JOBS.c.id, JOBS.c.apply_url, JOBS.c.apply_key).where(JOBS.c.apply_url.like("%?%")))
    changed = [{"id": job_id, "apply_key": key} for job_id, url, old in rows if (key := apply_key(url)) != old]
    bulk.update_rows(conn, JOBS, changed)
    report.apply_keys = len(changed)
