"""The lean read path of funding-round and company pages on PostgreSQL: the read pool of job pages (pg_read), a
statement compiled once per shape, JSON columns spliced as their text.

A page is two statements, as on the session path (funding.list_rounds, companies.list_companies): the rows of the
page (filters from the registries, keyset bound, LIMIT in the text), then the rounds' investors or the companies'
open-job counts by id. Statements are compiled once per shape (sort, limit, which bind values are set and their
form: statement_shape) when every parameter is a named bind value; a filter that binds anonymous values (a
company name search, a JSON-array test) is compiled for its request. Items are the session path's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Integer, Select, Text, and_, any_, bindparam, cast, func, literal_column, select, true
from sqlalchemy.dialects.postgresql import ARRAY

from talentintel.services.queries import companies, cursor, funding, keyset, params, pg_read
from talentintel.services.queries.filter_registry import Registry, statement_shape
from talentintel.services.queries.params import Page
from talentintel.services.queries.tables import COMPANIES, INVESTORS, JOBS, ROUND_INVESTORS, ROUNDS


def _as_text(columns: tuple[Any, ...], json_at: tuple[int, ...]) -> tuple[Any, ...]:
    return tuple(cast(c, Text) if i in json_at else c for i, c in enumerate(columns))


ROUND_JSON = (11, 12, 14, 15)  # sources, sector, regions, countries in funding.COLUMNS
COMPANY_JSON = (5, 7)  # sector, regions in companies.COLUMNS
ROUND_COLUMNS = _as_text(funding.COLUMNS, ROUND_JSON)
COMPANY_COLUMNS = _as_text(companies.COLUMNS, COMPANY_JSON)
_IDS = bindparam("ids", type_=ARRAY(Integer()))
BACKERS = (
    select(ROUND_INVESTORS.c.round_id, INVESTORS.c.id, INVESTORS.c.slug, INVESTORS.c.name, ROUND_INVESTORS.c.is_lead)
    .join(INVESTORS, INVESTORS.c.id == ROUND_INVESTORS.c.investor_id)
    .where(ROUND_INVESTORS.c.round_id == any_(_IDS))
    .order_by(ROUND_INVESTORS.c.round_id, ROUND_INVESTORS.c.is_lead.desc(), INVESTORS.c.name)
)
OPEN_JOBS = (
    select(JOBS.c.company_id, func.count())
    .where(JOBS.c.company_id == any_(_IDS), JOBS.c.status == literal_column("'open'"))
    .group_by(JOBS.c.company_id)
)


def _spliced(row: Any, json_at: tuple[int, ...]) -> list[Any]:
    """The row with its JSON columns' text as orjson fragments (spliced into the page as they are)."""
    cells = list(row)
    for i in json_at:
        if cells[i] is not None:
            cells[i] = orjson.Fragment(cells[i])
    return cells


async def _fetch(pool: pg_read.ReadPool, shape: tuple[Any, ...], build: Callable[[], Any],
                 values: dict[str, Any]) -> list[Any]:  # fmt: skip
    found = pg_read.recall(shape)
    if found is not None:
        return await pool.fetch(found.sql, [values[name] for name in found.names])
    statement = build().compile(dialect=pg_read.DIALECT, compile_kwargs={"render_postcompile": True})
    names = tuple(statement.positiontup or ())
    if all(name in values for name in names):
        pg_read.remember(shape, pg_read.Compiled(statement.string, names))
        args = [values[name] for name in names]
    else:  # anonymous bind values (a name search): this request's own compilation
        args = [statement.params[name] for name in names]
    return await pool.fetch(statement.string, args)


def _page_statement(columns: tuple[Any, ...], source: Any, registry: Registry, key: keyset.SortKey,
                    values: dict[str, Any], limit: int) -> Select[Any]:  # fmt: skip
    conds = registry.conditions(values, "postgresql", unique=False)
    if "after_key" in values:
        bind = lambda name, value, type_: bindparam(name, value, type_=type_)  # noqa: E731
        conds.append(keyset.after_condition(key, (values["after_key"], values["after_id"]), bind))
    return (
        select(*columns, key.key.label("sort_key"))
        .select_from(source)
        .where(and_(true(), *conds))
        .order_by(*keyset.order(key))
        .limit(literal_column(str(int(limit) + 1), Integer()))  # in the text: a generic plan knows the page size
    )


async def _rows(pool: pg_read.ReadPool, kind: str, columns: tuple[Any, ...], source: Any, registry: Registry,
                values: dict[str, Any], sorts: dict[str, keyset.SortKey], sort: str, limit: int,
                cursor_token: str | None) -> tuple[list[Any], str | None]:  # fmt: skip
    key = sorts[sort]
    position = keyset.parse_after(key, cursor.decode(cursor_token, kind, sort))
    if position is not None:
        values["after_key"], values["after_id"] = position
    shape = (kind, sort, int(limit), statement_shape(values))
    rows = await _fetch(pool, shape, lambda: _page_statement(columns, source, registry, key, values, limit), values)
    page, next_cursor = keyset.page([tuple(r) for r in rows], limit, kind, sort, lambda r: (r[-1], r[0]))
    return list(page), next_cursor


async def rounds(pool: pg_read.ReadPool, filters: funding.RoundFilters, *, sort: str = funding.DEFAULT_SORT,
                 limit: int = 50, cursor_token: str | None = None) -> Page:  # fmt: skip
    """funding.list_rounds's page, read from the pool."""
    sort = params.choice("sort", sort, funding.SORTS, funding.DEFAULT_SORT)
    values = funding.ROUND_FILTERS.bind_values(filters.values)
    source = ROUNDS.outerjoin(COMPANIES, COMPANIES.c.id == ROUNDS.c.company_id)
    rows, next_cursor = await _rows(pool, "rounds", ROUND_COLUMNS, source, funding.ROUND_FILTERS, values,
                                    funding.SORTS, sort, limit, cursor_token)  # fmt: skip
    ids = [r[0] for r in rows]
    backers: dict[int, list[dict[str, Any]]] = {rid: [] for rid in ids}
    if ids:
        for rid, iid, slug, name, lead in await _fetch(pool, ("round_investors",), lambda: BACKERS, {"ids": ids}):
            backers[rid].append({"id": iid, "slug": slug, "name": name, "lead": bool(lead)})
    items = [{**funding.item(_spliced(r, ROUND_JSON)), "investors": backers[r[0]]} for r in rows]
    return Page(items, next_cursor)


async def companies_page(pool: pg_read.ReadPool, filters: companies.CompanyFilters, *, sort: str = "name",
                         limit: int = 50, cursor_token: str | None = None) -> Page:  # fmt: skip
    """companies.list_companies's page, read from the pool."""
    sort = params.choice("sort", sort, companies.SORTS, "name")
    values = companies.COMPANY_FILTERS.bind_values(filters.values)
    rows, next_cursor = await _rows(pool, "companies", COMPANY_COLUMNS, COMPANIES, companies.COMPANY_FILTERS, values,
                                    companies.SORTS, sort, limit, cursor_token)  # fmt: skip
    ids = [r[0] for r in rows]
    counts = {}
    if ids:
        counts = {int(c): int(n) for c, n in await _fetch(pool, ("open_jobs",), lambda: OPEN_JOBS, {"ids": ids})}
    items = [{**companies.item(_spliced(r, COMPANY_JSON)), "open_jobs": counts.get(r[0], 0)} for r in rows]
    return Page(items, next_cursor)
