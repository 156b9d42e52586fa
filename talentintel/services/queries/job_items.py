"""The job item of lists, exports and details, declared once as a named column spec (ITEM_SPEC): the columns a
page selects, the item's keys and the CSV header all come from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Text, cast
from sqlalchemy.engine import Row

from talentintel.services.queries.tables import COMPANIES, JOBS

# How a cell becomes an item value. JSON columns are read as their JSON text and spliced into the response as is
# (orjson.Fragment): decoding and re-encoding four small arrays per row was most of the Python time of a page.
PLAIN, JSON, COMPANY, KEY_LIST = "plain", "json", "company", "key_list"


@dataclass(frozen=True)
class Cell:
    name: str
    columns: tuple[ColumnElement[Any], ...]
    kind: str = PLAIN
    csv: tuple[str, ...] = ()  # CSV column names when not just `name`


def _cell(name: str, column: Any, kind: str = PLAIN) -> Cell:
    return Cell(name, (column,), kind)


ITEM_SPEC: tuple[Cell, ...] = (
    _cell("id", JOBS.c.id),
    _cell("title", JOBS.c.title),
    Cell("company", (JOBS.c.company_id, COMPANIES.c.name, COMPANIES.c.slug), COMPANY,
         ("company_id", "company_name", "company_slug")),
    _cell("locations", cast(JOBS.c.locations, Text), JSON),
    _cell("regions", cast(JOBS.c.regions, Text), JSON),
    _cell("countries", cast(JOBS.c.countries, Text), JSON),
    _cell("remote", JOBS.c.remote),
    _cell("workplace_type", JOBS.c.workplace_type),
    _cell("employment_type", JOBS.c.employment_type),
    _cell("department", JOBS.c.department),
    _cell("seniority", JOBS.c.seniority),
    _cell("skills", JOBS.c.skills_key, KEY_LIST),
    _cell("salary_min", JOBS.c.salary_min),
    _cell("salary_max", JOBS.c.salary_max),
    _cell("salary_currency", JOBS.c.salary_currency),
    _cell("salary_period", JOBS.c.salary_period),
    _cell("salary_usd_min", JOBS.c.salary_usd_min),
    _cell("salary_usd_max", JOBS.c.salary_usd_max),
    _cell("visa_sponsorship", JOBS.c.visa_sponsorship),
    _cell("sector", cast(JOBS.c.sector, Text), JSON),
    _cell("sector_class", JOBS.c.sector_class),
    _cell("url", JOBS.c.url),
    _cell("apply_url", JOBS.c.apply_url),
    _cell("status", JOBS.c.status),
    _cell("posted_at", JOBS.c.posted_at),
    _cell("first_seen_at", JOBS.c.first_seen_at),
    _cell("last_seen_at", JOBS.c.last_seen_at),
    _cell("closed_at", JOBS.c.closed_at),
)  # fmt: skip
ITEM_COLUMNS: tuple[ColumnElement[Any], ...] = tuple(c for cell in ITEM_SPEC for c in cell.columns)
WIDTH = len(ITEM_COLUMNS)
CSV_COLUMNS: tuple[str, ...] = tuple(n for cell in ITEM_SPEC for n in (cell.csv or (cell.name,)))


def _positions() -> tuple[tuple[int, str, str], ...]:
    out, at = [], 0
    for cell in ITEM_SPEC:
        out.append((at, cell.name, cell.kind))
        at += len(cell.columns)
    return tuple(out)


_POSITIONS = _positions()


def _keys(key: str | None) -> list[str]:
    return [s for s in key.split(",") if s] if key else []


def _cell_expression(at: int, kind: str) -> str:
    if kind == JSON:
        return f"json_text(c{at})"
    if kind == KEY_LIST:
        return f"_keys(c{at})"
    if kind == COMPANY:
        return f"{{'id': c{at}, 'name': c{at + 1}, 'slug': c{at + 2}}} if c{at} is not None else None"
    return f"c{at}"


def _compile_item() -> Callable[..., dict[str, Any]]:
    """item() generated from ITEM_SPEC as one dict display: it runs for every row of every page, and a loop over
    the spec cost 2-5x the hand-written dict of the 25 unpacked cells it replaced (~5 us a row); this costs the same
    per cell."""
    unpack = ", ".join(f"c{i}" for i in range(WIDTH))
    cells = ", ".join(f"{name!r}: {_cell_expression(at, kind)}" for at, name, kind in _POSITIONS)
    source = f"def item(r, json_text=_fragment):\n    {unpack} = r[:{WIDTH}]\n    return {{{cells}}}\n"
    namespace: dict[str, Any] = {"_fragment": orjson.Fragment, "_keys": _keys}
    exec(compile(source, "<job_items.item>", "exec"), namespace)  # source built from ITEM_SPEC only
    return namespace["item"]  # type: ignore[no-any-return]


# item(row, json_text=orjson.Fragment): one selected row (ITEM_COLUMNS first) as the API's Job item, straight from
# the cells (no ORM objects). `json_text` turns the JSON columns' text into values: orjson.Fragment (spliced into a
# response) by default, orjson.loads where the values are needed.
item: Callable[..., dict[str, Any]] = _compile_item()


def csv_cells(r: Row[Any] | tuple[Any, ...]) -> list[Any]:
    """One row as CSV cells in CSV_COLUMNS order (lists joined with '; ', dates ISO 8601, null empty)."""
    cells: list[Any] = []
    for at, _name, kind in _POSITIONS:
        if kind is COMPANY:
            cells.extend("" if v is None else v for v in r[at : at + 3])
            continue
        value = r[at]
        if value is None:
            cells.append("")
        elif kind is JSON:
            cells.append("; ".join(str(v) for v in orjson.loads(value)))
        elif kind is KEY_LIST:
            cells.append("; ".join(_keys(value)))
        elif isinstance(value, datetime):
            cells.append(value.isoformat())
        else:
            cells.append(value)
    return cells
