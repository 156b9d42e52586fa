"""Building blocks of filter registry entries that several vocabularies share (jobs, funding rounds, funds,
companies): parsers, bind-value makers, conditions, and whole entries for filters that mean the same on every list
(sector, region, company, investor, amount and date ranges). A vocabulary module lists its entries; this module
keeps one spelling of each meaning."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Float,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY

from talentintel.models import REGIONS, region_mask
from talentintel.services.queries import params
from talentintel.services.queries.filter_registry import Ctx, Filter
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS

SECTOR_HELP = (
    "`crypto` = tagged crypto (including crypto-AI), `ai` = tagged AI (including crypto-AI), `both` = tagged both "
    "crypto and AI (the intersection; `intersection` is accepted too), `none` = neither. Any of the given values "
    "matches."
)


def ids_and_slugs(values: list[str]) -> tuple[list[int], list[str]]:
    ids = [int(v) for v in values if v.isdigit() and len(v) < 18]
    return ids, [v.lower() for v in values if not (v.isdigit() and len(v) < 18)]


def one_of(ctx: Ctx, column_: Any, name: str, item_type: Any) -> Any:
    """column IN (values[name]) as ONE parameter: = ANY(array) on PostgreSQL (the same statement text for any
    number of values), an expanding IN elsewhere."""
    value = ctx.values[name]
    if ctx.dialect == "postgresql":
        return column_ == any_(bindparam(name, value, type_=ARRAY(item_type), unique=ctx.unique))
    return column_.in_(bindparam(name, value, expanding=True, unique=ctx.unique))


def company_match(ctx: Ctx, column_: Any, prefix: str) -> ColumnElement[bool]:
    """column_ is one of the companies bound as {prefix}_ids / {prefix}_slugs."""
    by_id = one_of(ctx, column_, f"{prefix}_ids", BigInteger())
    if not ctx.values.get(f"{prefix}_slugs"):
        return by_id  # type: ignore[no-any-return]
    slugs = select(COMPANIES.c.id).where(one_of(ctx, COMPANIES.c.slug, f"{prefix}_slugs", String()))
    return or_(by_id, column_.in_(slugs)) if ctx.values[f"{prefix}_ids"] else column_.in_(slugs)


def investor_match(ctx: Ctx, column_: Any) -> ColumnElement[bool]:
    """column_ (an investor id) is one of the investors bound as investor_ids / investor_slugs, resolved in one
    subquery on investors: `column_ = ANY(ids) OR column_ IN (slug subquery)` made PostgreSQL walk every round by
    date testing each one (/v1/funding-rounds?investor=... 115 ms at 100,000 rounds; 4.8 ms this way)."""
    by_id_or_slug = or_(one_of(ctx, INVESTORS.c.id, "investor_ids", BigInteger()),
                        one_of(ctx, INVESTORS.c.slug, "investor_slugs", String()))  # fmt: skip
    return column_.in_(select(INVESTORS.c.id).where(by_id_or_slug))  # type: ignore[no-any-return]


def investor_companies_of(ctx: Ctx) -> Select[Any]:
    return select(COMPANY_INVESTORS.c.company_id).where(investor_match(ctx, COMPANY_INVESTORS.c.investor_id))


def refs(prefix: str, *, always_slugs: bool = False) -> Callable[[list[str]], dict[str, Any]]:
    """Bind ids and slugs. Which names are bound decides the statement's text (PageQuery.key): slugs are bound only
    when given, unless the condition always reads both (investor)."""

    def bind(value: list[str]) -> dict[str, Any]:
        ids, slugs = ids_and_slugs(value)
        return {f"{prefix}_ids": ids, f"{prefix}_slugs": slugs} if slugs or always_slugs else {f"{prefix}_ids": ids}

    return bind


def when(name: str, make: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
    """A condition made only when bind value `name` is present."""
    return lambda ctx: make(ctx) if name in ctx.values else None


def enum_of(choices: tuple[str, ...]) -> Callable[[str, Any], list[str]]:
    return lambda name, value: params.enum_list(name, value, choices)


def single_enum(choices: tuple[str, ...], default: str) -> Callable[[str, Any], str]:
    return lambda name, value: params.choice(name, value, choices, default)


def refs_list(name: str, value: Any) -> list[str]:
    out = params.as_list(value)
    for ref in out:
        if len(ref) > 200:
            raise params.InvalidParameter(name, "an id or slug is at most 200 characters")
    return out


# Whole entries ---------------------------------------------------------------------------------------------------


def sector(column_: Any, *, name: str = "sector", label: str = "Sector", help: str = SECTOR_HELP) -> Filter:
    """Sector words (crypto includes crypto-AI, both = the intersection) against a sector-class column."""
    bound = f"{name}_classes"
    return Filter(name, label, help, "enum", enum_of(tuple(params.SECTORS)),
                  lambda v: {bound: params.sector_classes(v)},
                  when(bound, lambda c: one_of(c, column_, bound, String())),
                  repeatable=True, choices=tuple(params.SECTORS), example=["crypto"])  # fmt: skip


def region_bits(column_: Any, help: str) -> Filter:
    """Regions against a region_mask column (bits of REGIONS): one AND, no join."""
    return Filter("region", "Region", help, "enum", enum_of(REGIONS), lambda v: {"region_mask": region_mask(v)},
                  when("region_mask", lambda c: column_.op("&")(c.bind("region_mask", Integer()))
                       != literal_column("0")),
                  repeatable=True, choices=REGIONS)  # fmt: skip


def company(column_: Any, help: str = "Company id or slug.") -> Filter:
    return Filter("company", "Company", help, "string", refs_list, refs("company"),
                  when("company_ids", lambda c: company_match(c, column_, "company")), repeatable=True)  # fmt: skip


def investor(help: str, condition: Callable[[Ctx], ColumnElement[bool]]) -> Filter:
    """Investor ids or slugs; `condition` reads the bind values investor_ids and investor_slugs."""
    return Filter("investor", "Investor", help, "string", refs_list, refs("investor", always_slugs=True),
                  when("investor_ids", condition), repeatable=True, example=["paradigm"])  # fmt: skip


def bound(name: str, label: str, help: str, column_: Any, *, lower: bool) -> Filter:
    """A lower (`lower`) or upper bound on a number (type number) or a date (type date) column, named like
    amount_min / announced_after; ranges() checks the pair."""
    is_date = isinstance(column_.type, Date)
    kind, parse, type_ = ("date", params.day, Date()) if is_date else ("number", params.number, Float())

    def condition(c: Ctx) -> ColumnElement[bool]:
        value = c.bind(name, type_)
        if is_date:
            return column_ >= value if lower else column_ < value  # type: ignore[no-any-return]
        return column_ >= value if lower else column_ <= value  # type: ignore[no-any-return]

    return Filter(name, label, help, kind, parse, lambda v: {name: v}, when(name, condition),
                  schema={} if is_date else {"minimum": 0})  # fmt: skip


def ranges(*pairs: tuple[str, str]) -> Callable[[Mapping[str, Any]], None]:
    """A registry check: for each (low, high) pair of bounds given together, low must not exceed high (dates:
    the window must not be empty). InvalidParameter names the upper one."""

    def check(parsed: Mapping[str, Any]) -> None:
        for low, high in pairs:
            lo, hi = parsed.get(low), parsed.get(high)
            if lo is None or hi is None:
                continue
            if isinstance(lo, float) and lo > hi:
                raise params.InvalidParameter(high, f"must be at least {low}")
            if not isinstance(lo, float) and lo >= hi:
                raise params.InvalidParameter(high, f"must be after {low}")

    return check
