"""Convert an amount in another currency to USD with the yearly-average rates table in data/."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from talentintel.funding.page_year import fallback_year

# A rate is used up to this many years before a currency's first row: NGN's rows start in 2019, and the naira of 2015
# was worth half as many per dollar, so a 2015 sum at the 2019 rate would be a wrong number where null is honest.
_BEFORE_FIRST = 2


@cache
def _tables() -> tuple[dict[str, dict[int, float]], dict[str, int]]:
    """(rates by currency and year, each currency's last full year). A year told only to date (source ecb-ytd) is no
    full year: an undated text keeps the last full year's average, the rate its label was set at (fxyear86)."""
    rates: dict[str, dict[int, float]] = {}
    full: dict[str, int] = {}
    text = resources.files("talentintel.funding").joinpath("data/fx_usd_yearly.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    for row in rows:
        year = int(row["year"])
        rates.setdefault(row["currency"], {})[year] = float(row["units_per_usd"])
        if not row["source"].endswith("-ytd"):
            full[row["currency"]] = max(full.get(row["currency"], year), year)
    return rates, full


def _table() -> dict[str, dict[int, float]]:
    return _tables()[0]


def to_usd(amount: float, currency: str, year: int | None) -> float | None:
    """USD value of `amount` in `currency` at that year's average rate; None for an unknown currency.

    A year after the table uses its last row, a year up to two before it its first (rates move less than the error of
    "about"), an earlier year nothing; no year, the year of the page being parsed from its URL (page_year), else the
    last full year.
    """
    if currency == "USD":
        return amount
    by_year = _table().get(currency)
    if not by_year:
        return None
    years = sorted(by_year)
    # No year: the page's URL year (page_year, set by parse_deals for an undated page), else the last full year.
    year = year if year is not None else fallback_year()
    if year is None:
        year = _tables()[1].get(currency, years[-1])
    if year < years[0] - _BEFORE_FIRST:
        return None
    y = min(max(year, years[0]), years[-1])
    return amount / by_year[y]
