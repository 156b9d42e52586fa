"""Per-run data quality of one source: how full its postings are, and what was merged, partial or skipped.

Recorded on the scrape run (scrape_runs.quality) and served by GET /v1/sources/{name}; a fill rate falling between
runs is the first sign of a board whose format changed under its parser.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from talentintel.services.ingest import bulk
from talentintel.services.ingest.items import IngestResult, Item
from talentintel.services.queries.tables import JOBS

FIELDS = ("description", "location", "country", "salary", "posted_at", "apply_url")


def _filled(item: Item, with_country: set[int], job_of: dict[str, int]) -> dict[str, bool]:
    p = item.posting
    return {
        "description": bool((p.description or "").strip()),
        "location": bool(p.locations),
        "country": bool(item.countries) or job_of.get(item.external_id) in with_country,
        "salary": p.salary_min is not None or p.salary_max is not None,
        "posted_at": p.posted_at is not None,
        "apply_url": item.apply_url is not None,
    }


def measure(conn: Connection, items: list[Item], job_of: dict[str, int], result: IngestResult) -> dict[str, Any]:
    """`job_of`: external id -> job id of the postings of this fetch. Country counts a structured country or one the
    tagger found in the job's locations."""
    unique = list({i.external_id: i for i in reversed(items)}.values())
    job_ids = sorted(set(job_of.values()))
    with_country = {j for (j,) in bulk.select_in(conn, (JOBS.c.id,), JOBS.c.id, job_ids, JOBS.c.countries_key != "")}
    counts = dict.fromkeys(FIELDS, 0)
    for item in unique:
        for name, ok in _filled(item, with_country, job_of).items():
            counts[name] += ok
    n = len(unique)
    return {
        "postings": n,
        "fill_rates": {name: round(counts[name] / n, 3) if n else None for name in FIELDS},
        "merged": result.linked,
        "partial": result.partial,
        "failed": result.failed,
        "skipped": dict(sorted(result.skipped.items())),
        "shrink_held": result.shrink_held,
    }
