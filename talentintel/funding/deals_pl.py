"""A Polish text's headline round from the rules in polish.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import polish as pl
from talentintel.funding.deal_amount import set_amount
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
    deal = Deal(kind="round", company=company, announced_on=announced)
    money = pl.amount(part, at)
    set_amount(deal, money, announced or published)  # PLN: no rate in the table, so None
    deal.round = classify_round(part)
    deal.lead_investors = pl.leads(part)
    deal.investors = list(deal.lead_investors)
    return deal
