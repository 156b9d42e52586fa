"""An Arabic text's headline round from the rules in arabic.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import arabic as ar
from talentintel.funding.language_reader import reader_round
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
    money = ar.amount(part, at)
    return reader_round(company, money, classify_round(part), ar.leads(part), announced or published, announced)
