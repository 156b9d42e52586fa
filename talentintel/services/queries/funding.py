"""Funding rounds: keyset pages with each round's investors, filtered by the round vocabulary (round_filters)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Float, func, literal, literal_column, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.services.queries import cursor, keyset, params
from talentintel.services.queries.params import Page
from talentintel.services.queries.round_filters import ROUND_FILTERS, RoundFilters, parse_filters
from talentintel.services.queries.tables import COMPANIES, INVESTORS, ROUND_INVESTORS, ROUNDS

# Rounds without a date sort after every dated one (newest first) instead of breaking the keyset with NULLs.
# The fallbacks are written into the SQL (literal_execute, literal_column), not bound: PostgreSQL uses the
# expression indexes of migration 0017 only for the same expression (a bound $n is not; every round was sorted,
# 237 ms at 100,000 rounds).
NO_DATE = date(1900, 1, 1)
ROUND_DATE = func.coalesce(ROUNDS.c.announced_on, literal(NO_DATE, Date(), literal_execute=True), type_=Date())
ROUND_AMOUNT = func.coalesce(ROUNDS.c.amount_usd, literal_column("-1.0"), type_=Float())
SORTS = {
    "-announced_on": keyset.SortKey(ROUND_DATE, ROUNDS.c.id, True, date.fromisoformat),
    "announced_on": keyset.SortKey(ROUND_DATE, ROUNDS.c.id, False, date.fromisoformat),
    "-amount": keyset.SortKey(ROUND_AMOUNT, ROUNDS.c.id, True, float),
}
DEFAULT_SORT = "-announced_on"
__all__ = ["FILTER_KEYS", "ROUND_FILTERS", "RoundFilters", "list_rounds", "parse_filters", "where"]
FILTER_KEYS = ROUND_FILTERS.names()
COLUMNS = (
    ROUNDS.c.id, ROUNDS.c.company_id, COMPANIES.c.name, COMPANIES.c.slug, ROUNDS.c.round_type, ROUNDS.c.amount_usd,
    ROUNDS.c.amount_original, ROUNDS.c.currency, ROUNDS.c.announced_on, ROUNDS.c.title, ROUNDS.c.url,
    ROUNDS.c.sources, ROUNDS.c.sector, ROUNDS.c.sector_class, ROUNDS.c.regions, ROUNDS.c.countries,
)  # fmt: skip


def where(filters: RoundFilters, dialect: str) -> ColumnElement[bool]:
    """The filters as one condition on rounds (digests and webhooks OR several of them: bind names are unique)."""
    return filters.where(dialect)


def item(r: Any) -> dict[str, Any]:
    (rid, cid, cname, cslug, rtype, amount, original, currency, announced, title, url, sources, sector,
     sector_class, regions, countries) = r[:16]  # fmt: skip
    return {
        "id": rid,
        "company": {"id": cid, "name": cname, "slug": cslug} if cid is not None else None,
        "round_type": rtype, "amount_usd": amount, "amount_original": original, "currency": currency,
        "announced_on": announced, "title": title, "url": url, "sources": sources, "sector": sector,
        "sector_class": sector_class, "regions": regions, "countries": countries,
    }  # fmt: skip


def investors_of(conn: Connection, round_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {rid: [] for rid in round_ids}
    if not round_ids:
        return out
    rows = conn.execute(
        select(
            ROUND_INVESTORS.c.round_id, INVESTORS.c.id, INVESTORS.c.slug, INVESTORS.c.name, ROUND_INVESTORS.c.is_lead
        )
        .join(INVESTORS, INVESTORS.c.id == ROUND_INVESTORS.c.investor_id)
        .where(ROUND_INVESTORS.c.round_id.in_(round_ids))
        .order_by(ROUND_INVESTORS.c.round_id, ROUND_INVESTORS.c.is_lead.desc(), INVESTORS.c.name)
    )
    for rid, iid, slug, name, lead in rows:
        out[rid].append({"id": iid, "slug": slug, "name": name, "lead": bool(lead)})
    return out


def list_rounds(
    session: Session, filters: RoundFilters, *, sort: str = DEFAULT_SORT, limit: int = 50,
    cursor_token: str | None = None,
) -> Page:  # fmt: skip
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    key = SORTS[sort]
    conn = session.connection()
    stmt = (
        select(*COLUMNS, key.key.label("sort_key"))
        .select_from(ROUNDS.outerjoin(COMPANIES, COMPANIES.c.id == ROUNDS.c.company_id))
        .where(where(filters, conn.dialect.name))
    )
    stmt = keyset.apply(stmt, key, cursor.decode(cursor_token, "rounds", sort), limit)
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "rounds", sort, lambda r: (r[-1], r[0]))
    backers = investors_of(conn, [r[0] for r in rows])
    return Page([{**item(r), "investors": backers[r[0]]} for r in rows], next_cursor)
