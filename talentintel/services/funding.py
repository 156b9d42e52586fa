"""Funding ingestion: companies, investors, rounds (deduplicated across sources) and portfolio membership.

Takes what the funding kinds of scrapers/ yield (talentintel.items.RoundItem and PortfolioItem); never
commits. One round = same company and round type, announced within `SAME_ROUND_DAYS` of each other or with
amounts within 10%; a second source reporting it adds itself to `sources` and fills what the first left empty.
Every write is counted (new / updated / unchanged) so a re-run of an unchanged source reports no changes, and the
aggregated sector of each company whose rounds changed is refreshed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Literal

from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import Session, col, select

from talentintel import events
from talentintel.funding import normalize_company, normalize_investor
from talentintel.items import FundItem, PortfolioItem, RoundItem
from talentintel.models import Company, CompanyInvestor, FundingRound, Investor, RoundInvestor, region_mask
from talentintel.services import company_sectors
from talentintel.services.funds import upsert_fund
from talentintel.services.reports import merge_report
from talentintel.slugs import company_slug
from talentintel.tagging import tag_text
from talentintel.types import utcnow

SAME_ROUND_DAYS = 45
Change = Literal["new", "updated", "unchanged"]
# A broken item (a value the database refuses, a key collision) is skipped, not the whole source.
ITEM_ERRORS = (ValueError, TypeError, IntegrityError, DataError)


@dataclass
class IngestCounts:
    rounds_new: int = 0
    rounds_updated: int = 0  # merged into a known round and added something (a source, a field, an investor)
    rounds_unchanged: int = 0
    members_new: int = 0
    members_updated: int = 0  # an earlier first-seen date
    members_unchanged: int = 0
    funds_new: int = 0
    funds_updated: int = 0
    funds_unchanged: int = 0
    others: int = 0  # announcements that were no round and no fund (an acquisition, a buyback): nothing stored
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    company_ids: set[int] = field(default_factory=set)  # companies whose rounds or memberships changed

    def fail(self, label: str, exc: Exception) -> None:
        """A broken item, skipped: counted as failed, its error kept (500 characters at most)."""
        self.failed += 1
        self.errors.append(f"{label}: {type(exc).__name__}: {exc}"[:500])

    def count(self, what: Literal["rounds", "members", "funds"], change: Change) -> None:
        name = f"{what}_{change}"  # rounds_new, members_unchanged, ...
        setattr(self, name, getattr(self, name) + 1)

    @property
    def new(self) -> int:
        return self.rounds_new + self.members_new + self.funds_new

    @property
    def updated(self) -> int:
        return self.rounds_updated + self.members_updated + self.funds_updated

    @property
    def unchanged(self) -> int:
        return self.rounds_unchanged + self.members_unchanged + self.funds_unchanged


def _domain(website: str | None) -> str | None:
    return normalize_company("-", website) if website else None


def upsert_company(
    session: Session, name: str, *, website: str | None = None, description: str | None = None
) -> Company:
    """The company with this web host or normalized name, created if new; missing fields are filled in."""
    domain = _domain(website)
    slug = company_slug(name)
    company = None
    if domain:
        company = session.exec(select(Company).where(col(Company.domain) == domain)).first()
    if company is None:
        company = session.exec(select(Company).where(col(Company.slug) == slug)).first()
    if company is None:
        company = Company(name=name.strip(), slug=slug, domain=domain, website=website, description=description)
        session.add(company)
        session.flush()
        return company
    changed = False
    for attr, value in (("domain", domain), ("website", website), ("description", description)):
        if value and not getattr(company, attr):
            setattr(company, attr, value)
            changed = True
    if changed:
        company.updated_at = utcnow()
        session.add(company)
    return company


def upsert_investor(session: Session, name: str) -> Investor:
    """The investor for this name or any of its aliases; a new spelling is remembered as an alias."""
    slug, display = normalize_investor(name)
    investor = session.exec(select(Investor).where(col(Investor.slug) == slug)).first()
    if investor is None:
        investor = Investor(slug=slug, name=display, aliases=[name.strip()] if name.strip() != display else [])
        session.add(investor)
        session.flush()
    elif name.strip() != investor.name and name.strip() not in investor.aliases:
        investor.aliases = [*investor.aliases, name.strip()]
        session.add(investor)
    return investor


def link_portfolio(session: Session, investor: Investor, company: Company, *, source: str, seen_at: datetime) -> Change:
    """Record that `investor` backs `company`. An earlier sighting moves first_seen_at back ("updated")."""
    assert investor.id is not None and company.id is not None
    link = session.exec(
        select(CompanyInvestor).where(
            col(CompanyInvestor.investor_id) == investor.id, col(CompanyInvestor.company_id) == company.id
        )
    ).first()
    if link is None:
        session.add(
            CompanyInvestor(investor_id=investor.id, company_id=company.id, source=source, first_seen_at=seen_at)
        )
        session.flush()
        return "new"
    first = link.first_seen_at if link.first_seen_at.tzinfo else link.first_seen_at.replace(tzinfo=UTC)
    if seen_at < first:
        link.first_seen_at, link.source = seen_at, source
        session.add(link)
        return "updated"
    return "unchanged"


def _same_round(row: FundingRound, item: RoundItem) -> bool:
    if row.round_type and item.round and row.round_type != item.round:
        return False
    close = bool(
        row.announced_on and item.announced_on and abs((row.announced_on - item.announced_on).days) <= SAME_ROUND_DAYS
    )
    similar = bool(row.amount_usd and item.amount_usd and abs(row.amount_usd - item.amount_usd) <= 0.1 * row.amount_usd)
    if row.round_type and item.round:
        return close or similar
    return close and (similar or not (row.amount_usd and item.amount_usd))


def _dedupe_key(company: Company, item: RoundItem) -> str:
    when = item.announced_on.isoformat() if item.announced_on else f"amount-{item.amount_usd or 0:.0f}"
    return f"{company.slug}|{item.round or 'unknown'}|{when}"[:400]


def upsert_round(session: Session, *, source: str, item: RoundItem) -> tuple[FundingRound, Change]:
    """Store one reported round (merging into the same round from another source); returns (row, what changed)."""
    company = upsert_company(session, item.company, website=item.company_domain)
    existing = session.exec(select(FundingRound).where(col(FundingRound.company_id) == company.id)).all()
    key = _dedupe_key(company, item)
    # The same key is the same round even when dates and amounts are too sparse for _same_round to say so.
    row = next((r for r in existing if r.dedupe_key == key), None) or next(
        (r for r in existing if _same_round(r, item)), None
    )
    change: Change = "new" if row is None else "unchanged"
    if row is None:
        tags = tag_text(item.text or f"{item.title or ''}\n{item.summary or ''}")
        row = FundingRound(
            company_id=company.id,
            dedupe_key=key,
            round_type=item.round,
            amount_usd=item.amount_usd,
            currency=item.currency,
            announced_on=item.announced_on,
            title=item.title,
            summary=item.summary,
            url=item.url,
            sources=[source],
            sector=tags.sector,
            sector_class=tags.sector_class,
            sector_evidence=tags.evidence,
            regions=tags.regions,
            region_mask=region_mask(tags.regions),
            countries=tags.countries,
        )
        session.add(row)
        session.flush()
    else:
        changed = merge_report(
            row,
            source,
            (
                ("round_type", item.round),
                ("amount_usd", item.amount_usd),
                ("currency", item.currency),
                ("announced_on", item.announced_on),
                ("title", item.title),
                ("summary", item.summary),
                ("url", item.url),
            ),
        )
        if changed:
            row.updated_at = utcnow()
            session.add(row)
            change = "updated"
    if _attach_investors(session, row, company, item, source) and change == "unchanged":
        change = "updated"
    return row, change


def _attach_investors(session: Session, row: FundingRound, company: Company, item: RoundItem, source: str) -> bool:
    """Link the round's investors (and their portfolios); True when any link is new or changed."""
    assert row.id is not None
    leads = {normalize_investor(n)[0] for n in item.lead_investors}
    seen_at = datetime.combine(item.announced_on, time(), tzinfo=UTC) if item.announced_on else utcnow()
    changed = False
    for name in dict.fromkeys([*item.lead_investors, *item.investors]):
        investor = upsert_investor(session, name)
        assert investor.id is not None
        link = session.exec(
            select(RoundInvestor).where(
                col(RoundInvestor.round_id) == row.id, col(RoundInvestor.investor_id) == investor.id
            )
        ).first()
        is_lead = investor.slug in leads
        if link is None:
            session.add(RoundInvestor(round_id=row.id, investor_id=investor.id, is_lead=is_lead))
            session.flush()
            changed = True
        elif is_lead and not link.is_lead:
            link.is_lead = True
            session.add(link)
            changed = True
        changed |= link_portfolio(session, investor, company, source=source, seen_at=seen_at) != "unchanged"
    return changed


def ingest(
    session: Session,
    *,
    source: str,
    rounds: Sequence[RoundItem] = (),
    members: Iterable[PortfolioItem] = (),
    funds: Iterable[FundItem] = (),
    others: int = 0,
) -> IngestCounts:
    """Store what one funding source yielded. A broken item is counted as failed and skipped. `others`: how many
    announcements the source carried that were no deal (counted, nothing stored)."""
    counts = IngestCounts(others=others)
    _ingest_funds(session, source, funds, counts)
    new_rounds: list[int] = []
    for item in rounds:
        try:
            with session.begin_nested():
                row, change = upsert_round(session, source=source, item=item)
        except ITEM_ERRORS as exc:
            counts.fail(f"round of {item.company!r}", exc)
            continue
        counts.count("rounds", change)
        if change == "new" and row.id is not None:
            new_rounds.append(row.id)
        if change != "unchanged" and row.company_id is not None:
            counts.company_ids.add(row.company_id)
    for member in members:
        try:
            with session.begin_nested():
                company = upsert_company(
                    session, member.company, website=member.website, description=member.description
                )
                investor = upsert_investor(session, member.investor)
                seen = member.first_seen
                seen_at = datetime.combine(seen, time(), tzinfo=UTC) if seen else utcnow()
                change = link_portfolio(session, investor, company, source=source, seen_at=seen_at)
        except ITEM_ERRORS as exc:
            counts.fail(f"{member.investor!r} -> {member.company!r}", exc)
            continue
        counts.count("members", change)
        if change != "unchanged" and company.id is not None:
            counts.company_ids.add(company.id)
    # A company's sector aggregates its jobs and rounds: rounds changed, so the aggregate may have.
    company_sectors.refresh(session, counts.company_ids)
    # Webhooks (issue 15): round.announced for rounds first seen here (a second source merging in is no news).
    events.emit(session, events.ROUND_ANNOUNCED, new_rounds)
    return counts


def _ingest_funds(session: Session, source: str, funds: Iterable[FundItem], counts: IngestCounts) -> None:
    for item in funds:
        try:
            with session.begin_nested():
                _, change = upsert_fund(session, source=source, item=item)
        except ITEM_ERRORS as exc:
            counts.fail(f"fund of {item.manager!r}", exc)
            continue
        counts.count("funds", change)
