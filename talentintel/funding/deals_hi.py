"""A Hindi text's headline round from the rules in hindi.py and round_hindi.py."""

from __future__ import annotations

from datetime import date

from talentintel.funding import hindi as hi
from talentintel.funding.hindi_totals import is_plural_raiser
from talentintel.funding.language_reader import reader_round
from talentintel.funding.round_hindi import hindi_stage
from talentintel.funding.types import Deal


def hindi_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Hindi text reports one raised and names who raised it; None otherwise (the English rules then
    read the text, as they read an English line above the Hindi)."""
    if not hi.is_hindi(part):
        return None
    found = hi.raise_at(part)
    if found is None:
        return None
    company = hi.raiser(part, found.start())
    if company is None or is_plural_raiser(company):  # "स्टार्टअप्स ने ... जुटाए" is a total (hindi_totals.py)
        return None
    money = hi.amount(part, found.start())
    return reader_round(company, money, hindi_stage(part), hi.leads(part), announced or published, announced)
