"""Companies: filtered keyset lists with open-job counts, and a detail with jobs, sector mix, rounds, investors."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.services.queries import cursor, funding, jobs, keyset, params
from talentintel.services.queries.company_filters import COMPANY_FILTERS, CompanyFilters, parse_filters
from talentintel.services.queries.params import NotFound, Page
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS, JOBS

__all__ = ["COMPANY_FILTERS", "FILTER_KEYS", "CompanyFilters", "get_company", "list_companies", "parse_filters"]

SORTS = {
    "name": keyset.SortKey(COMPANIES.c.name, COMPANIES.c.id, False, str),
    "-id": keyset.SortKey(COMPANIES.c.id, COMPANIES.c.id, True, int),
}
FILTER_KEYS = COMPANY_FILTERS.names()
COLUMNS = (
    COMPANIES.c.id, COMPANIES.c.name, COMPANIES.c.slug, COMPANIES.c.domain, COMPANIES.c.website,
    COMPANIES.c.sector, COMPANIES.c.sector_class, COMPANIES.c.regions,
)  # fmt: skip


def item(row: Any) -> dict[str, Any]:
    cid, name, slug, domain, website, sector, sector_class, regions = row[:8]
    return {
        "id": cid, "name": name, "slug": slug, "domain": domain, "website": website,
        "sector": sector, "sector_class": sector_class, "regions": regions,
    }  # fmt: skip


def open_job_counts(conn: Connection, company_ids: list[int]) -> dict[int, int]:
    if not company_ids:
        return {}
    rows = conn.execute(
        select(JOBS.c.company_id, func.count())
        .where(JOBS.c.company_id.in_(company_ids), JOBS.c.status == "open")
        .group_by(JOBS.c.company_id)
    )
    return {int(cid): int(n) for cid, n in rows}


def list_companies(
    session: Session, filters: CompanyFilters, *, sort: str = "name", limit: int = 50, cursor_token: str | None = None
) -> Page:
    sort = params.choice("sort", sort, SORTS, "name")
    key = SORTS[sort]
    conn = session.connection()
    stmt = select(*COLUMNS, key.key.label("sort_key")).where(filters.where(conn.dialect.name))
    stmt = keyset.apply(stmt, key, cursor.decode(cursor_token, "companies", sort), limit)
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "companies", sort, lambda r: (r[-1], r[0]))
    counts = open_job_counts(conn, [r[0] for r in rows])
    items = [{**item(r), "open_jobs": counts.get(r[0], 0)} for r in rows]
    return Page(items, next_cursor)


def _company_row(conn: Connection, ref: str) -> Any:
    ident = int(ref) if ref.isdigit() and len(ref) < 18 else None
    cond = COMPANIES.c.id == ident if ident is not None else COMPANIES.c.slug == ref.lower()
    row = conn.execute(select(*COLUMNS, COMPANIES.c.description).where(cond)).first()
    if row is None:
        raise NotFound("company_id", f"no company {ref!r}")
    return row


def get_company(session: Session, ref: str, *, jobs_limit: int = 20) -> dict[str, Any]:
    """One company (by id or slug) with its newest open jobs, sector mix of open jobs, rounds and investors."""
    conn = session.connection()
    row = _company_row(conn, ref)
    cid = row[0]
    out = {**item(row), "description": row.description}
    mix = {cls: 0 for cls in ("crypto", "ai", "both", "none")}
    for cls, n in conn.execute(
        select(JOBS.c.sector_class, func.count())
        .where(JOBS.c.company_id == cid, JOBS.c.status == "open")
        .group_by(JOBS.c.sector_class)
    ):
        mix[str(cls)] = int(n)
    page = jobs.list_jobs(session, jobs.JobFilters(company=[str(cid)]), limit=jobs_limit)
    out["open_jobs"] = {"count": sum(mix.values()), "items": page.items}
    out["sector_mix"] = mix
    out["funding_rounds"] = funding.list_rounds(session, funding.RoundFilters(company=[str(cid)]), limit=200).items
    investors = conn.execute(
        select(INVESTORS.c.id, INVESTORS.c.slug, INVESTORS.c.name, COMPANY_INVESTORS.c.first_seen_at)
        .join(COMPANY_INVESTORS, COMPANY_INVESTORS.c.investor_id == INVESTORS.c.id)
        .where(COMPANY_INVESTORS.c.company_id == cid)
        .order_by(INVESTORS.c.name.cast(String), INVESTORS.c.id)
    )
    out["investors"] = [{"id": i, "slug": s, "name": n, "since": since} for i, s, n, since in investors]
    return out
