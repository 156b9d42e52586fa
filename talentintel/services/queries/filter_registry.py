"""A declarative filter registry: each filter is one Filter entry (name, label, help, type, choices, parser, bind
values, SQL condition), and everything that speaks filters reads the registry: query-string and saved-search
parsing, the SQL of pages, exports and digests, the OpenAPI parameters and the web app's filter form (describe()).

A filter's values travel as named bind values (Filter.bind): which names are present decides a statement's text,
so equal name sets compile to equal statements (the PostgreSQL read path caches compiled statements by them).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, true

from talentintel.errors import InvalidParameter


@dataclass(frozen=True)
class Ctx:
    """What a condition needs: the bind values of every filter, the dialect and how to make a bind parameter."""

    values: Mapping[str, Any]
    dialect: str
    unique: bool = True

    def bind(self, name: str, type_: Any) -> Any:
        return bindparam(name, self.values[name], type_=type_, unique=self.unique)


@dataclass(frozen=True)
class Filter:
    name: str
    label: str
    help: str
    type: str  # enum | string | boolean | number | datetime | date | text (for the web app and OpenAPI)
    parse: Callable[[str, Any], Any]  # (name, raw value) -> parsed value; None or [] when absent
    bind: Callable[[Any], dict[str, Any]]  # parsed value -> named bind values
    condition: Callable[[Ctx], ColumnElement[bool] | None]  # None when none of its bind values is present
    repeatable: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None  # parsed value when absent
    example: Any = None
    schema: Mapping[str, Any] = field(default_factory=dict)  # extra JSON-schema keywords (maxLength, minimum...)

    def describe(self) -> dict[str, Any]:
        """The entry as plain data: what a filter form or a client needs to offer it."""
        return {
            "name": self.name, "label": self.label, "type": self.type, "choices": list(self.choices),
            "help": self.help, "repeatable": self.repeatable, "default": self.default,
        }  # fmt: skip

    def openapi(self) -> dict[str, Any]:
        """An OpenAPI parameter object (in: query)."""
        item: dict[str, Any] = {"type": _JSON_TYPES.get(self.type, "string"), **self.schema}
        if self.type in _FORMATS:
            item["format"] = _FORMATS[self.type]
        if self.choices:
            item["enum"] = list(self.choices)
        schema = {"type": "array", "items": item} if self.repeatable else dict(item)
        if self.default is not None and not self.repeatable:
            schema["default"] = self.default
        param: dict[str, Any] = {"name": self.name, "in": "query", "required": False, "schema": schema}
        param["description"] = self.help + (" Repeatable." if self.repeatable else "")
        if self.repeatable:
            param["style"], param["explode"] = "form", True
        if self.example is not None:
            param["example"] = self.example
        return param


_JSON_TYPES = {"boolean": "boolean", "number": "number"}
_FORMATS = {"datetime": "date-time", "date": "date"}


class Registry:
    """An ordered set of filters with the parsing every caller shares."""

    def __init__(
        self, kind: str, filters: Iterable[Filter], check: Callable[[Mapping[str, Any]], None] | None = None
    ) -> None:
        self.kind = kind
        self.filters: dict[str, Filter] = {f.name: f for f in filters}
        self.check = check  # rules across filters (amount_min <= amount_max): InvalidParameter naming one

    def __iter__(self) -> Any:
        return iter(self.filters.values())

    def names(self) -> tuple[str, ...]:
        return tuple(self.filters)

    def without(self, kind: str, *names: str) -> Registry:
        """The same entries but `names`: a narrower vocabulary for a reader that answers some filters another way,
        such as the trends, whose window replaces the date filters. The check stays (it skips absent filters)."""
        unknown = set(names) - set(self.filters)
        if unknown:
            raise KeyError(f"{self.kind} has no filter {sorted(unknown)}")
        return Registry(kind, [f for f in self if f.name not in names], self.check)

    def describe(self) -> list[dict[str, Any]]:
        return [f.describe() for f in self]

    def unknown(self, name: str, extra: Iterable[str] = ()) -> InvalidParameter:
        allowed = [*self.filters, *extra]
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return InvalidParameter(name, f"unknown parameter; {hint}allowed: {', '.join(allowed)}")

    def parse(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Parsed values of the filters present in `raw` (a saved search, a subscription, keyword arguments);
        InvalidParameter names an unknown filter or a bad value."""
        out: dict[str, Any] = {}
        for name, value in raw.items():
            flt = self.filters.get(name)
            if flt is None:
                raise self.unknown(name)
            if not flt.repeatable and isinstance(value, list | tuple):
                if len(value) > 1:
                    raise InvalidParameter(name, "given more than once; it takes one value")
                value = value[0] if value else None
            out[name] = flt.parse(name, value)
        if self.check is not None:
            self.check(out)
        return out

    def from_query(
        self, items: Iterable[tuple[str, str]], extra: Iterable[str] = (), extra_repeatable: Iterable[str] = ()
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """A query string's (name, value) pairs -> (parsed filters, the `extra` parameters as given: the first
        value of an `extra_repeatable` one).

        Every name is checked: an unknown one, or a single-valued one given twice, is an InvalidParameter naming it."""
        repeatable = tuple(extra_repeatable)
        extra = (*extra, *repeatable)
        grouped: dict[str, list[str]] = {}
        for name, value in items:
            grouped.setdefault(name, []).append(value)
        raw: dict[str, Any] = {}
        others: dict[str, str] = {}
        for name, values in grouped.items():
            flt = self.filters.get(name)
            if flt is None and name not in extra:
                raise self.unknown(name, extra)
            if len(values) > 1 and not (flt.repeatable if flt is not None else name in repeatable):
                raise InvalidParameter(name, "given more than once; it takes one value")
            if flt is None:
                others[name] = values[0]
            else:
                raw[name] = values if flt.repeatable else values[0]
        return self.parse(raw), others

    def bind_values(self, parsed: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for flt in self:
            value = parsed.get(flt.name, flt.default)
            if value is not None and value != []:
                values.update(flt.bind(value))
        return values

    def conditions(self, values: Mapping[str, Any], dialect: str, *, unique: bool = True) -> list[ColumnElement[bool]]:
        ctx = Ctx(values, dialect, unique)
        return [c for c in (flt.condition(ctx) for flt in self) if c is not None]

    def where(self, parsed: Mapping[str, Any], dialect: str) -> ColumnElement[bool]:
        """The parsed filters as one condition; its bind names are unique, so several can share a statement."""
        return and_(true(), *self.conditions(self.bind_values(parsed), dialect))

    def openapi(self) -> list[dict[str, Any]]:
        return [f.openapi() for f in self]


def statement_shape(values: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """What of a statement's bind values decides its text: their names, and the values a condition may branch on
    (a boolean, whether a list is empty: company_match reads the slugs alone when no id is given). Equal shapes
    compile to equal statements, so a compiled statement is reused by shape (pg_read, pg_lists)."""
    return tuple(
        (name, v if isinstance(v, bool) else (not v) if isinstance(v, list | tuple) else None)
        for name, v in values.items()
    )


def hashable_values(values: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Bind or filter values as a hashable tuple in their own order (lists as tuples): a page-cache key's part."""
    return tuple((name, tuple(v) if isinstance(v, list) else v) for name, v in values.items())


class FilterValues:
    """Validated filters of one registry (a subclass names it) by name, those given; an absent filter reads as
    its default ([] when repeatable). Keyword arguments are taken as already parsed."""

    __slots__ = ("values",)
    registry: Registry

    def __init__(self, values: Mapping[str, Any] | None = None, **given: Any) -> None:
        self.values: dict[str, Any] = {**(values or {}), **given}

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Any:
        """Validate raw filters (a saved search's, keyword arguments); InvalidParameter names the culprit."""
        return cls(cls.registry.parse(raw))

    def __getattr__(self, name: str) -> Any:
        if name == "values":
            raise AttributeError(name)
        if name in self.values:
            return self.values[name]
        flt = self.registry.filters.get(name)
        if flt is None:
            raise AttributeError(name)
        return [] if flt.repeatable else flt.default

    def replace(self, **changes: Any) -> Any:
        return type(self)({**self.values, **changes})

    def where(self, dialect: str) -> ColumnElement[bool]:
        return self.registry.where(self.values, dialect)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.values == other.values  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.values!r})"
