"""A Polish text's headline round from the rules in polish.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import polish as pl
from talentintel.funding.language_reader import reader_round
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal


def polish_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Polish text reports one raised by a company it names; None otherwise."""
    if not pl.is_polish(part):
        return None
    found = pl.raises(part)
    if not found:
        return None
    company, at = pl.raiser(part, found)
    if company is None:
        return None
    money = pl.amount(part, at)  # PLN: no rate in the table, so no amount_usd
    return reader_round(company, money, classify_round(part), pl.leads(part), announced or published, announced)
