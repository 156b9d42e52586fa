"""Step 1 of an upsert: sort one fetch's postings into unchanged, changed, joining a known job, or new."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from talentintel.services.ingest import bulk
from talentintel.services.ingest.items import Item
from talentintel.services.queries.tables import JOBS, SIGHTINGS

_MATCH_COLUMNS = ("ats_key", "apply_key", "dedupe_key")


@dataclass
class Sighted:
    sighting_id: int
    job_id: int
    hash: str | None


@dataclass
class Plan:
    sighted: dict[str, Sighted]  # external id -> this source's sighting of it, before this fetch
    seen: set[str] = field(default_factory=set)  # external ids in this fetch
    unchanged: list[tuple[int, int]] = field(default_factory=list)  # (sighting id, job id)
    changed: list[tuple[Item, int, int]] = field(default_factory=list)  # (item, sighting id, job id)
    linked: list[tuple[Item, int]] = field(default_factory=list)  # (item, job of another source)
    new_jobs: list[Item] = field(default_factory=list)
    twins: list[tuple[Item, int]] = field(default_factory=list)  # (item, index in new_jobs)


def source_sightings(conn: Connection, source_id: int) -> dict[str, Sighted]:
    rows = conn.execute(
        select(SIGHTINGS.c.id, SIGHTINGS.c.external_id, SIGHTINGS.c.job_id, SIGHTINGS.c.content_hash)
        .where(SIGHTINGS.c.source_id == source_id)
    ).tuples()
    return {ext: Sighted(sid, job_id, chash) for sid, ext, job_id, chash in rows}


def classify(conn: Connection, source_id: int, items: list[Item]) -> Plan:
    plan = Plan(source_sightings(conn, source_id))
    fresh: list[Item] = []
    for item in items:
        if item.external_id in plan.seen:
            continue
        plan.seen.add(item.external_id)
        hit = plan.sighted.get(item.external_id)
        if hit is None:
            fresh.append(item)
        elif hit.hash == item.hash:
            plan.unchanged.append((hit.sighting_id, hit.job_id))
        else:
            plan.changed.append((item, hit.sighting_id, hit.job_id))
    _match(conn, plan, fresh)
    return plan


def _match(conn: Connection, plan: Plan, fresh: list[Item]) -> None:
    """Postings new to this source: the same posting may already be a job through another source."""
    own_jobs = {s.job_id for s in plan.sighted.values()}
    matches = _match_existing(conn, {
        "ats_key": {i.ats_key for i in fresh if i.ats_key},
        "apply_key": {i.apply_key for i in fresh if i.apply_key},
        "dedupe_key": {i.dedupe_key for i in fresh},
    }, own_jobs)
    by_ats, by_apply, by_dedupe = matches["ats_key"], matches["apply_key"], matches["dedupe_key"]
    batch_keys: dict[str, int] = {}  # key -> index in new_jobs, for duplicates within this fetch
    for item in fresh:
        keys = [k for k in (f"a:{item.ats_key}" if item.ats_key else None, f"u:{item.apply_key}" if item.apply_key else None) if k]
        job_id = by_ats.get(item.ats_key or "") or by_apply.get(item.apply_key or "") or by_dedupe.get(item.dedupe_key)
        if job_id is not None:
            plan.linked.append((item, job_id))
            continue
        twin = next((batch_keys[k] for k in keys if k in batch_keys), None)
        if twin is not None:  # the board lists one posting twice under two ids
            plan.twins.append((item, twin))
            continue
        for k in keys:
            batch_keys[k] = len(plan.new_jobs)
        plan.new_jobs.append(item)


def _match_existing(conn: Connection, keys: dict[str, set[str]], exclude: set[int]) -> dict[str, dict[str, int]]:
    """column -> {key: the oldest job with that key}, for the ATS, apply-URL and company|title|location keys."""
    out: dict[str, dict[str, int]] = {c: {} for c in _MATCH_COLUMNS}
    rows: list[tuple[str, str, int]] = []
    for c in _MATCH_COLUMNS:
        column = JOBS.c[c]
        rows.extend((c, k, i) for k, i in bulk.select_in(conn, (column, JOBS.c.id), column, sorted(keys[c])))
    for c, key, job_id in sorted(rows, key=lambda r: r[2]):
        if job_id not in exclude and key not in out[c]:
            out[c][key] = job_id
    return out
