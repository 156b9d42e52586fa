"""Job ingestion: a source's fetch upserted with change tracking and cross-source dedupe (see upsert.py).

Split by job: keys.py (identity keys, content hash), items.py (what goes in and comes out), bulk.py (set-based
writes, one path per database), classify.py, write_jobs.py, write_sightings.py (the steps), upsert.py (the order).
"""

from talentintel.services.ingest.items import IngestResult, Posting
from talentintel.services.ingest.keys import apply_key, dedupe_key
from talentintel.services.ingest.upsert import upsert
from talentintel.slugs import company_slug

__all__ = ["IngestResult", "Posting", "apply_key", "company_slug", "dedupe_key", "upsert"]
