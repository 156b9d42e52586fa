"""A company's sector and regions, aggregated from its postings and funding rounds, with the counts as evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlmodel import Session, col, func, select

from talentintel.models import Company, FundingRound, Job
from talentintel.services import company_knowledge
from talentintel.types import utcnow

# A company is crypto (or AI) when at least this share of what it posts or raises is; one posting of many does not
# make a payments company a crypto company, but a steady stream does.
SECTOR_SHARE = 0.25
REGION_SHARE = 0.10


def _classes_by_company(
    session: Session, model: type[Job] | type[FundingRound], ids: list[int] | None
) -> dict[int, Counter[str]]:
    query = select(model.company_id, model.sector_class, func.count()).group_by(
        col(model.company_id), col(model.sector_class)
    )
    query = query.where(col(model.company_id).is_not(None))
    if ids is not None:
        query = query.where(col(model.company_id).in_(ids))
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for company_id, sector_class, n in session.exec(query):
        out[int(company_id or 0)][str(sector_class)] += int(n)
    return out


def _regions_by_company(session: Session, ids: list[int] | None) -> dict[int, Counter[str]]:
    query = select(Job.company_id, Job.regions).where(col(Job.company_id).is_not(None))
    if ids is not None:
        query = query.where(col(Job.company_id).in_(ids))
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for company_id, regions in session.exec(query):
        out[int(company_id)].update(regions or [])  # type: ignore[arg-type]
    return out


def sector_from_counts(jobs: Counter[str], rounds: Counter[str]) -> list[str]:
    sectors = []
    for sector in ("ai", "crypto"):
        for counts in (jobs, rounds):
            total = sum(counts.values())
            if total and (counts[sector] + counts["both"]) / total >= SECTOR_SHARE:
                sectors.append(sector)
                break
    return sorted(sectors)


def refresh(session: Session, company_ids: Iterable[int] | None = None) -> int:
    """Recompute sector, sector_class, evidence and regions of the given companies (all when None)."""
    ids = None if company_ids is None else sorted(set(company_ids))
    if ids == []:
        return 0
    jobs = _classes_by_company(session, Job, ids)
    rounds = _classes_by_company(session, FundingRound, ids)
    regions = _regions_by_company(session, ids)
    query = select(Company)
    if ids is not None:
        query = query.where(col(Company.id).in_(ids))
    changed = 0
    for company in session.exec(query):
        cid = int(company.id or 0)
        sector = sector_from_counts(jobs.get(cid, Counter()), rounds.get(cid, Counter()))
        job_total = sum(jobs.get(cid, Counter()).values())
        company_regions = sorted(
            r for r, n in regions.get(cid, Counter()).items() if job_total and n / job_total >= REGION_SHARE
        )
        evidence = {
            "jobs": dict(jobs.get(cid, Counter())),
            "funding_rounds": dict(rounds.get(cid, Counter())),
            # company_knowledge.refresh's keys are its own
            **{k: v for k, v in (company.sector_evidence or {}).items() if k in ("knowledge", "knowledge_fp")},
        }
        sector_class = "both" if len(sector) == 2 else (sector[0] if sector else "none")
        if (company.sector, company.sector_class, company.sector_evidence, company.regions) != (
            sector,
            sector_class,
            evidence,
            company_regions,
        ):
            company.sector, company.sector_class = sector, sector_class
            company.sector_evidence, company.regions = evidence, company_regions
            company.updated_at = utcnow()
            session.add(company)
            changed += 1
    session.flush()
    # What the tagger knows about these companies may have changed with their rounds and postings.
    company_knowledge.refresh(session, ids)
    return changed
