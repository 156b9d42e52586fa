"""Job listings: filter parsing (shared with saved searches), keyset pages, details and streaming exports."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Text,
    and_,
    any_,
    bindparam,
    cast,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine, Row
from sqlmodel import Session

from talentintel.models import region_mask
from talentintel.services.queries import cursor, keyset, params
from talentintel.services.queries.fulltext import job_match, words
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
from talentintel.types import UTCDateTime

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


def _one_of(column: Any, values: dict[str, Any], name: str, item_type: Any, dialect: str, unique: bool) -> Any:
    """column IN (values[name]) as ONE parameter: = ANY(array) on PostgreSQL (the same statement text for any
    number of values), an expanding IN elsewhere."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, values[name], type_=ARRAY(item_type), unique=unique))
    return column.in_(bindparam(name, values[name], expanding=True, unique=unique))


def company_condition(column: Any, values: list[str]) -> ColumnElement[bool]:
    ids, slugs = _ids_and_slugs(values)
    return _company_condition(column, {"company_ids": ids, "company_slugs": slugs}, "", True)


def _company_condition(column: Any, values: dict[str, Any], dialect: str, unique: bool) -> ColumnElement[bool]:
    by_id = _one_of(column, values, "company_ids", BigInteger(), dialect, unique)
    if not values.get("company_slugs"):
        return by_id  # type: ignore[no-any-return]
    slugs = select(COMPANIES.c.id).where(_one_of(COMPANIES.c.slug, values, "company_slugs", String(), dialect, unique))
    return or_(by_id, column.in_(slugs)) if values["company_ids"] else column.in_(slugs)


def investor_companies(values: list[str]) -> Select[Any]:
    ids, slugs = _ids_and_slugs(values)
    return _investor_companies({"investor_ids": ids, "investor_slugs": slugs}, "", True)


def _investor_companies(values: dict[str, Any], dialect: str, unique: bool) -> Select[Any]:
    return (
        select(COMPANY_INVESTORS.c.company_id)
        .join(INVESTORS, INVESTORS.c.id == COMPANY_INVESTORS.c.investor_id)
        .where(
            or_(
                _one_of(INVESTORS.c.id, values, "investor_ids", BigInteger(), dialect, unique),
                _one_of(INVESTORS.c.slug, values, "investor_slugs", String(), dialect, unique),
            )
        )
    )


def bind_values(filters: JobFilters, *, split_sector: bool = False) -> dict[str, Any]:
    """The filters as named bind values: the one place that maps filters to query parameters. Which names are
    present decides the statement's text (conditions()), so equal name sets compile to equal statements.

    `split_sector` binds each sector class on its own (sector_class_0, _1, ...) for one branch per class."""
    v: dict[str, Any] = {}
    if filters.status != "all":
        v["status"] = filters.status
    if filters.sector:
        classes = params.sector_classes(filters.sector)
        if split_sector:
            v.update((f"sector_class_{i}", c) for i, c in enumerate(classes))
        else:
            v["sector_classes"] = classes
    if filters.region:
        v["region_mask"] = region_mask(filters.region)
    for i, c in enumerate(filters.country):
        v[f"country_{i}"] = f"%,{c},%"
    if filters.remote is not None:
        v["remote"] = filters.remote
    if filters.company:
        v["company_ids"], slugs = _ids_and_slugs(filters.company)
        if slugs:
            v["company_slugs"] = slugs
    if filters.investor:
        v["investor_ids"], v["investor_slugs"] = _ids_and_slugs(filters.investor)
    if filters.q:
        words(filters.q)  # validates: at least one word
        v["q"] = filters.q
    if filters.posted_after:
        v["posted_after"] = filters.posted_after
    if filters.posted_before:
        v["posted_before"] = filters.posted_before
    if filters.salary_min is not None:
        v["salary_min"] = filters.salary_min
    if filters.employment_type:
        v["employment_types"] = filters.employment_type
    return v


def conditions(values: dict[str, Any], dialect: str, *, unique: bool = True) -> list[ColumnElement[bool]]:
    """Conditions on jobs for bind_values(); bind parameters keep their names unless `unique` (then several
    sets can share one statement). Per-class sector values (sector_class_N) are left to the caller."""

    def bind(name: str, type_: Any) -> Any:
        return bindparam(name, values[name], type_=type_, unique=unique)

    conds: list[ColumnElement[bool]] = []
    if "status" in values:
        conds.append(JOBS.c.status == bind("status", String()))
    if "sector_classes" in values:
        conds.append(_one_of(JOBS.c.sector_class, values, "sector_classes", String(), dialect, unique))
    if "region_mask" in values:
        conds.append(JOBS.c.region_mask.op("&")(bind("region_mask", Integer())) != literal_column("0"))
    countries = [bind(name, String()) for name in values if name.startswith("country_")]
    if countries:
        conds.append(or_(*(JOBS.c.countries_key.like(pattern) for pattern in countries)))
    if "remote" in values:
        conds.append(JOBS.c.remote == bind("remote", Boolean()))
    if "company_ids" in values:
        conds.append(_company_condition(JOBS.c.company_id, values, dialect, unique))
    if "investor_ids" in values:
        conds.append(JOBS.c.company_id.in_(_investor_companies(values, dialect, unique)))
    if "q" in values:
        conds.append(
            job_match(values["q"], dialect, JOBS.c.id, lambda n, v, t: bindparam(n, v, type_=t, unique=unique))
        )
    if "posted_after" in values:
        conds.append(bind("posted_after", UTCDateTime()) <= JOB_DATE)
    if "posted_before" in values:
        conds.append(bind("posted_before", UTCDateTime()) > JOB_DATE)
    if "salary_min" in values:
        conds.append(bind("salary_min", Float()) <= JOB_SALARY)
    if "employment_types" in values:
        conds.append(_one_of(JOBS.c.employment_type, values, "employment_types", String(), dialect, unique))
    return conds


def where(filters: JobFilters, dialect: str) -> ColumnElement[bool]:
    """The filters as one condition on jobs (the digest and trends reuse it). Its bind names are unique, so
    several of these can share a statement."""
    return and_(true(), *conditions(bind_values(filters), dialect))


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


@dataclass(frozen=True)
class PageQuery:
    """One page of jobs: the values of its named parameters, and a key equal for pages whose statements have the
    same text (same sort, limit and parameter names), so a compiled statement can be reused for them."""

    values: dict[str, Any]
    key: tuple[Any, ...]  # (dialect, sort, limit, parameter names)


def page_query(
    filters: JobFilters,
    dialect: str,
    *,
    sort: str = DEFAULT_SORT,
    limit: int = params.DEFAULT_LIMIT,
    cursor_token: str | None = None,
) -> PageQuery:
    """The page's parameters (validated) and, lazily, its statement. See page_statement()."""
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    position = keyset.parse_after(SORTS[sort], cursor.decode(cursor_token, "jobs", sort))
    split = dialect == "postgresql" and len(params.sector_classes(filters.sector)) > 1
    values = bind_values(filters, split_sector=split)
    if position is not None:
        values["after_key"], values["after_id"] = position
    return PageQuery(values, (dialect, sort, int(limit), tuple(values)))


def page_statement(query: PageQuery) -> Select[Any]:
    """First the ids and sort keys of the page (limit + 1 rows) from an index that holds the filtered columns
    (an index-only range scan that stops after the page), then those rows joined with their company. A filter on
    several sector classes (PostgreSQL) is one range scan per class, merged in order. Rows: ITEM_COLUMNS, sort key."""
    dialect, sort, limit, _names = query.key
    key, values = SORTS[sort], query.values
    conds = conditions(values, dialect, unique=False)
    if "after_key" in values:
        conds.append(keyset.after_condition(key, (values["after_key"], values["after_id"]), _named(values)))
    # The page size is part of the statement text, not a parameter: a prepared statement's generic plan would
    # otherwise have to guess it, and might sort every match instead of walking the index.
    take = literal_column(str(limit + 1), Integer())

    def ids(*extra: ColumnElement[bool]) -> Select[Any]:
        stmt = select(JOBS.c.id.label("id"), key.key.label("sort_key")).where(*conds, *extra)
        return stmt.order_by(*keyset.order(key)).limit(take)

    classes = [name for name in values if name.startswith("sector_class_")]
    if classes:
        branch = union_all(*(ids(JOBS.c.sector_class == _named(values)(c, values[c], String())) for c in classes))
        merged = branch.subquery("branches")
        page = select(merged.c.id, merged.c.sort_key)
        page = page.order_by(*keyset.order(key, merged.c.sort_key, merged.c.id)).limit(take)
    else:
        page = ids()
    k = page.subquery("page")
    return (
        select(*ITEM_COLUMNS, k.c.sort_key)
        .select_from(k.join(JOBS, JOBS.c.id == k.c.id).outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
        .order_by(*keyset.order(key, k.c.sort_key, k.c.id))
    )


def _named(values: dict[str, Any]) -> Callable[[str, Any, Any], Any]:
    return lambda name, value, type_: bindparam(name, value, type_=type_)


def to_page(rows: Sequence[Any], limit: int, sort: str) -> Page:
    """limit + 1 fetched rows -> the page's items and the next page's cursor."""
    rows, next_cursor = keyset.page(rows, limit, "jobs", sort or DEFAULT_SORT, lambda r: (r[-1], r[0]))
    return Page([item(r) for r in rows], next_cursor)


def list_jobs(
    session: Session,
    filters: JobFilters,
    *,
    sort: str = DEFAULT_SORT,
    limit: int = params.DEFAULT_LIMIT,
    cursor_token: str | None = None,
) -> Page:
    query = page_query(filters, session.get_bind().dialect.name, sort=sort, limit=limit, cursor_token=cursor_token)
    rows = session.connection().execute(page_statement(query)).all()
    return to_page(rows, limit, sort)


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
        select(SOURCES.c.name, SIGHTINGS.c.url, SIGHTINGS.c.active, SIGHTINGS.c.first_seen_at, SIGHTINGS.c.last_seen_at,
               SIGHTINGS.c.match_rule, SIGHTINGS.c.partial)
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
            "match_rule": s.match_rule,
            "partial": s.partial,
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
