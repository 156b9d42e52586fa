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
    assert {r["source"] for r in rows} <= {"frb-g5a", "ecb", "ecb-ytd", "peg", "approx"}
    assert len({(r["year"], r["currency"]) for r in rows}) == len(rows)  # one rate per currency and year
    g5a = {(r["year"], r["currency"]) for r in rows if r["source"] == "frb-g5a"}
    assert {(str(y), c) for y in range(2019, 2024) for c in ("EUR", "GBP", "JPY", "CNY", "KRW", "SGD")} <= g5a


@pytest.mark.parametrize(
    ("amount", "currency", "year", "usd"),
    [
        (10_000_000, "EUR", 2022, 10_534_000),  # G.5A 2022: 1.0534 USD per euro
        (1_000_000_000, "JPY", 2023, 1_000_000_000 / 140.5001),
        (5_000_000, "USD", 2020, 5_000_000),
        (10_000_000, "EUR", 2031, 10_000_000 / 0.864657),  # after the table: its last row (2026, ECB to date)
        (10_000_000, "EUR", 2008, 10_000_000 / 0.683499),  # ECB 2008, before the G.5A rows (money_f23)
        (34_000_000, "PLN", 2024, 34_000_000 / 3.97915),  # ECB cross rate: the złoty had no row before money_f23
        (100_000_000, "TRY", 2021, 100_000_000 / 8.92329),
        (50_000_000, "MYR", 2023, 50_000_000 / 4.56171),
        (375_000_000, "SAR", 2019, 100_000_000),  # the riyal's peg, 3.75
        (1_000_000, "NGN", 2017, 1_000_000 / 306.9),  # two years before NGN's first row (2019) still uses it
        (6_500_000_000, "JPY", 2018, 6_500_000_000 / 110.474),  # the announcement's own year, not today's rate
    ],
)
def test_to_usd(amount: float, currency: str, year: int, usd: float) -> None:
    assert to_usd(amount, currency, year) == pytest.approx(usd, rel=1e-4)


def test_unknown_currency_has_no_usd_value() -> None:
    assert to_usd(1000, "XYZ", 2024) is None
    # The ECB stopped quoting the rouble in March 2022: no row, so null rather than a 2021 rate 25% off in 2024.
    assert to_usd(1000, "RUB", 2024) is None


def test_a_year_long_before_a_currencys_rows_has_no_usd_value() -> None:
    # NGN's rows start in 2019; the naira of 2015 was worth about half as many per dollar (money_f23).
    assert to_usd(1_000_000, "NGN", 2015) is None


def test_an_undated_sum_uses_the_last_full_year_not_the_year_to_date() -> None:
    assert to_usd(100.0, "EUR", None) == pytest.approx(100.0 / 0.886705)  # ECB 2025, not 2026's January-October
    assert to_usd(100.0, "EUR", 2026) == pytest.approx(100.0 / 0.864657)
