"""Funding rounds: filters (investor, round type, amount range, sector, region, country, company, dates), keyset
pages with each round's investors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Float, and_, func, literal, literal_column, select, true
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.models import region_mask
from talentintel.services.queries import cursor, keyset, params
from talentintel.services.queries.params import InvalidParameter, Page
from talentintel.services.queries.sqlfn import json_array_has_any
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
FILTER_KEYS = (
    "investor", "round", "amount_min", "amount_max", "sector", "region", "country", "company",
    "announced_after", "announced_before",
)  # fmt: skip
COLUMNS = (
    ROUNDS.c.id, ROUNDS.c.company_id, COMPANIES.c.name, COMPANIES.c.slug, ROUNDS.c.round_type, ROUNDS.c.amount_usd,
    ROUNDS.c.amount_original, ROUNDS.c.currency, ROUNDS.c.announced_on, ROUNDS.c.title, ROUNDS.c.url,
    ROUNDS.c.sources, ROUNDS.c.sector, ROUNDS.c.sector_class, ROUNDS.c.regions, ROUNDS.c.countries,
)  # fmt: skip


@dataclass(frozen=True)
class RoundFilters:
    investor: list[str] = field(default_factory=list)
    round: list[str] = field(default_factory=list)
    amount_min: float | None = None
    amount_max: float | None = None
    sector: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    company: list[str] = field(default_factory=list)
    announced_after: date | None = None
    announced_before: date | None = None


def parse_filters(raw: Mapping[str, Any]) -> RoundFilters:
    for key in raw:
        if key not in FILTER_KEYS:
            raise InvalidParameter(key, f"unknown filter (allowed: {', '.join(FILTER_KEYS)})")
    filters = RoundFilters(
        investor=params.as_list(raw.get("investor")),
        round=[r.lower() for r in params.as_list(raw.get("round"))],
        amount_min=params.number("amount_min", raw.get("amount_min")),
        amount_max=params.number("amount_max", raw.get("amount_max")),
        sector=params.sectors(raw.get("sector")),
        region=params.regions(raw.get("region")),
        country=params.countries(raw.get("country")),
        company=params.as_list(raw.get("company")),
        announced_after=params.day("announced_after", raw.get("announced_after")),
        announced_before=params.day("announced_before", raw.get("announced_before")),
    )
    if filters.amount_min is not None and filters.amount_max is not None and filters.amount_min > filters.amount_max:
        raise InvalidParameter("amount_max", "must be at least amount_min")
    return filters


def where(filters: RoundFilters, dialect: str) -> ColumnElement[bool]:
    from talentintel.services.queries.jobs import company_condition

    conds: list[ColumnElement[bool]] = []
    if filters.investor:
        ids, slugs = (
            [int(v) for v in filters.investor if v.isdigit() and len(v) < 18],
            [v.lower() for v in filters.investor],
        )
        backed = (
            select(ROUND_INVESTORS.c.round_id)
            .join(INVESTORS, INVESTORS.c.id == ROUND_INVESTORS.c.investor_id)
            .where(INVESTORS.c.id.in_(ids) | INVESTORS.c.slug.in_(slugs))
        )
        conds.append(ROUNDS.c.id.in_(backed))
    if filters.round:
        conds.append(ROUNDS.c.round_type.in_(filters.round))
    if filters.amount_min is not None:
        conds.append(ROUNDS.c.amount_usd >= filters.amount_min)
    if filters.amount_max is not None:
        conds.append(ROUNDS.c.amount_usd <= filters.amount_max)
    if filters.sector:
        conds.append(ROUNDS.c.sector_class.in_(params.sector_classes(filters.sector)))
    if filters.region:
        conds.append(ROUNDS.c.region_mask.op("&")(region_mask(filters.region)) != 0)
    if filters.country:
        conds.append(json_array_has_any(ROUNDS.c.countries, filters.country, dialect))
    if filters.company:
        conds.append(company_condition(ROUNDS.c.company_id, filters.company))
    if filters.announced_after:
        conds.append(ROUNDS.c.announced_on >= filters.announced_after)
    if filters.announced_before:
        conds.append(ROUNDS.c.announced_on < filters.announced_before)
    return and_(true(), *conds)


def _item(r: Any) -> dict[str, Any]:
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
    return Page([{**_item(r), "investors": backers[r[0]]} for r in rows], next_cursor)
