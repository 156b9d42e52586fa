"""An Arabic text's headline round from the rules in arabic.py (the English rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import arabic as ar
from talentintel.funding.arabic_fund import launched_fund
from talentintel.funding.fund_manager_grammar import grammar_manager
from talentintel.funding.fx import to_usd
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


def arabic_fund_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A fund when an Arabic text's opening launches one (arabic_fund); None otherwise."""
    found = launched_fund(part)
    if found is None:
        return None
    manager, money, name = found
    # "سيتولى إدارة الصندوق شركة ميراك كابيتال": the firm in the manager's role over the announcing sponsor
    # (fund_manager_grammar).
    manager = grammar_manager(part) or manager
    deal = Deal(kind="fund", company=manager, fund_name=name, announced_on=announced)
    if money is not None:
        day = announced or published
        usd = to_usd(money[0], money[1], day.year if day else None)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = money[1], money[2]
    return deal
