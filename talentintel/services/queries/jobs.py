"""Job listings: filter parsing (shared with saved searches), keyset pages, details and streaming exports."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import column
from sqlmodel import Session

from talentintel.services.queries import cursor, keyset, params, search_pages
from talentintel.services.queries.filter_registry import Ctx, statement_shape
from talentintel.services.queries.job_filters import (
    EMPLOYMENT_TYPES,
    JOB_FILTERS,
    STATUSES,
    JobFilters,
    bind_values,
    conditions,
    parse_filters,
    q_condition,
)
from talentintel.services.queries.job_items import CSV_COLUMNS, ITEM_COLUMNS, WIDTH, csv_cells, item
from talentintel.services.queries.params import NotFound, Page
from talentintel.services.queries.tables import (
    COMPANIES,
    JOB_DATE,
    JOB_SALARY,
    JOB_SALARY_USD,
    JOBS,
    SIGHTINGS,
    SOURCES,
)
from talentintel.types import UTCDateTime

__all__ = [
    "CSV_COLUMNS", "EMPLOYMENT_TYPES", "FILTER_KEYS", "JOB_FILTERS", "STATUSES", "JobFilters", "csv_cells", "item",
    "parse_filters",
]  # fmt: skip
FILTER_KEYS = JOB_FILTERS.names()
SORTS = {
    "-posted_at": keyset.SortKey(JOB_DATE, JOBS.c.id, True, datetime.fromisoformat),
    "posted_at": keyset.SortKey(JOB_DATE, JOBS.c.id, False, datetime.fromisoformat),
    # When talentintel first saw the job: the order of a digest's new jobs (ix_jobs_first_seen serves it).
    "-first_seen": keyset.SortKey(JOBS.c.first_seen_at, JOBS.c.id, True, datetime.fromisoformat),
    "first_seen": keyset.SortKey(JOBS.c.first_seen_at, JOBS.c.id, False, datetime.fromisoformat),
    "-salary": keyset.SortKey(JOB_SALARY, JOBS.c.id, True, float),
    "-salary_usd": keyset.SortKey(JOB_SALARY_USD, JOBS.c.id, True, float),
    "relevance": keyset.SortKey(literal_column("0.0", Float()), JOBS.c.id, True, float),  # key built per query
}
DEFAULT_SORT = "-posted_at"
RELEVANCE = "relevance"


def default_sort(filters: JobFilters, sort: str | None) -> str:
    """The sort asked for; without one, by relevance when `q` is given, else newest first."""
    if sort is None or sort == "":
        return RELEVANCE if filters.q else DEFAULT_SORT
    sort = params.choice("sort", sort, SORTS, DEFAULT_SORT)
    if sort == RELEVANCE and not filters.q:
        raise params.InvalidParameter("sort", "relevance needs a search (q)")
    return sort


def where(filters: JobFilters, dialect: str) -> ColumnElement[bool]:
    """The filters as one condition on jobs (the digest and trends reuse it). Its bind names are unique, so
    several of these can share a statement."""
    return and_(true(), *conditions(bind_values(filters), dialect))


def order_by(filters: JobFilters, sort: str, dialect: str) -> tuple[Any, ...]:
    """ORDER BY of `sort` (validated as on /v1/jobs) for any statement over jobs, e.g. a digest's section; its bind
    names are unique, so it can sit beside where() conditions."""
    sort = default_sort(filters, sort)
    return keyset.order(sort_key(sort, bind_values(filters), dialect, unique=True))


def sort_key(sort: str, values: dict[str, Any], dialect: str, *, unique: bool) -> keyset.SortKey:
    """The SortKey of `sort`; relevance ranks the matches of the page's own search (q's bind values)."""
    if sort != RELEVANCE:
        return SORTS[sort]
    ctx = Ctx(values, dialect, unique)
    rank: ColumnElement[Any]
    if dialect == "postgresql":
        # Title matches first, then newest first: the tier is folded into the date (title matches 1000 years
        # ahead) so the key stays one timestamp; page_statement() reads each tier from the date index.
        return keyset.SortKey(case((title_match(ctx), _ahead(JOB_DATE)), else_=JOB_DATE), JOBS.c.id, True,
                              datetime.fromisoformat)  # fmt: skip
    else:
        # bm25 is better when lower; negated so that, as on PostgreSQL, a higher key ranks first. Titles weigh 10x.
        fts = table("jobs_fts", column("rowid", Integer))
        rank = (
            select(-func.bm25(literal_column("jobs_fts"), 10.0, 1.0, type_=Float()))
            .where(literal_column("jobs_fts").op("MATCH")(ctx.bind("q_fts", String())), fts.c.rowid == JOBS.c.id)
            .scalar_subquery()
        )
    return keyset.SortKey(rank, JOBS.c.id, True, float)


TITLE_TIER_YEARS = 1000


def _ahead(when: Any) -> ColumnElement[Any]:
    return type_coerce(when + literal_column(f"interval '{TITLE_TIER_YEARS} years'"), UTCDateTime())


def title_match(ctx: Ctx) -> ColumnElement[bool]:
    """The job's title alone matches q (expression GIN index of migration 0010: rare title words are found there,
    common ones by walking the date index)."""
    tsquery = func.to_tsquery(literal_column("'simple'::regconfig"), ctx.bind("q_ts", String()))
    return func.jobs_title_vector(JOBS.c.title).op("@@")(tsquery)  # type: ignore[no-any-return]


def _without_q(values: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if name not in ("q_ts", "q_fts")}


def _relevance_ids(values: dict[str, Any], take: Any) -> Select[Any]:
    """PostgreSQL relevance page ids: the title-match tier, then the rest, each read newest first by
    search_pages.branches (a bounded walk of the date index, then the GIN index for older matches). Without a
    cursor in the title tier both tiers read one window (each job read and tested once)."""
    ctx = Ctx(values, "postgresql", False)
    by_date = SORTS[DEFAULT_SORT]
    filters, classes = _search_filters(values)
    search = q_condition(ctx)
    assert search is not None  # relevance needs q (default_sort)
    title = title_match(ctx)
    # 2: a title match, 1: another match, 0: none. The title is tested only for matches (CASE stops at the first).
    grade = case((search, case((title, _number(2)), else_=_number(1))), else_=_number(0))

    def where(after: str | None) -> list[ColumnElement[bool]]:
        if after is None:
            return filters
        bound = after  # the tier's own bound name (after_title_key / after_rest_key) for "after_key"

        def bind(name: str, value: Any, type_: Any) -> Any:
            return bindparam(bound if name == "after_key" else name, value, type_=type_)

        return [*filters, keyset.after_condition(by_date, (values[after], values["after_id"]), bind)]

    rest_where = where("after_rest_key" if "after_rest_key" in values else None)
    rest_window = search_pages.window(rest_where, grade, by_date, "rest_window", classes)
    # The search stays beside the title test (a title match implies it): the GIN branch then reads the matches of
    # both indexes together.
    branches = search_pages.branches(rest_where, rest_window, 1, and_(search, not_(title)), by_date, _same, take)
    if "after_rest_key" not in values:  # a cursor in the rest tier is past every title match
        title_where, title_window = rest_where, rest_window
        if "after_title_key" in values:
            title_where = where("after_title_key")
            title_window = search_pages.window(title_where, grade, by_date, "title_window", classes)
        branches = search_pages.branches(title_where, title_window, 2, and_(search, title), by_date, _ahead,
                                         take) + branches  # fmt: skip
    # No ORDER BY over the branches: every title match ranks above every other match and each tier's first branch
    # holds its newest matches, so the page is the branches' rows in turn; PostgreSQL's Append runs them in turn
    # and stops at the LIMIT (the rest tier is not read while title matches fill the page). The caller orders the
    # page's rows again. tests/services/test_search_queries.py pages through every match on PostgreSQL.
    return select(union_all(*branches).subquery("tiers")).limit(take)


def _search_filters(values: dict[str, Any]) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """A search page's filters without q, and one condition per sector class when the sector filter means several
    (page_query names them sector_class_0.., as for page_statement): the window walks one index scan per class."""
    filters = conditions(_without_q(values), "postgresql", unique=False)
    named = _named(values)
    classes = [JOBS.c.sector_class == named(n, values[n], String()) for n in values if n.startswith("sector_class_")]
    if classes:
        filters.append(or_(*classes))
    return filters, classes


def _same(when: Any) -> Any:
    return when


def _number(n: int) -> ColumnElement[int]:
    """A number in the statement's text: pg_read binds only the filters' values (bind_values)."""
    return literal_column(str(n), Integer())


def _search_by_date_ids(values: dict[str, Any], take: Any) -> Select[Any]:
    """PostgreSQL newest-first page ids of a search (sort=-posted_at with q): search_pages.branches."""
    by_date = SORTS[DEFAULT_SORT]
    filters, classes = _search_filters(values)
    if "after_key" in values:
        filters.append(keyset.after_condition(by_date, (values["after_key"], values["after_id"]), _named(values)))
    search = q_condition(Ctx(values, "postgresql", False))
    assert search is not None
    grade = case((search, _number(1)), else_=_number(0))
    walked = search_pages.window(filters, grade, by_date, "date_window", classes)
    branches = search_pages.branches(filters, walked, 1, search, by_date, _same, take)
    return select(union_all(*branches).subquery("searched")).limit(take)


def _base(values: dict[str, Any], dialect: str, sort: keyset.SortKey) -> Select[Any]:
    return (
        select(*ITEM_COLUMNS, sort.key.label("sort_key"))
        .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
        .where(and_(true(), *conditions(values, dialect, unique=False)))
    )


@dataclass(frozen=True)
class PageQuery:
    """One page of jobs: the values of its named parameters, and a key equal for pages whose statements have the
    same text (same sort, limit and parameter names), so a compiled statement can be reused for them."""

    values: dict[str, Any]
    key: tuple[Any, ...]  # (dialect, sort, limit, statement_shape of the values: names and branching forms)


def page_query(
    filters: JobFilters,
    dialect: str,
    *,
    sort: str | None = None,
    limit: int = params.DEFAULT_LIMIT,
    cursor_token: str | None = None,
) -> PageQuery:
    """The page's parameters (validated) and, lazily, its statement. See page_statement()."""
    sort = default_sort(filters, sort)
    pg_relevance = dialect == "postgresql" and sort == RELEVANCE
    parse = SORTS[DEFAULT_SORT] if pg_relevance else SORTS[sort]  # PostgreSQL's relevance key is a date
    position = keyset.parse_after(parse, cursor.decode(cursor_token, "jobs", sort))
    values = bind_values(filters)
    classes = values.get("sector_classes", [])
    if dialect == "postgresql" and len(classes) > 1:  # one index scan per class: page_statement, search_pages
        del values["sector_classes"]
        values.update((f"sector_class_{i}", c) for i, c in enumerate(classes))
    if position is not None and pg_relevance:
        when, values["after_id"] = position
        if when.year >= 1500 + TITLE_TIER_YEARS:  # in the title tier (job dates are 1500..2500): 1000 years back
            values["after_title_key"] = when.replace(year=when.year - TITLE_TIER_YEARS)
        else:
            values["after_rest_key"] = when
    elif position is not None:
        values["after_key"], values["after_id"] = position
    return PageQuery(values, (dialect, sort, int(limit), statement_shape(values)))


def page_statement(query: PageQuery) -> Select[Any]:
    """First the ids and sort keys of the page (limit + 1 rows) from an index that holds the filtered columns
    (an index-only range scan that stops after the page), then those rows joined with their company. A filter on
    several sector classes (PostgreSQL) is one range scan per class, merged in order. Rows: ITEM_COLUMNS, sort key."""
    dialect, sort, limit, _names = query.key
    values = query.values
    key = sort_key(sort, values, dialect, unique=False)
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
    page: Select[Any]
    if sort == RELEVANCE and dialect == "postgresql":
        page = _relevance_ids(values, take)
    elif sort == DEFAULT_SORT and dialect == "postgresql" and "q_ts" in values:
        page = _search_by_date_ids(values, take)
    elif classes:
        branch = union_all(*(ids(JOBS.c.sector_class == _named(values)(c, values[c], String())) for c in classes))
        merged = branch.subquery("branches")
        page = (
            select(merged.c.id, merged.c.sort_key)
            .order_by(*keyset.order(key, merged.c.sort_key, merged.c.id))
            .limit(take)
        )
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
    rows, next_cursor = keyset.page(rows, limit, "jobs", sort or DEFAULT_SORT, lambda r: (r[WIDTH], r[0]))
    return Page([item(r) for r in rows], next_cursor)


def list_jobs(
    session: Session,
    filters: JobFilters,
    *,
    sort: str | None = None,
    limit: int = params.DEFAULT_LIMIT,
    cursor_token: str | None = None,
) -> Page:
    query = page_query(filters, session.get_bind().dialect.name, sort=sort, limit=limit, cursor_token=cursor_token)
    rows = session.connection().execute(page_statement(query)).all()
    return to_page(rows, limit, query.key[1])


def get_job(session: Session, job_id: int) -> dict[str, Any]:
    found = details(session.connection(), [job_id])
    if job_id not in found:
        raise NotFound("job_id", f"no job {job_id}")
    return found[job_id]


def details(conn: Connection, job_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """GET /v1/jobs/{id} for each id found (webhook payloads ask for many at once): two queries in all."""
    rows = conn.execute(
        select(*ITEM_COLUMNS, JOBS.c.description, JOBS.c.sector_confidence, JOBS.c.sector_evidence,
               JOBS.c.tagger_version, JOBS.c.updated_at)
        .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
        .where(JOBS.c.id.in_(list(job_ids)))
    ).all()  # fmt: skip
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        out[row.id] = {
            **item(row), "description": row.description, "sector_confidence": row.sector_confidence,
            "sector_evidence": row.sector_evidence, "tagger_version": row.tagger_version, "updated_at": row.updated_at,
            "sources": [],
        }  # fmt: skip
    sightings = conn.execute(
        select(SIGHTINGS.c.job_id, SOURCES.c.name, SIGHTINGS.c.url, SIGHTINGS.c.active, SIGHTINGS.c.first_seen_at,
               SIGHTINGS.c.last_seen_at, SIGHTINGS.c.match_rule, SIGHTINGS.c.partial)
        .join(SOURCES, SOURCES.c.id == SIGHTINGS.c.source_id)
        .where(SIGHTINGS.c.job_id.in_(list(out)))
        .order_by(SIGHTINGS.c.job_id, SIGHTINGS.c.first_seen_at)
    )  # fmt: skip
    for s in sightings:
        out[s.job_id]["sources"].append({
            "source": s.name, "url": s.url, "active": s.active, "first_seen_at": s.first_seen_at,
            "last_seen_at": s.last_seen_at, "match_rule": s.match_rule, "partial": s.partial,
        })  # fmt: skip
    return out


def export(
    engine: Engine, filters: JobFilters, *, sort: str | None = None, batch: int = 2000, csv: bool = False
) -> Iterator[list[Any]]:
    """Every matching job in `sort` order, in batches, from a server-side cursor: memory stays flat at any size.

    The statement is built (and the parameters validated) now; rows are read only as the iterator is consumed.
    Batches hold Job items (for NDJSON), or with `csv` lists of cells in CSV_COLUMNS order.
    """
    sort = default_sort(filters, sort)
    values, dialect = bind_values(filters), engine.dialect.name
    key = sort_key(sort, values, dialect, unique=False)
    return _stream(
        engine,
        _base(values, dialect, key).order_by(*keyset.order(key)),
        batch,
        csv_cells if csv else item,
    )


def _stream(engine: Engine, stmt: Select[Any], batch: int, shape: Callable[[Any], Any]) -> Iterator[list[Any]]:
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for rows in result.partitions():
            yield [shape(r) for r in rows]
