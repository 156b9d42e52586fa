"""The funding-round filter vocabulary: one registry entry per filter of GET /v1/funding-rounds, funding saved
searches, digests and webhooks (ROUND_FILTERS). Adding a filter is one entry here plus its test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, String, select

from talentintel.funding.rounds import ROUNDS as ROUND_TYPES
from talentintel.services.queries import filter_parts as parts
from talentintel.services.queries import params
from talentintel.services.queries.filter_parts import enum_of, investor_match, one_of, when
from talentintel.services.queries.filter_registry import Ctx, Filter, FilterValues, Registry
from talentintel.services.queries.sqlfn import TEXT_ARRAY, json_array_has_any
from talentintel.services.queries.tables import ROUND_INVESTORS, ROUNDS


def _backed_by(ctx: Ctx) -> ColumnElement[bool]:
    return ROUNDS.c.id.in_(select(ROUND_INVESTORS.c.round_id).where(investor_match(ctx, ROUND_INVESTORS.c.investor_id)))


def _countries(ctx: Ctx) -> ColumnElement[bool]:
    countries = ctx.values["round_countries"]
    return json_array_has_any(ROUNDS.c.countries, countries, ctx.dialect, ctx.bind("round_countries", TEXT_ARRAY))


ROUND_FILTERS = Registry("funding-rounds", [
    parts.investor("Investor slug or id that took part in the round.", _backed_by),
    Filter("round", "Round type", "Round type; a round of any of them matches.", "enum", enum_of(ROUND_TYPES),
           lambda v: {"round_types": v}, when("round_types", lambda c: one_of(c, ROUNDS.c.round_type, "round_types",
                                                                                 String())),
           repeatable=True, choices=ROUND_TYPES, example=["seed"]),
    parts.bound("amount_min", "Smallest amount (USD)", "Rounds of at least this many US dollars.",
                ROUNDS.c.amount_usd, lower=True),
    parts.bound("amount_max", "Largest amount (USD)", "Rounds of at most this many US dollars.",
                ROUNDS.c.amount_usd, lower=False),
    parts.sector(ROUNDS.c.sector_class),
    parts.region_bits(ROUNDS.c.region_mask, "A round of a company in any of these regions matches."),
    Filter("country", "Country", "ISO 3166-1 alpha-2 code (US, DE, SG); a round in any of them matches.", "string",
           lambda n, v: params.countries(v, n), lambda v: {"round_countries": v}, when("round_countries", _countries),
           repeatable=True, example=["US"], schema={"minLength": 2, "maxLength": 2}),
    parts.company(ROUNDS.c.company_id),
    parts.bound("announced_after", "Announced on or after", "Announced on or after this date (YYYY-MM-DD).",
                ROUNDS.c.announced_on, lower=True),
    parts.bound("announced_before", "Announced before", "Announced before this date.", ROUNDS.c.announced_on,
                lower=False),
], check=parts.ranges(("amount_min", "amount_max"), ("announced_after", "announced_before")))  # fmt: skip


class RoundFilters(FilterValues):
    """Validated funding-round filters by name (those given); absent ones read as their defaults."""

    __slots__ = ()
    registry = ROUND_FILTERS


def parse_filters(raw: Mapping[str, Any]) -> RoundFilters:
    """Validate round filters (query parameters, a saved search's, keyword arguments); InvalidParameter names the
    culprit: an unknown filter, a single one given twice, a malformed value, amount_min above amount_max."""
    return RoundFilters(ROUND_FILTERS.parse(raw))
