"""Step 1 of an upsert: sort one fetch's postings into unchanged, changed, joining a known job, or new.

Identity: within one source the posting's external id is the job (two ids of one source are never one job, and a
job this source already lists is never joined by another of its ids). Across sources a posting joins a job only of
the same company, by the first rule that finds one: the same ATS id, the same apply URL (identifying query kept),
or the same normalized title and first location. The rule is stored on the sighting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from talentintel.services.ingest import bulk
from talentintel.services.ingest.items import IngestResult, Item, skip
from talentintel.services.queries.tables import JOBS, SIGHTINGS

RULES = {"ats_id": "ats_key", "apply_url": "apply_key", "title_location": "dedupe_key"}  # rule -> job column, in order
Candidates = dict[str, dict[str, list[tuple[int, int | None]]]]  # rule -> key -> [(job id, company id)], oldest first


@dataclass(slots=True)
class Sighted:
    sighting_id: int
    job_id: int
    hash: str | None
    partial: bool
    active: bool


@dataclass
class Plan:
    sighted: dict[str, Sighted]  # external id -> this source's sighting of it, before this fetch
    seen: set[str] = field(default_factory=set)  # external ids in this fetch
    unchanged: list[tuple[int, int]] = field(default_factory=list)  # (sighting id, job id)
    changed: list[tuple[Item, int, int]] = field(default_factory=list)  # (item, sighting id, job id)
    linked: list[tuple[Item, int, str]] = field(default_factory=list)  # (item, job of another source, rule)
    new_jobs: list[Item] = field(default_factory=list)

    @property
    def listed_before(self) -> int:
        return sum(1 for s in self.sighted.values() if s.active)


def source_sightings(conn: Connection, source_id: int) -> dict[str, Sighted]:
    rows = conn.execute(
        select(
            SIGHTINGS.c.external_id,
            SIGHTINGS.c.id,
            SIGHTINGS.c.job_id,
            SIGHTINGS.c.content_hash,
            SIGHTINGS.c.partial,
            SIGHTINGS.c.active,
        ).where(SIGHTINGS.c.source_id == source_id)
    ).tuples()
    return {ext: Sighted(*rest) for ext, *rest in rows}


def classify(
    conn: Connection, source_id: int, items: list[Item], company_ids: dict[str, int], result: IngestResult
) -> Plan:
    plan = Plan(source_sightings(conn, source_id))
    fresh: list[Item] = []
    for item in items:
        if item.external_id in plan.seen:
            skip(result, "duplicate id in one fetch (first copy kept)")
            continue
        plan.seen.add(item.external_id)
        hit = plan.sighted.get(item.external_id)
        if hit is None:
            fresh.append(item)
        elif hit.hash == item.hash or (item.partial and not hit.partial):
            # A posting whose detail failed this time keeps the complete copy stored before.
            plan.unchanged.append((hit.sighting_id, hit.job_id))
        else:
            plan.changed.append((item, hit.sighting_id, hit.job_id))
    _match(conn, plan, fresh, company_ids)
    return plan


def _match(conn: Connection, plan: Plan, fresh: list[Item], company_ids: dict[str, int]) -> None:
    """Postings new to this source: the same posting may already be a job of the same company through another."""
    claimed = {s.job_id for s in plan.sighted.values()}
    candidates = _candidates(
        conn, {rule: {getattr(i, column) for i in fresh if getattr(i, column)} for rule, column in RULES.items()}
    )
    for item in fresh:
        company_id = company_ids.get(item.slug) if item.slug else None
        found = _find(candidates, item, company_id, claimed) if company_id is not None else None
        if found is None:
            plan.new_jobs.append(item)
            continue
        claimed.add(found[0])  # one job per external id of this source
        plan.linked.append((item, *found))


def _find(candidates: Candidates, item: Item, company_id: int, claimed: set[int]) -> tuple[int, str] | None:
    for rule, column in RULES.items():
        key = getattr(item, column)
        for job_id, job_company in candidates[rule].get(key, []) if key else []:
            if job_company == company_id and job_id not in claimed:
                return job_id, rule
    return None


def _candidates(conn: Connection, keys: dict[str, set[str]]) -> Candidates:
    out: Candidates = {rule: {} for rule in RULES}
    for rule, column in RULES.items():
        col = JOBS.c[column]
        for key, job_id, company_id in sorted(
            bulk.select_in(conn, (col, JOBS.c.id, JOBS.c.company_id), col, sorted(keys[rule])), key=lambda r: r[1]
        ):
            out[rule].setdefault(key, []).append((job_id, company_id))
    return out
