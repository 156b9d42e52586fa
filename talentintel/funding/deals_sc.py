"""A Norwegian, Danish or Swedish text's headline round from the rules in scandinavian.py (the English rules read it
as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import scandinavian as sc
from talentintel.funding.language_reader import reader_round
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal


def scandinavian_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Nordic text reports one raised by a company it names; None otherwise."""
    if not sc.is_scandinavian(part):
        return None
    found = sc.raises(part)
    if not found:
        return None
    company, at = sc.raiser(part, found)
    if company is None:
        return None
    money = sc.amount(part, at)
    stage = classify_round(part) or sc.stage(part)
    return reader_round(company, money, stage, sc.leads(part), announced or published, announced)
