"""A deal's amount from what a language reader found: USD at the rate of the announcement's year, and what was written."""

from __future__ import annotations

from datetime import date

from talentintel.funding.fx import to_usd
from talentintel.funding.types import Deal


def set_amount(deal: Deal, money: tuple[float, str, str] | None, day: date | None) -> None:
    """(value, currency, as written) -> the deal's amount_usd (None when the rate table has no such currency, as for
    PLN today), currency and amount_original; nothing when no money was found."""
    if money:
        usd = to_usd(money[0], money[1], day.year if day else None)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = money[1], money[2]
