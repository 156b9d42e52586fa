"""Investors: a keyset list with portfolio sizes, and one investor's portfolio and rounds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from talentintel.services.queries import companies, cursor, funding, funds, keyset
from talentintel.services.queries.params import NotFound, Page
from talentintel.services.queries.sqlfn import contains_ci
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS

SORT = keyset.SortKey(INVESTORS.c.slug, INVESTORS.c.id, False, str)
COLUMNS = (INVESTORS.c.id, INVESTORS.c.slug, INVESTORS.c.name, INVESTORS.c.aliases, INVESTORS.c.website)


def _item(r: Any) -> dict[str, Any]:
    return {"id": r[0], "slug": r[1], "name": r[2], "aliases": r[3], "website": r[4]}


def list_investors(session: Session, *, q: str | None = None, limit: int = 50, cursor_token: str | None = None) -> Page:
    conn = session.connection()
    stmt = select(*COLUMNS, SORT.key.label("sort_key"))
    if q and q.strip():
        stmt = stmt.where(contains_ci(INVESTORS.c.name, q.strip()) | contains_ci(INVESTORS.c.slug, q.strip()))
    stmt = keyset.apply(stmt, SORT, cursor.decode(cursor_token, "investors", "slug"), limit)
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "investors", "slug", lambda r: (r[-1], r[0]))
    ids = [r[0] for r in rows]
    sizes: dict[int, int] = dict(
        conn.execute(
            select(COMPANY_INVESTORS.c.investor_id, func.count())
            .where(COMPANY_INVESTORS.c.investor_id.in_(ids))
            .group_by(COMPANY_INVESTORS.c.investor_id)
        ).all()
    ) if ids else {}  # fmt: skip
    return Page([{**_item(r), "portfolio_count": int(sizes.get(r[0], 0))} for r in rows], next_cursor)


def get_investor(session: Session, slug: str) -> dict[str, Any]:
    """The investor with its portfolio companies (each with its open-job count), its newest rounds and its funds."""
    conn = session.connection()
    row = conn.execute(select(*COLUMNS).where(INVESTORS.c.slug == slug.lower())).first()
    if row is None:
        raise NotFound("slug", f"no investor {slug!r}")
    out = _item(row)
    portfolio = list(
        conn.execute(
            select(*companies.COLUMNS, COMPANY_INVESTORS.c.first_seen_at, COMPANY_INVESTORS.c.source)
            .join(COMPANY_INVESTORS, COMPANY_INVESTORS.c.company_id == COMPANIES.c.id)
            .where(COMPANY_INVESTORS.c.investor_id == row[0])
            .order_by(COMPANIES.c.name, COMPANIES.c.id)
        )
    )
    counts = companies.open_job_counts(conn, [p[0] for p in portfolio])
    out["portfolio"] = [
        {**companies.item(p), "open_jobs": counts.get(p[0], 0), "since": p[-2], "source": p[-1]} for p in portfolio
    ]
    out["funding_rounds"] = funding.list_rounds(session, funding.RoundFilters(investor=[row[1]]), limit=100).items
    out["funds"] = funds.of_investor(session, row[1])
    return out
