"""A Turkish text's headline round from the rules in turkish.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import turkish as tr
from talentintel.funding.fx import to_usd
from talentintel.funding.money import find_money
from talentintel.funding.types import Deal


def turkish_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Turkish text reports one taken; None when the text is not Turkish or reports none."""
    if not tr.is_turkish(part):
        return None
    found = tr.raise_at(part)
    if found is None:
        return None
    # The amount just before the raise verb, in its sentence: "4.3 milyon Euro yatırım aldı".
    sentence_start = max(part.rfind(". ", 0, found.start()), part.rfind("\n", 0, found.start()), 0)
    money = [m for m in find_money(part) if sentence_start <= m.start < found.start()]
    deal = Deal(kind="round", company=tr.raiser(part, found.start()), announced_on=announced)
    if money:
        day = announced or published
        usd = to_usd(money[-1].amount, money[-1].currency, day.year if day else None)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = money[-1].currency, money[-1].original
    deal.round = tr.stage(part[sentence_start : found.end()])
    deal.lead_investors = tr.leads(part)
    deal.investors = list(deal.lead_investors)
    return deal
