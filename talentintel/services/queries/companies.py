"""Companies: filtered keyset lists with open-job counts, and a detail with jobs, sector mix, rounds, investors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, select, true
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.services.queries import cursor, funding, jobs, keyset, params
from talentintel.services.queries.params import InvalidParameter, NotFound, Page
from talentintel.services.queries.sqlfn import contains_ci, json_array_has_any
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS, JOBS

SORTS = {
    "name": keyset.SortKey(COMPANIES.c.name, COMPANIES.c.id, False, str),
    "-id": keyset.SortKey(COMPANIES.c.id, COMPANIES.c.id, True, int),
}
FILTER_KEYS = ("sector", "region", "investor", "q", "has_open_jobs")
COLUMNS = (
    COMPANIES.c.id, COMPANIES.c.name, COMPANIES.c.slug, COMPANIES.c.domain, COMPANIES.c.website,
    COMPANIES.c.sector, COMPANIES.c.sector_class, COMPANIES.c.regions,
)  # fmt: skip


@dataclass(frozen=True)
class CompanyFilters:
    sector: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    investor: list[str] = field(default_factory=list)
    q: str | None = None
    has_open_jobs: bool | None = None


def parse_filters(raw: Mapping[str, Any]) -> CompanyFilters:
    for key in raw:
        if key not in FILTER_KEYS:
            raise InvalidParameter(key, f"unknown filter (allowed: {', '.join(FILTER_KEYS)})")
    q = str(raw["q"]).strip() if raw.get("q") is not None else None
    return CompanyFilters(
        sector=params.sectors(raw.get("sector")),
        region=params.regions(raw.get("region")),
        investor=params.as_list(raw.get("investor")),
        q=q or None,
        has_open_jobs=params.boolean("has_open_jobs", raw.get("has_open_jobs")),
    )


def _open_jobs() -> Any:
    return select(JOBS.c.id).where(JOBS.c.company_id == COMPANIES.c.id, JOBS.c.status == "open").exists()


def where(filters: CompanyFilters, dialect: str) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    if filters.sector:
        conds.append(COMPANIES.c.sector_class.in_(params.sector_classes(filters.sector)))
    if filters.region:
        conds.append(json_array_has_any(COMPANIES.c.regions, filters.region, dialect))
    if filters.investor:
        conds.append(COMPANIES.c.id.in_(jobs.investor_companies(filters.investor)))
    if filters.q:
        conds.append(contains_ci(COMPANIES.c.name, filters.q) | (COMPANIES.c.slug == filters.q.lower()))
    if filters.has_open_jobs is not None:
        conds.append(_open_jobs() if filters.has_open_jobs else ~_open_jobs())
    return and_(true(), *conds)


def _item(row: Any) -> dict[str, Any]:
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
    stmt = select(*COLUMNS, key.key.label("sort_key")).where(where(filters, conn.dialect.name))
    stmt = keyset.apply(stmt, key, cursor.decode(cursor_token, "companies", sort), limit)
    rows, next_cursor = keyset.page(list(conn.execute(stmt)), limit, "companies", sort, lambda r: (r[-1], r[0]))
    counts = open_job_counts(conn, [r[0] for r in rows])
    items = [{**_item(r), "open_jobs": counts.get(r[0], 0)} for r in rows]
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
    out = {**_item(row), "description": row.description}
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
