"""Build a Digest for one subscription and one window: reads only, via the same filters as /v1/jobs.

Windows are contiguous (each starts where the last sent one ended), so an item appears in one digest only:
jobs by first_seen_at (new to us, whatever their posted date), closed jobs by closed_at, rounds by created_at.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_
from sqlmodel import Session, col, select

from talentintel import web_links
from talentintel.digest import filters as digest_filters
from talentintel.digest.content import CountRow, Digest, JobItem, RoundItem, Section
from talentintel.errors import InvalidParameter
from talentintel.models import REGIONS, Company, FundingRound, Investor, Job, RoundInvestor, SavedSearch, Subscription

TOP_N = 10
DEFAULT_SORT = "-first_seen"  # new jobs, newest to talentintel first: the /v1/jobs sort of the default order


def searches(
    session: Session, sub: Subscription
) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, dict[str, Any]]]]:
    """(job searches, funding searches) as (name, filters); inline filters first, then saved searches by id."""
    jobs: list[tuple[str, dict[str, Any]]] = []
    rounds: list[tuple[str, dict[str, Any]]] = []
    if sub.filters or not (sub.saved_search_ids or sub.funding_filters):
        jobs.append(("", dict(sub.filters)))
    if sub.funding_filters:
        rounds.append(("", dict(sub.funding_filters)))
    if sub.saved_search_ids:
        saved = session.exec(select(SavedSearch).where(col(SavedSearch.id).in_(sub.saved_search_ids))).all()
        by_id = {s.id: s for s in saved}
        for sid in sub.saved_search_ids:  # the subscriber's order; deleted searches are simply gone
            s = by_id.get(sid)
            if s is not None:
                (rounds if s.kind == "funding" else jobs).append((s.name, dict(s.filters)))
    if not rounds:
        # Funding news for what the job searches watch: their sector / region / investor filters, where both speak them.
        rounds = [(name, digest_filters.funding_from_job_filters(f)) for name, f in jobs]
    return jobs, rounds


def job_sort(session: Session, sub: Subscription, job_searches: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The order the subscriber asked for: the subscription's sort, else the sort of the one saved job search it
    follows; None for the digest's default (newest to talentintel first)."""
    if sub.sort:
        return sub.sort
    if len(job_searches) != 1 or sub.filters or not sub.saved_search_ids:
        return None
    query = select(SavedSearch.sort).where(col(SavedSearch.id).in_(sub.saved_search_ids), SavedSearch.kind == "jobs")
    sorts = session.exec(query).all()
    return sorts[0] if len(sorts) == 1 else None


def _order(job_searches: list[tuple[str, dict[str, Any]]], sort: str | None, dialect: str) -> tuple[Any, ...] | None:
    if not sort or not job_searches:
        return None
    try:  # relevance ranks by the first search's q (the inline filters, where the subscription's sort was checked)
        return digest_filters.job_order(job_searches[0][1], sort, dialect)
    except InvalidParameter:  # a saved search lost its q since: the default order rather than no digest
        return None


def _any(conditions: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    return or_(*conditions) if conditions else false()


def assemble(session: Session, sub: Subscription, *, period_key: str, start: datetime, end: datetime) -> Digest:
    job_searches, round_searches = searches(session, sub)
    dialect = session.get_bind().dialect.name
    opened_where = _any([digest_filters.job_where(f, dialect) for _, f in job_searches])
    closed_where = _any([digest_filters.job_where(f, dialect, status="all") for _, f in job_searches])
    rounds_where = _any([digest_filters.round_where(f, dialect) for _, f in round_searches])
    previous_start = start - (end - start)
    sort = job_sort(session, sub, job_searches)
    order = _order(job_searches, sort, dialect)

    opened = _job_section(session, opened_where, col(Job.first_seen_at), start, end, order)
    closed = _job_section(session, closed_where, col(Job.closed_at), start, end, order)
    if len(job_searches) == 1:
        # The same filters, window (first seen in [start, end)) and order as the section, so the link opens
        # exactly the jobs the digest says are new, those it showed first at the top.
        window = {"first_seen_after": start.isoformat(), "first_seen_before": end.isoformat()}
        link_sort = sort if order is not None else DEFAULT_SORT
        opened.more_url = web_links.search("jobs", {**job_searches[0][1], **window, "sort": link_sort})
    rounds = _round_section(session, rounds_where, start, end)
    if len(round_searches) == 1:
        rounds.more_url = web_links.search("funding-rounds", round_searches[0][1])
    sectors, regions = _counts(session, opened_where, start, end, previous_start)
    return Digest(
        email=sub.email,
        cadence=sub.cadence,
        period_key=period_key,
        window_start=start,
        window_end=end,
        timezone=sub.timezone,
        watching=[digest_filters.describe(name, f, "jobs") for name, f in job_searches]
        + [digest_filters.describe(name, f, "funding") for name, f in round_searches if name or sub.funding_filters],
        jobs_opened=opened,
        jobs_closed=closed,
        rounds=rounds,
        sectors=sectors,
        regions=regions,
    )


def _clean_url(url: str | None) -> str | None:
    # Sources sometimes pad URLs with spaces; a padded href breaks in some mail clients.
    url = (url or "").strip()
    return url if url.startswith(("http://", "https://")) else None


def _job_section(
    session: Session, where: ColumnElement[bool], when: Any, start: datetime, end: datetime, order: Any = None
) -> Section:
    in_window = [where, when >= start, when < end]
    total = session.exec(select(func.count()).select_from(Job).where(*in_window)).one()
    if not total:
        return Section()
    query = (
        select(Job, Company.name)
        .join(Company, col(Company.id) == col(Job.company_id), isouter=True)
        .where(*in_window)
        .order_by(*(order or (when.desc(), col(Job.id).desc())))
        .limit(TOP_N)
    )
    items = [
        JobItem(
            id=job.id or 0,
            title=job.title,
            company=company,
            url=_clean_url(job.url or job.apply_url),
            page_url=web_links.page("job", job.id or 0),
            locations=list(job.locations),
            remote=job.remote,
            sector_class=job.sector_class,
            when=job.closed_at if job.status == "closed" and job.closed_at else (job.posted_at or job.first_seen_at),
        )
        for job, company in session.exec(query)
    ]
    return Section(total=int(total), items=items)


def _round_section(session: Session, where: ColumnElement[bool], start: datetime, end: datetime) -> Section:
    in_window = [where, col(FundingRound.created_at) >= start, col(FundingRound.created_at) < end]
    total = session.exec(select(func.count()).select_from(FundingRound).where(*in_window)).one()
    if not total:
        return Section()
    query = (
        select(FundingRound, Company.name)
        .join(Company, col(Company.id) == col(FundingRound.company_id), isouter=True)
        .where(*in_window)
        # The biggest news first: amount, then the most recent announcement.
        .order_by(
            col(FundingRound.amount_usd).desc().nulls_last(),
            col(FundingRound.announced_on).desc(),
            col(FundingRound.id).desc(),
        )
        .limit(TOP_N)
    )
    rows = list(session.exec(query))
    investors = _investors(session, [r.id for r, _ in rows if r.id is not None])
    items = [
        RoundItem(
            id=r.id or 0,
            company=company,
            round_type=r.round_type,
            amount_usd=r.amount_usd,
            announced_on=r.announced_on,
            url=_clean_url(r.url),
            title=r.title,
            investors=investors.get(r.id or 0, []),
        )
        for r, company in rows
    ]
    return Section(total=int(total), items=items)


def _investors(session: Session, round_ids: list[int]) -> dict[int, list[str]]:
    if not round_ids:
        return {}
    query = (
        select(RoundInvestor.round_id, Investor.name)
        .join(Investor, col(Investor.id) == col(RoundInvestor.investor_id))
        .where(col(RoundInvestor.round_id).in_(round_ids))
        .order_by(col(RoundInvestor.is_lead).desc(), col(Investor.name))
    )
    out: dict[int, list[str]] = {}
    for round_id, name in session.exec(query):
        out.setdefault(round_id, []).append(name)
    return out


def _counts(
    session: Session, where: ColumnElement[bool], start: datetime, end: datetime, previous_start: datetime
) -> tuple[list[CountRow], list[CountRow]]:
    """New jobs by sector and by region, this window against the one before (one grouped query each)."""

    def grouped(lo: datetime, hi: datetime) -> tuple[Counter[str], Counter[str]]:
        query = (
            select(Job.sector_class, Job.region_mask, func.count())
            .where(where, col(Job.first_seen_at) >= lo, col(Job.first_seen_at) < hi)
            .group_by(col(Job.sector_class), col(Job.region_mask))
        )
        sectors: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        for sector, mask, n in session.exec(query):
            sectors[sector] += n
            for bit, region in enumerate(REGIONS):
                if mask & (1 << bit):
                    regions[region] += n
        return sectors, regions

    now_s, now_r = grouped(start, end)
    prev_s, prev_r = grouped(previous_start, start)

    def rows(cur: Counter[str], prev: Counter[str]) -> list[CountRow]:
        labels = sorted(set(cur) | set(prev), key=lambda k: (-cur[k], -prev[k], k))
        return [CountRow(label, cur[label], prev[label]) for label in labels]

    return rows(now_s, prev_s), rows(now_r, prev_r)
