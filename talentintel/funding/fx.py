"""Convert an amount in another currency to USD with the yearly-average rates table in data/."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from talentintel.funding.page_year import fallback_year


@cache
def _table() -> dict[str, dict[int, float]]:
    rates: dict[str, dict[int, float]] = {}
    text = resources.files("talentintel.funding").joinpath("data/fx_usd_yearly.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    for row in rows:
        rates.setdefault(row["currency"], {})[int(row["year"])] = float(row["units_per_usd"])
    return rates


def to_usd(amount: float, currency: str, year: int | None) -> float | None:
    """USD value of `amount` in `currency` at that year's average rate; None for an unknown currency.

    A year outside the table uses the nearest year in it (rates move less than the error of "about"); no year, the
    year of the page being parsed from its URL (page_year), else the latest row.
    """
    if currency == "USD":
        return amount
    by_year = _table().get(currency)
    if not by_year:
        return None
    years = sorted(by_year)
    # No year: the page's URL year (page_year, set by parse_deals for an undated page), else the latest row.
    year = year if year is not None else fallback_year()
    y = min(max(year if year is not None else years[-1], years[0]), years[-1])
    return amount / by_year[y]
