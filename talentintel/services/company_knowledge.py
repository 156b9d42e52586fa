"""Company knowledge from our own data, for the tagger: a company's description and domain, the funds that back it
(portfolio boards, round investors, the fund boards its postings were listed on), its funding rounds and its other
postings. `contexts()` gathers them; `refresh()` stores what the tagger concludes on the company
(`sector_evidence["knowledge"]`) and, when that changes, marks the company's postings for retagging (the hourly
retag task, or `talentintel retag`, tags them again with the new knowledge).

A posting's own class is counted by the class its text earned without any company prior
(`sector_evidence["text_class"]`), so the knowledge never feeds on itself.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from talentintel.models import Company, CompanyInvestor, FundingRound, Investor, Job, JobSighting, RoundInvestor, Source
from talentintel.tagging import TAGGER_VERSION
from talentintel.tagging.company import CompanyContext, company_knowledge, fingerprint
from talentintel.types import utcnow

# A job tagged by the current tagger whose company knowledge changed since: still tagged (the value is not NULL,
# which means "never tagged" to ingest), but not the current version, so the retag task picks it up.
STALE_KNOWLEDGE = f"{TAGGER_VERSION}~company"

# How many names of funds and boards one context carries (a company on fifty boards is no more crypto for it).
MAX_BACKERS = 20


def _ids_filter(query: Any, column: Any, ids: list[int] | None) -> Any:
    return query if ids is None else query.where(col(column).in_(ids))


def _posting_classes(session: Session, ids: list[int] | None) -> dict[int, Counter[str]]:
    text_class = func.coalesce(Job.sector_evidence["text_class"].as_string(), Job.sector_class)  # type: ignore[index]
    query = select(Job.company_id, text_class, func.count()).where(col(Job.company_id).is_not(None))
    query = _ids_filter(query, Job.company_id, ids).group_by(col(Job.company_id), text_class)
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for company_id, cls, n in session.exec(query):
        out[int(company_id)][str(cls or "none")] += int(n)
    return out


def _round_classes(session: Session, ids: list[int] | None) -> dict[int, Counter[str]]:
    query = select(FundingRound.company_id, FundingRound.sector_class, func.count())
    query = _ids_filter(query.where(col(FundingRound.company_id).is_not(None)), FundingRound.company_id, ids)
    query = query.group_by(col(FundingRound.company_id), col(FundingRound.sector_class))
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for company_id, cls, n in session.exec(query):
        out[int(company_id)][str(cls)] += int(n)
    return out


def _backers(session: Session, ids: list[int] | None) -> dict[int, list[str]]:
    """Investor names from portfolio membership and round investors, then the fund boards postings were listed on."""
    out: dict[int, list[str]] = defaultdict(list)
    portfolio = select(CompanyInvestor.company_id, Investor.name).join(
        Investor, col(Investor.id) == col(CompanyInvestor.investor_id)
    )
    rounds = (
        select(FundingRound.company_id, Investor.name)
        .join(RoundInvestor, col(RoundInvestor.round_id) == col(FundingRound.id))
        .join(Investor, col(Investor.id) == col(RoundInvestor.investor_id))
        .where(col(FundingRound.company_id).is_not(None))
    )
    boards = (
        select(Job.company_id, Source.investor)
        .join(JobSighting, col(JobSighting.job_id) == col(Job.id))
        .join(Source, col(Source.id) == col(JobSighting.source_id))
        .where(col(Source.investor).is_not(None), col(Job.company_id).is_not(None))
        .distinct()
    )
    for query, column in ((portfolio, CompanyInvestor.company_id), (rounds, FundingRound.company_id)):
        for company_id, name in session.exec(_ids_filter(query, column, ids)):
            _append(out[int(company_id)], name)
    for company_id, name in session.exec(_ids_filter(boards, Job.company_id, ids)):
        _append(out[int(company_id)], name)
    return out


def _append(names: list[str], name: str | None) -> None:
    if name and name not in names and len(names) < MAX_BACKERS:
        names.append(name)


def contexts(session: Session, company_ids: Iterable[int] | None = None) -> dict[int, tuple[str, CompanyContext]]:
    """company id -> (its name, what our data says about it)."""
    ids = None if company_ids is None else sorted(set(company_ids))
    if ids == []:
        return {}
    postings = _posting_classes(session, ids)
    rounds = _round_classes(session, ids)
    backers = _backers(session, ids)
    query = _ids_filter(select(Company.id, Company.name, Company.domain, Company.description), Company.id, ids)
    out: dict[int, tuple[str, CompanyContext]] = {}
    for company_id, name, domain, description in session.exec(query):
        cid = int(company_id or 0)
        out[cid] = (
            name,
            CompanyContext(
                description=description or "",
                domain=domain or "",
                investors=tuple(backers.get(cid, ())),
                postings=dict(postings.get(cid, Counter())),
                rounds=dict(rounds.get(cid, Counter())),
            ),
        )
    return out


def without_posting(ctx: CompanyContext, text_class: str | None) -> CompanyContext:
    """The context for tagging one of the company's postings: its other postings only, and only when its own words
    earn no sector. Other postings fill a gap ("Accountant" at a crypto company); they do not add a sector to a posting
    that names its own: in the dev set, two AI roles among OKX's three other postings made its crypto roles `both`
    (the offline twin, tagging/siblings.py, gates the same way)."""
    if text_class and text_class != "none" and ctx.postings:
        return replace(ctx, postings={})
    if not text_class or not ctx.postings.get(text_class):
        return ctx
    postings = dict(ctx.postings)
    postings[text_class] -= 1
    return replace(ctx, postings=postings)


def refresh(session: Session, company_ids: Iterable[int] | None = None) -> int:
    """Recompute what is known about the companies; where it changed, store it and mark their postings stale.

    Returns how many companies changed. Running it again with nothing new changes nothing.
    """
    changed = 0
    found = contexts(session, company_ids)
    query = _ids_filter(select(Company.id, Company.sector_evidence), Company.id, sorted(found))
    stored = {cid: evidence for cid, evidence in session.exec(query)}  # (a Result has .keys(): no dict(result))
    for company_id, (name, ctx) in found.items():
        knowledge = company_knowledge(name, ctx)
        stamp = fingerprint(knowledge)
        # Never refreshed: its postings were tagged knowing the company by name only.
        before = (stored.get(company_id) or {}).get("knowledge_fp")
        if before is None:
            before = fingerprint(company_knowledge(name))
        if (stored.get(company_id) or {}).get("knowledge_fp") == stamp:
            continue
        company = session.get(Company, company_id)
        if company is None:
            continue
        evidence: dict[str, Any] = dict(company.sector_evidence or {})
        evidence["knowledge"] = knowledge.summary()
        evidence["knowledge_fp"] = stamp
        company.sector_evidence = evidence
        company.updated_at = utcnow()
        session.add(company)
        if before != stamp:
            session.execute(
                update(Job)
                .where(col(Job.company_id) == company_id, col(Job.tagger_version) == TAGGER_VERSION)
                .values(tagger_version=STALE_KNOWLEDGE)
            )
        changed += 1
    session.flush()
    return changed


def stored_knowledge(evidence: Mapping[str, Any] | None) -> list[str]:
    """The knowledge lines `refresh` stored on a company."""
    return list((evidence or {}).get("knowledge") or [])
