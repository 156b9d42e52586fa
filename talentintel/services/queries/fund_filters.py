"""The fund filter vocabulary: one registry entry per filter of GET /v1/funds and its exports (FUND_FILTERS).
Adding a filter is one entry here plus its test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from talentintel.models import Fund
from talentintel.services.queries import filter_parts as parts
from talentintel.services.queries.filter_parts import investor_match
from talentintel.services.queries.filter_registry import FilterValues, Registry

FUNDS: Table = Fund.__table__  # type: ignore[attr-defined]
FOCUS_HELP = (
    "Focus sector: `crypto` (including crypto-AI funds), `ai` (including crypto-AI), `both` (the intersection; "
    "`intersection` too), `none` (generalist or not stated). Any of the given values matches."
)

FUND_FILTERS = Registry("funds", [
    parts.investor("Investor slug or id: funds it raised.", lambda c: investor_match(c, FUNDS.c.investor_id)),
    parts.sector(FUNDS.c.focus_class, name="focus", label="Focus sector", help=FOCUS_HELP),
    parts.region_bits(FUNDS.c.region_mask, "Funds investing in any of these regions."),
    parts.bound("announced_after", "Announced on or after", "Announced on or after this date (YYYY-MM-DD).",
                FUNDS.c.announced_on, lower=True),
    parts.bound("announced_before", "Announced before", "Announced before this date.", FUNDS.c.announced_on,
                lower=False),
    parts.bound("amount_min", "Smallest fund (USD)", "Funds of at least this many US dollars.", FUNDS.c.amount_usd,
                lower=True),
    parts.bound("amount_max", "Largest fund (USD)", "Funds of at most this many US dollars.", FUNDS.c.amount_usd,
                lower=False),
], check=parts.ranges(("amount_min", "amount_max"), ("announced_after", "announced_before")))  # fmt: skip


class FundFilters(FilterValues):
    """Validated fund filters by name (those given); absent ones read as their defaults."""

    __slots__ = ()
    registry = FUND_FILTERS


def parse_filters(raw: Mapping[str, Any]) -> FundFilters:
    """Validated filters; InvalidParameter names the parameter (the API answers 400 problem+json)."""
    return FundFilters(FUND_FILTERS.parse(raw))
