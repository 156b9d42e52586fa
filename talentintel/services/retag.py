"""Retagging: when TAGGER_VERSION changes, or what we know about a company does (company_knowledge.refresh marks
its jobs stale), the jobs are tagged again, in batches, idempotently, with that company knowledge."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from talentintel.models import Company, Job, countries_key, region_mask
from talentintel.services import company_knowledge
from talentintel.services.ingest.write_jobs import tag_locations
from talentintel.tagging import TAGGER_VERSION, tag_posting
from talentintel.tagging.job_fields import job_field_values
from talentintel.types import utcnow


def stale_filter():  # type: ignore[no-untyped-def]
    return or_(col(Job.tagger_version).is_(None), col(Job.tagger_version) != TAGGER_VERSION)


def count_stale(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Job).where(stale_filter())).one())


def retag_batch(session: Session, *, batch_size: int = 500) -> int:
    """Retag up to `batch_size` stale jobs; returns how many. Running it again when none are stale does nothing."""
    rows = session.exec(
        select(Job, Company.name)
        .join(Company, col(Company.id) == col(Job.company_id), isouter=True)
        .where(stale_filter())
        .order_by(col(Job.id))
        .limit(batch_size)
    ).all()
    now = utcnow()
    known = company_knowledge.contexts(session, {job.company_id for job, _ in rows if job.company_id is not None})
    for job, company_name in rows:
        context = None
        if job.company_id in known:
            own = (job.sector_evidence or {}).get("text_class") or job.sector_class
            context = company_knowledge.without_posting(known[job.company_id][1], own)
        result = tag_posting(
            title=job.title,
            description=job.description,
            company=company_name,
            locations=tag_locations(job.locations, job.place_countries),
            department=job.department,
            context=context,
        )
        job.sector = list(result.sector)
        job.sector_class = result.sector_class
        job.sector_confidence = dict(result.confidence)
        job.sector_evidence = dict(result.evidence)
        job.regions = list(result.regions)
        job.region_mask = region_mask(result.regions)
        job.countries = list(result.countries)
        job.countries_key = countries_key(result.countries)
        job.remote = job.remote or result.remote
        for name, value in job_field_values(job.model_dump()).items():
            setattr(job, name, value)
        job.tagger_version = TAGGER_VERSION
        job.updated_at = now
        session.add(job)
    session.flush()
    return len(rows)
