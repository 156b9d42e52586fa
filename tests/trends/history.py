"""Synthetic (hand-written, clearly not real) job and funding histories with answers worked out by hand in the tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlmodel import Session

from talentintel.models import Company, FundingRound, Investor, Job, RoundInvestor, countries_key, region_mask

SECTORS = {"none": [], "crypto": ["crypto"], "ai": ["ai"], "both": ["ai", "crypto"]}


def utc(y: int, m: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, s, tzinfo=UTC)


def at(y: int, m: int, d: int, h: int, offset_hours: int) -> datetime:
    """A local wall-clock time with a fixed offset, as a source might report it."""
    return datetime(y, m, d, h, tzinfo=timezone(timedelta(hours=offset_hours)))


def company(session: Session, slug: str) -> Company:
    c = Company(name=slug.title(), slug=slug)
    session.add(c)
    session.flush()
    return c


def job(
    session: Session,
    sector_class: str,
    posted: datetime | None,
    *,
    regions: list[str] = (),  # type: ignore[assignment]
    countries: list[str] = (),  # type: ignore[assignment]
    first_seen: datetime | None = None,
    closed: datetime | None = None,
    status: str | None = None,
    last_seen: datetime | None = None,
    company_id: int | None = None,
    title: str = "synthetic job",
) -> Job:
    j = Job(
        title=title,
        company_id=company_id,
        sector=SECTORS[sector_class],
        sector_class=sector_class,
        regions=list(regions),
        region_mask=region_mask(regions),
        countries=list(countries),
        countries_key=countries_key(countries),
        posted_at=posted,
        first_seen_at=first_seen or posted or utc(2026, 1, 1),
        last_seen_at=last_seen or closed or first_seen or posted or utc(2026, 1, 1),
        closed_at=closed,
        status=status or ("closed" if closed else "open"),
    )
    session.add(j)
    return j


def funding_round(
    session: Session,
    key: str,
    sector_class: str,
    announced: date,
    amount: float | None,
    *,
    round_type: str | None = "seed",
    regions: list[str] = (),  # type: ignore[assignment]
    investors: list[Investor] = (),  # type: ignore[assignment]
    company_id: int | None = None,
) -> FundingRound:
    r = FundingRound(
        dedupe_key=key,
        company_id=company_id,
        round_type=round_type,
        amount_usd=amount,
        announced_on=announced,
        sector=SECTORS[sector_class],
        sector_class=sector_class,
        regions=list(regions),
        region_mask=region_mask(regions),
    )
    session.add(r)
    session.flush()
    for inv in investors:
        session.add(RoundInvestor(round_id=r.id, investor_id=inv.id))
    return r


def investor(session: Session, slug: str) -> Investor:
    inv = Investor(slug=slug, name=slug.title())
    session.add(inv)
    session.flush()
    return inv


def rows(result: dict[str, Any], region: str = "all") -> dict[tuple[str, str], dict[str, Any]]:
    """Trend rows of one region keyed by (period, sector_class)."""
    return {(r["period"], r["sector_class"]): r for r in result["series"] if r["region"] == region}


TODAY = date(2026, 1, 21)  # a Wednesday; weeks start Monday 2026-01-05, 01-12, 01-19
W1, W2, W3 = "2026-01-05", "2026-01-12", "2026-01-19"


def january(session: Session) -> None:
    """Eight jobs around January 2026 (A..H); the tests count their answers by hand from this list."""
    acme = company(session, "acme")
    job(session, "crypto", utc(2025, 12, 20), regions=["us"], countries=["US"], company_id=acme.id)  # A: open all along
    job(session, "ai", utc(2026, 1, 6, 10), regions=["europe", "us"], countries=["GB", "US"], title="B")
    job(session, "ai", utc(2026, 1, 11, 23, 59, 59), regions=["asia"], closed=utc(2026, 1, 13))  # C: Sunday, week 1
    job(session, "both", utc(2026, 1, 12), regions=["asia"], countries=["SG"])  # D: Monday 00:00, week 2
    job(session, "crypto", utc(2025, 12, 1), regions=["europe"], closed=utc(2026, 1, 2))  # E: closed before window
    job(session, "none", None, first_seen=utc(2026, 1, 20, 5), regions=["us"])  # F: no posting date
    job(session, "crypto", at(2026, 1, 18, 22, -5), regions=["us"], company_id=acme.id)  # G: = 2026-01-19 03:00Z
    job(session, "ai", utc(2026, 1, 7), regions=["us"], status="closed", last_seen=utc(2026, 1, 15))  # H
    session.flush()
