"""Investor focus: each fund's share of rounds and dollars by sector class, per period."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES, FundingRound, Investor, RoundInvestor
from talentintel.trends.filters import investor_id, sector_classes
from talentintel.trends.periods import as_date, date_bucket, make_window, period_label
from talentintel.trends.series import add_changes, add_shares


def investor_focus(
    session: Session,
    *,
    granularity: str = "month",
    start: date | None = None,
    end: date | None = None,
    investor: Iterable[str] = (),
    sector: Iterable[str] = (),
    top: int = 10,
    today: date | None = None,
) -> dict[str, Any]:
    """Rows per (investor, period, sector class): rounds, usd, and their share of that investor's period.

    Without `investor`, the `top` investors by rounds in the window (then dollars). `sector` narrows the rows shown,
    not the shares, which stay shares of everything the investor did. Each investor also gets a summary: its share
    of AI-related rounds (ai + both) in the first and last period with rounds, and the change between them.
    """
    if not 1 <= top <= 100:
        raise InvalidParameter("top", "must be between 1 and 100")
    window = make_window(granularity, start, end, today=today)
    shown = sector_classes(sector)
    ids = [investor_id(session, ref) for ref in investor if str(ref).strip()]
    slug_of = (
        {
            i: slug
            for i, slug in session.execute(
                select(col(Investor.id), col(Investor.slug)).where(col(Investor.id).in_(ids))
            )
        }
        if ids
        else {}
    )
    slugs = [slug_of[i] for i in dict.fromkeys(ids)]
    dialect = session.get_bind().dialect.name
    period = date_bucket(col(FundingRound.announced_on), window.granularity, dialect)
    query = (
        select(
            col(Investor.slug),
            col(Investor.name),
            period,
            col(FundingRound.sector_class),
            func.count(),
            func.coalesce(func.sum(col(FundingRound.amount_usd)), 0.0),
        )
        .join(RoundInvestor, col(RoundInvestor.investor_id) == col(Investor.id))
        .join(FundingRound, col(FundingRound.id) == col(RoundInvestor.round_id))
        .where(col(FundingRound.announced_on) >= window.start, col(FundingRound.announced_on) < window.end)
        .group_by(literal_column("1"), literal_column("2"), literal_column("3"), literal_column("4"))
    )
    if ids:
        query = query.where(col(Investor.id).in_(ids))
    cells: dict[tuple[str, date, str], tuple[int, float]] = {}
    names: dict[str, str] = {}
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for slug, name, b, sector_class, n, usd in session.execute(query):
        cells[(slug, as_date(b), sector_class)] = (int(n), float(usd or 0))
        names[slug] = name
        totals[slug][0] += int(n)
        totals[slug][1] += float(usd or 0)
    chosen = slugs or sorted(totals, key=lambda s: (-totals[s][0], -totals[s][1], s))[:top]
    rows: list[dict[str, Any]] = []
    for slug in chosen:
        for p in window.periods:
            for sector_class in SECTOR_CLASSES:
                n, usd = cells.get((slug, p, sector_class), (0, 0.0))
                rows.append(
                    {
                        "investor": slug,
                        "period": p.isoformat(),
                        "label": period_label(p, window.granularity),
                        "sector_class": sector_class,
                        "rounds": n,
                        "usd": round(usd, 2),
                    }
                )
    add_shares(rows, ("investor", "period"), ("rounds", "usd"))
    add_changes(rows, ("investor", "sector_class"), ("rounds", "usd"))
    summaries = [_summary(slug, names.get(slug, slug), rows) for slug in chosen]
    if shown:
        rows = [r for r in rows if r["sector_class"] in shown]
    return {
        "window": window.as_dict(),
        "filters": {"investor": slugs, "sector": list(shown)},
        "investors": summaries,
        "series": rows,
    }


def _summary(slug: str, name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_period: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["investor"] == slug:
            by_period[r["period"]][0] += r["rounds"]
            by_period[r["period"]][1] += r["rounds"] if r["sector_class"] in ("ai", "both") else 0
    active = [(p, n, ai) for p, (n, ai) in sorted(by_period.items()) if n]
    first = round(active[0][2] / active[0][1], 4) if active else None
    last = round(active[-1][2] / active[-1][1], 4) if active else None
    return {
        "investor": slug,
        "name": name,
        "rounds": sum(n for _, n, _ in active),
        "ai_share_first": first,
        "ai_share_last": last,
        "ai_share_shift": round(last - first, 4) if first is not None and last is not None else None,
    }
