"""Annual pay in US dollars from a posting's figures, currency and pay period, with the yearly FX table the
funding parser uses (talentintel/funding/data/fx_usd_yearly.csv: Federal Reserve G.5A annual averages)."""

from __future__ import annotations

from talentintel.funding.fx import to_usd

# Full-time hours and days of a year: 40 h x 52 weeks, 5 days x 52 weeks.
PERIODS_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 260.0, "hour": 2080.0}
# Figures outside this band after annualizing are a misread period or unit (a "120" hourly rate read as yearly),
# not pay: left out rather than filtered on.
PLAUSIBLE = (1_000.0, 5_000_000.0)


def annual_usd(amount: float | None, currency: str | None, period: str | None, year: int | None) -> float | None:
    """`amount` per `period` in `currency` as US dollars a year (rounded to the dollar); None when unknown."""
    if amount is None or amount <= 0:
        return None
    per_year = PERIODS_PER_YEAR.get((period or "year").lower())
    usd = to_usd(float(amount), (currency or "USD").upper(), year)
    if per_year is None or usd is None:
        return None
    annual = round(usd * per_year)
    return float(annual) if PLAUSIBLE[0] <= annual <= PLAUSIBLE[1] else None
