"""Funds venture firms raised: keyset pages, streamed exports and an investor's own funds, filtered by the fund
vocabulary (fund_filters)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Date, Float, Select, func, literal, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from talentintel.services.queries import cursor, keyset, params
from talentintel.services.queries.fund_filters import FUND_FILTERS, FUNDS, FundFilters, parse_filters
from talentintel.services.queries.params import Page
from talentintel.services.queries.tables import INVESTORS

__all__ = ["FILTER_KEYS", "FUND_FILTERS", "FundFilters", "export", "list_funds", "of_investor", "parse_filters"]
# Funds without a date sort after every dated one (newest first) instead of breaking the keyset with NULLs.
NO_DATE = date(1900, 1, 1)
FUND_DATE = func.coalesce(FUNDS.c.announced_on, literal(NO_DATE, Date()), type_=Date())
FUND_AMOUNT = func.coalesce(FUNDS.c.amount_usd, -1.0, type_=Float())
SORTS = {
    "-announced_on": keyset.SortKey(FUND_DATE, FUNDS.c.id, True, date.fromisoformat),
    "announced_on": keyset.SortKey(FUND_DATE, FUNDS.c.id, False, date.fromisoformat),
    "-amount": keyset.SortKey(FUND_AMOUNT, FUNDS.c.id, True, float),
}
DEFAULT_SORT = "-announced_on"
FILTER_KEYS = FUND_FILTERS.names()
COLUMNS = (
    FUNDS.c.id, FUNDS.c.investor_id, INVESTORS.c.slug, INVESTORS.c.name, FUNDS.c.fund_name, FUNDS.c.amount_usd,
    FUNDS.c.currency, FUNDS.c.announced_on, FUNDS.c.focus, FUNDS.c.focus_class, FUNDS.c.regions, FUNDS.c.title,
    FUNDS.c.url, FUNDS.c.sources,
)  # fmt: skip
CSV_COLUMNS = (
    "id", "investor_id", "investor_slug", "investor_name", "fund_name", "amount_usd", "currency", "announced_on",
    "focus", "focus_class", "regions", "title", "url", "sources",
)  # fmt: skip
_LIST_CELLS = frozenset({8, 10, 13})


def _select(filters: FundFilters, key: keyset.SortKey, dialect: str) -> Select[Any]:
    return (
        select(*COLUMNS, key.key.label("sort_key"))
        .select_from(FUNDS.join(INVESTORS, INVESTORS.c.id == FUNDS.c.investor_id))
        .where(filters.where(dialect))
    )


def item(r: Any) -> dict[str, Any]:
    (fid, iid, islug, iname, name, amount, currency, announced, focus, focus_class, regions, title, url,
     sources) = r[:14]  # fmt: skip
    return {
        "id": fid, "investor": {"id": iid, "slug": islug, "name": iname}, "fund_name": name, "amount_usd": amount,
        "currency": currency, "announced_on": announced, "focus": focus, "focus_class": focus_class,
        "regions": regions, "title": title, "url": url, "sources": sources,
    }  # fmt: skip


def csv_cells(r: Any) -> list[Any]:
    """One row as CSV cells in CSV_COLUMNS order (lists joined with '; ')."""
    return ["; ".join(v) if i in _LIST_CELLS else v for i, v in enumerate(r[:14])]


def list_funds(
    session: Session, filters: FundFilters, *, sort: str = DEFAULT_SORT, limit: int = 50,
    cursor_token: str | None = None,
) -> Page:  # fmt: skip
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    key = SORTS[sort]
    conn: Connection = session.connection()
    stmt = keyset.apply(
        _select(filters, key, conn.dialect.name), key, cursor.decode(cursor_token, "funds", sort), limit
    )
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "funds", sort, lambda r: (r[-1], r[0]))
    return Page([item(r) for r in rows], next_cursor)


def export(
    engine: Engine, filters: FundFilters, *, sort: str = DEFAULT_SORT, batch: int = 2000, csv: bool = False
) -> Iterator[list[Any]]:
    """Every matching fund in `sort` order, in batches from a server-side cursor (items, or CSV cells with `csv`).
    The sort is validated now; rows are read as the iterator is consumed."""
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    stmt = _select(filters, SORTS[sort], engine.dialect.name).order_by(*keyset.order(SORTS[sort]))
    return _stream(engine, stmt, batch, csv)


def _stream(engine: Engine, stmt: Select[Any], batch: int, csv: bool) -> Iterator[list[Any]]:
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for rows in result.partitions():
            yield [csv_cells(r) if csv else item(r) for r in rows]


def of_investor(session: Session, investor_slug: str, limit: int = 100) -> list[dict[str, Any]]:
    """The investor's own funds, newest first (for /v1/investors/{slug})."""
    return list_funds(session, FundFilters(investor=[investor_slug]), limit=limit).items
