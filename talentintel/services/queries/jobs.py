"""Job listings: filter parsing (shared with saved searches), keyset pages, details and streaming exports."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Select, Text, and_, cast, or_, select, true
from sqlalchemy.engine import Engine, Row
from sqlmodel import Session

from talentintel.models import region_mask
from talentintel.services.queries import cursor, keyset, params
from talentintel.services.queries.fulltext import job_match
from talentintel.services.queries.params import InvalidParameter, NotFound, Page
from talentintel.services.queries.tables import (
    COMPANIES,
    COMPANY_INVESTORS,
    INVESTORS,
    JOB_DATE,
    JOB_SALARY,
    JOBS,
    SIGHTINGS,
    SOURCES,
)

STATUSES = ("open", "closed", "all")
EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "internship", "temporary", "other")
SORTS = {
    "-posted_at": keyset.SortKey(JOB_DATE, JOBS.c.id, True, datetime.fromisoformat),
    "posted_at": keyset.SortKey(JOB_DATE, JOBS.c.id, False, datetime.fromisoformat),
    "-salary": keyset.SortKey(JOB_SALARY, JOBS.c.id, True, float),
}
DEFAULT_SORT = "-posted_at"
FILTER_KEYS = (
    "sector",
    "region",
    "country",
    "remote",
    "company",
    "investor",
    "q",
    "status",
    "posted_after",
    "posted_before",
    "salary_min",
    "employment_type",
)


@dataclass(frozen=True)
class JobFilters:
    sector: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    remote: bool | None = None
    company: list[str] = field(default_factory=list)
    investor: list[str] = field(default_factory=list)
    q: str | None = None
    status: str = "open"
    posted_after: datetime | None = None
    posted_before: datetime | None = None
    salary_min: float | None = None
    employment_type: list[str] = field(default_factory=list)


def parse_filters(raw: Mapping[str, Any]) -> JobFilters:
    """Validate /v1/jobs filter parameters (or a saved search's), raising InvalidParameter naming the culprit."""
    for key in raw:
        if key not in FILTER_KEYS:
            raise InvalidParameter(key, f"unknown filter (allowed: {', '.join(FILTER_KEYS)})")
    q = str(raw["q"]).strip() if raw.get("q") is not None else None
    if q is not None and len(q) > 500:
        raise InvalidParameter("q", "must be at most 500 characters")
    return JobFilters(
        sector=params.sectors(raw.get("sector")),
        region=params.regions(raw.get("region")),
        country=params.countries(raw.get("country")),
        remote=params.boolean("remote", raw.get("remote")),
        company=params.as_list(raw.get("company")),
        investor=params.as_list(raw.get("investor")),
        q=q or None,
        status=params.choice("status", raw.get("status"), STATUSES, "open"),
        posted_after=params.timestamp("posted_after", raw.get("posted_after")),
        posted_before=params.timestamp("posted_before", raw.get("posted_before")),
        salary_min=params.number("salary_min", raw.get("salary_min")),
        employment_type=params.enum_list("employment_type", raw.get("employment_type"), EMPLOYMENT_TYPES),
    )


def _ids_and_slugs(values: list[str]) -> tuple[list[int], list[str]]:
    ids = [int(v) for v in values if v.isdigit() and len(v) < 18]
    return ids, [v.lower() for v in values if not (v.isdigit() and len(v) < 18)]


def company_condition(column: Any, values: list[str]) -> ColumnElement[bool]:
    ids, slugs = _ids_and_slugs(values)
    by_slug = select(COMPANIES.c.id).where(COMPANIES.c.slug.in_(slugs))
    return or_(column.in_(ids), column.in_(by_slug)) if slugs else column.in_(ids)


def investor_companies(values: list[str]) -> Select[Any]:
    ids, slugs = _ids_and_slugs(values)
    return (
        select(COMPANY_INVESTORS.c.company_id)
        .join(INVESTORS, INVESTORS.c.id == COMPANY_INVESTORS.c.investor_id)
        .where(or_(INVESTORS.c.id.in_(ids), INVESTORS.c.slug.in_(slugs)))
    )


def where(filters: JobFilters, dialect: str) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    if filters.status != "all":
        conds.append(JOBS.c.status == filters.status)
    if filters.sector:
        classes = params.sector_classes(filters.sector)
        conds.append(JOBS.c.sector_class == classes[0] if len(classes) == 1 else JOBS.c.sector_class.in_(classes))
    if filters.region:
        conds.append(JOBS.c.region_mask.op("&")(region_mask(filters.region)) != 0)
    if filters.country:
        conds.append(or_(*(JOBS.c.countries_key.like(f"%,{c},%") for c in filters.country)))
    if filters.remote is not None:
        conds.append(JOBS.c.remote == filters.remote)
    if filters.company:
        conds.append(company_condition(JOBS.c.company_id, filters.company))
    if filters.investor:
        conds.append(JOBS.c.company_id.in_(investor_companies(filters.investor)))
    if filters.q:
        conds.append(job_match(filters.q, dialect, JOBS.c.id))
    if filters.posted_after:
        conds.append(filters.posted_after <= JOB_DATE)
    if filters.posted_before:
        conds.append(filters.posted_before > JOB_DATE)
    if filters.salary_min is not None:
        conds.append(filters.salary_min <= JOB_SALARY)
    if filters.employment_type:
        conds.append(JOBS.c.employment_type.in_(filters.employment_type))
    return and_(true(), *conds)


# JSON columns are read as their JSON text and spliced into the response as is (orjson.Fragment): decoding and
# re-encoding four small arrays per row was most of the Python time of a page.
ITEM_COLUMNS = (
    JOBS.c.id, JOBS.c.title, JOBS.c.company_id, COMPANIES.c.name, COMPANIES.c.slug,
    cast(JOBS.c.locations, Text), cast(JOBS.c.regions, Text), cast(JOBS.c.countries, Text), JOBS.c.remote,
    JOBS.c.workplace_type, JOBS.c.employment_type, JOBS.c.department, JOBS.c.salary_min, JOBS.c.salary_max,
    JOBS.c.salary_currency, JOBS.c.salary_period, cast(JOBS.c.sector, Text), JOBS.c.sector_class, JOBS.c.url,
    JOBS.c.apply_url, JOBS.c.status, JOBS.c.posted_at, JOBS.c.first_seen_at, JOBS.c.last_seen_at, JOBS.c.closed_at,
)  # fmt: skip


def item(r: Row[Any] | tuple[Any, ...], json_text: Callable[[str], Any] = orjson.Fragment) -> dict[str, Any]:
    """One listing row as the API's Job item, built straight from the selected columns (no ORM objects).

    `json_text` turns the JSON columns' text into values: orjson.Fragment (spliced into a response) by default,
    orjson.loads where the values are needed (CSV cells)."""
    (
        jid,
        title,
        cid,
        cname,
        cslug,
        locations,
        regions,
        countries,
        remote,
        workplace,
        employment,
        department,
        smin,
        smax,
        scur,
        speriod,
        sector,
        sector_class,
        url,
        apply_url,
        status,
        posted,
        first,
        last,
        closed,
    ) = r[:25]
    return {
        "id": jid,
        "title": title,
        "company": {"id": cid, "name": cname, "slug": cslug} if cid is not None else None,
        "locations": json_text(locations),
        "regions": json_text(regions),
        "countries": json_text(countries),
        "remote": remote,
        "workplace_type": workplace,
        "employment_type": employment,
        "department": department,
        "salary_min": smin,
        "salary_max": smax,
        "salary_currency": scur,
        "salary_period": speriod,
        "sector": json_text(sector),
        "sector_class": sector_class,
        "url": url,
        "apply_url": apply_url,
        "status": status,
        "posted_at": posted,
        "first_seen_at": first,
        "last_seen_at": last,
        "closed_at": closed,
    }


def _base(filters: JobFilters, dialect: str, sort: keyset.SortKey) -> Select[Any]:
    return (
        select(*ITEM_COLUMNS, sort.key.label("sort_key"))
        .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
        .where(where(filters, dialect))
    )


def list_jobs(
    session: Session,
    filters: JobFilters,
    *,
    sort: str = DEFAULT_SORT,
    limit: int = params.DEFAULT_LIMIT,
    cursor_token: str | None = None,
) -> Page:
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    key = SORTS[sort]
    after = cursor.decode(cursor_token, "jobs", sort)
    dialect = session.get_bind().dialect.name
    stmt = keyset.apply(_base(filters, dialect, key), key, after, limit)
    rows = session.connection().execute(stmt).all()
    rows, next_cursor = keyset.page(rows, limit, "jobs", sort, lambda r: (r[-1], r[0]))
    return Page([item(r) for r in rows], next_cursor)


def get_job(session: Session, job_id: int) -> dict[str, Any]:
    stmt = (
        select(
            *ITEM_COLUMNS,
            JOBS.c.description,
            JOBS.c.sector_confidence,
            JOBS.c.sector_evidence,
            JOBS.c.tagger_version,
            JOBS.c.updated_at,
        )
        .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
        .where(JOBS.c.id == job_id)
    )
    conn = session.connection()
    row = conn.execute(stmt).first()
    if row is None:
        raise NotFound("job_id", f"no job {job_id}")
    out = item(row)
    out.update(
        description=row.description,
        sector_confidence=row.sector_confidence,
        sector_evidence=row.sector_evidence,
        tagger_version=row.tagger_version,
        updated_at=row.updated_at,
    )
    sightings = conn.execute(
        select(SOURCES.c.name, SIGHTINGS.c.url, SIGHTINGS.c.active, SIGHTINGS.c.first_seen_at, SIGHTINGS.c.last_seen_at)
        .join(SOURCES, SOURCES.c.id == SIGHTINGS.c.source_id)
        .where(SIGHTINGS.c.job_id == job_id)
        .order_by(SIGHTINGS.c.first_seen_at)
    )
    out["sources"] = [
        {
            "source": s.name,
            "url": s.url,
            "active": s.active,
            "first_seen_at": s.first_seen_at,
            "last_seen_at": s.last_seen_at,
        }
        for s in sightings
    ]
    return out


CSV_COLUMNS = (
    "id", "title", "company_id", "company_name", "company_slug", "locations", "regions", "countries", "remote",
    "workplace_type", "employment_type", "department", "salary_min", "salary_max", "salary_currency",
    "salary_period", "sector", "sector_class", "url", "apply_url", "status", "posted_at", "first_seen_at",
    "last_seen_at", "closed_at",
)  # fmt: skip
_LIST_CELLS = frozenset({5, 6, 7, 16})


def csv_cells(r: Row[Any] | tuple[Any, ...]) -> list[Any]:
    """One row as CSV cells in CSV_COLUMNS order, straight from the tuple (lists joined with '; ')."""
    cells: list[Any] = []
    for i, value in enumerate(r[:25]):
        if value is None:
            cells.append("")
        elif i in _LIST_CELLS:
            cells.append("; ".join(str(v) for v in orjson.loads(value)))
        elif isinstance(value, datetime):
            cells.append(value.isoformat())
        else:
            cells.append(value)
    return cells


def export(
    engine: Engine, filters: JobFilters, *, sort: str = DEFAULT_SORT, batch: int = 2000, csv: bool = False
) -> Iterator[list[Any]]:
    """Every matching job in `sort` order, in batches, from a server-side cursor: memory stays flat at any size.

    The statement is built (and the parameters validated) now; rows are read only as the iterator is consumed.
    Batches hold Job items (for NDJSON), or with `csv` lists of cells in CSV_COLUMNS order.
    """
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    key = SORTS[sort]
    order = (key.key.desc(), key.id.desc()) if key.descending else (key.key.asc(), key.id.asc())
    return _stream(
        engine,
        _base(filters, engine.dialect.name, key).order_by(*order),
        batch,
        csv_cells if csv else item,
    )


def _stream(engine: Engine, stmt: Select[Any], batch: int, shape: Callable[[Any], Any]) -> Iterator[list[Any]]:
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for rows in result.partitions():
            yield [shape(r) for r in rows]
