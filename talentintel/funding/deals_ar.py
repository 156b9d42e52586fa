"""An Arabic text's headline round from the rules in arabic.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import arabic as ar
from talentintel.funding.deal_amount import set_amount
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal


def arabic_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when an Arabic text reports one raised; None when the text is not Arabic or reports none."""
    if not ar.is_arabic(part):
        return None
    found = ar.raises(part)
    if not found:
        return None
    company, at = ar.raiser(part, found)
    deal = Deal(kind="round", company=company, announced_on=announced)
    money = ar.amount(part, at)
    set_amount(deal, money, announced or published)
    deal.round = classify_round(part)
    deal.lead_investors = ar.leads(part)
    deal.investors = list(deal.lead_investors)
    return deal
