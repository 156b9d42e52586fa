"""A sum in a currency the fx table has no rate for, restated in one it has: "přes 700 milionů korun (30 milionů
euro)" (hs11-financecz-purple-ventures-second-fund-cs; branch fund49). The Czech crown, the Polish złoty and others
are read (money_words, polish) but have no USD value; the press of such countries often gives the euro or dollar
figure in brackets right after, and that one is the deal's USD value.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.fx import to_usd
from talentintel.funding.money import find_money
from talentintel.funding.types import Deal

# "(30 milionů euro)", "(ok. 7 mln euro)", "(about €30 million)": an optional word of approximation first.
_BRACKET = re.compile(
    r"\s?\((?:(?:ca|cca|ok|about|approx|approximately|přibližně|asi|zhruba|około|circa)\.?\s)?([^()]{3,40})\)"
)


def with_restated_value(deal: Deal, text: str, day: date | None) -> Deal:
    """The deal with a USD value from the bracketed restatement of its unrated amount, when it has none."""
    if deal.amount_usd is not None or not deal.amount_original:
        return deal
    # The headline may give the sum bare and the body restate it: every place the text writes it is read.
    for said in re.finditer(re.escape(deal.amount_original), text):
        bracket = _BRACKET.match(text, said.end())
        for money in find_money(bracket.group(1)) if bracket else []:
            usd = to_usd(money.amount, money.currency, day.year if day else None)
            if usd is not None:
                deal.amount_usd = round(usd, 2)
                return deal
    return deal
