"""Dutch fund news: "De nieuwe Belgische blockchaininvesteerder Tioga Capital krijgt de steun van de
ondernemersfamilies Vlerick, Van Hool, De Clerck en Lhoist" (a new investor gets the backing of families: its fund's
LPs), "X haalt 50 miljoen euro op voor zijn tweede fonds" (raises ... for its second fund).

No fund rule read Dutch, so b25-tijd-tioga-capital-blockchain-fund-nl came out `other` on its first score. The
manager is the name after the new investor's or fund's description, or the subject that raises for its fund.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME
from talentintel.funding.fund_size import FundSize
from talentintel.funding.money import find_money

_BACKED = re.compile(
    rf"\b(?:[Nn]ieuwe?)\s(?:[\w-]+\s){{0,2}}?[\w-]*(?:investeerder|investeringsfonds|fonds|durfkapitaalverstrekker)\s"
    rf"(?P<name>{NAME})\s(?:krijgt|kreeg)\s(?:de\s)?(?:financiële\s)?steun\svan\b"
)
_RAISES_FOR_FUND = re.compile(
    rf"(?P<name>{NAME})\s(?:haalt|haalde|verzamelt|verzamelde)\s[^.\n]{{0,60}}?\bop\svoor\s(?:zijn|haar|het|een)\s"
    r"(?:[\w-]+\s){0,2}?[\w-]*fonds\b"
)


def dutch_fund_manager(text: str) -> str | None:
    """The manager of a fund the Dutch text says was backed or raised, else None."""
    m = _BACKED.search(text) or _RAISES_FOR_FUND.search(text)
    # "Het Amsterdamse Peak haalt ...": the article and the place's adjective are not the name.
    return re.sub(r"^(?:Het|De|Een)\s(?:[A-Z][a-z]+se\s)?", "", m.group("name")) if m else None


_SIZE = re.compile(r"\bfonds\svan\s(?:zo'n\s|ruim\s|bijna\s)?$")


def dutch_fund_size(text: str) -> FundSize | None:
    """The fund's size: the sum its manager raises for it, or "een fonds van X"; None when the text gives neither (a
    bitcoin purchase told for context is no fund size)."""
    raised = _RAISES_FOR_FUND.search(text)
    for money in find_money(text):
        in_raise = raised is not None and raised.start() <= money.start < raised.end()
        if in_raise or _SIZE.search(text[max(0, money.start - 30) : money.start]):
            return FundSize(money.amount, money.currency, money.original)
    return None
