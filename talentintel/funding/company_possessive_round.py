"""The raiser told as the owner of its round: "<Name>'s <amount> <stage> round" (issue 13, tuning_batch28; branch
fund47batch).

"The most notable VC financing during this period was Sakana AI’s JPY30.1 billion Series C round, led by New
Enterprise Associates (NEA), Khosla Ventures, and Lux Capital" (b28-chambers-sakana-jpy30-1bn): no raise verb has the
company as its subject; the possessive before the amount and the round's stage names it. The amount is any money
token (a currency code, symbol or "Rs" before the number), the stage a series letter, seed, pre-seed or growth.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

_MONEY = (
    r"(?:(?-i:[A-Z]{3})\s?|US\$\s?|[$€£¥₹]\s?|Rs\.?\s?)\d[\d.,]*"
    r"(?:\s?(?:[kmb]n?|mn|million|billion|crore|lakh)\b)?"
)
_STAGE = r"(?i:(?:pre-)?Series\s[A-Z]\+?|(?:pre-)?seed|growth|funding|financing)"
_POSSESSIVE_ROUND = re.compile(rf"(?P<name>{NAME})['’]s\s{_MONEY}\s{_STAGE}\s(?i:(?:(?:funding|financing)\s)?round)\b")


def possessive_round_company(text: str) -> str | None:
    """The name before "’s <amount> <stage> round", the first such in the text."""
    m = _POSSESSIVE_ROUND.search(text)
    return m.group("name") if m else None
