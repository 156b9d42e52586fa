"""The yearly-average FX table: every row says where its rate comes from, and conversions use it."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from talentintel.funding.fx import to_usd


def _rows() -> list[dict[str, str]]:
    text = resources.files("talentintel.funding").joinpath("data/fx_usd_yearly.csv").read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


def test_every_rate_is_positive_and_has_a_source() -> None:
    rows = _rows()
    assert rows and all(float(r["units_per_usd"]) > 0 for r in rows)
    assert {r["source"] for r in rows} <= {"frb-g5a", "approx", "approx-early"}
    assert len({(r["year"], r["currency"]) for r in rows}) == len(rows)  # one rate per currency and year
    g5a = {(r["year"], r["currency"]) for r in rows if r["source"] == "frb-g5a"}
    assert {(str(y), c) for y in range(2019, 2024) for c in ("EUR", "GBP", "JPY", "CNY", "KRW", "SGD")} <= g5a


@pytest.mark.parametrize(
    ("amount", "currency", "year", "usd"),
    [
        (10_000_000, "EUR", 2022, 10_534_000),  # G.5A 2022: 1.0534 USD per euro
        (1_000_000_000, "JPY", 2023, 1_000_000_000 / 140.5001),
        (5_000_000, "USD", 2020, 5_000_000),
        (10_000_000, "EUR", 2031, 10_000_000 / 0.885),  # after the table: its last year (2025)
        (6_500_000_000, "JPY", 2018, 6_500_000_000 / 110.40),  # the announcement's own year, not today's rate
    ],
)
def test_to_usd(amount: float, currency: str, year: int, usd: float) -> None:
    assert to_usd(amount, currency, year) == pytest.approx(usd, rel=1e-4)


def test_unknown_currency_has_no_usd_value() -> None:
    assert to_usd(1000, "XYZ", 2024) is None
