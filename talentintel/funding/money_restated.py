"""One amount written twice: a US-dollar figure restated in a local currency, in parentheses or in a headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from talentintel.funding.money_mention import M, Mention

# "$US80 million ($102 million)", "US$20m (S$28.35m)": once a figure is marked as US dollars, a bare "$" in the
# parentheses after it is the publisher's own dollar (an Australian, Singapore or Hong Kong paper), not more US money
# (b18-afr-halodoc-c).
_EXPLICIT_US = re.compile(r"^(?:US\s?\$|\$\s?US|USD|U\.S\.\$)", re.IGNORECASE)
_BARE_DOLLAR = re.compile(r"^\$\s?\d")
# "$34 million (Rs 257.43 crore)": a local-currency figure in parentheses right after a dollar amount restates it.
_LOCAL_ECHO = re.compile(
    # "US$ 600 milhões (na cotação atual, 2,2 bilhões de reais)": a conversion note may open the parentheses.
    # "USD 113 million (over Rs 805 crore)" (hs7-thehindu-swiggy-113m): "over", "more than" round the restatement too.
    r"^\s?\((?:[^\W\d][^,()\d]{2,30},\s)?(?:~|≈\s?|about |approx\.? |approximately |around |roughly |nearly |ca\.? |"
    r"(?:just\s)?(?:over|under) |more than |less than |almost |close to |some )?"
)


def local_echo(text: str, money: M, mentions: Sequence[M]) -> M | None:
    """The other-currency restatement in parentheses right after a US-dollar amount ("$4 million (~₹33.8 crore)")."""
    if money.currency != "USD":
        return None
    m = _LOCAL_ECHO.match(text[money.end : money.end + 40])
    if not m:
        return None
    at = money.end + m.end()
    local = (e for e in mentions if e.start == at and e.currency != "USD" and ")" in text[e.end : e.end + 2])
    return next(local, None) or _local_dollar_echo(text, money, mentions, at)


def _local_dollar_echo(text: str, money: M, mentions: Sequence[M], at: int) -> M | None:
    """The bare-dollar figure in parentheses at `at` that restates an explicit US-dollar `money` in local dollars."""
    if money.currency != "USD" or not _EXPLICIT_US.match(money.original):
        return None
    return next(
        (e for e in mentions if e.start == at and _BARE_DOLLAR.match(e.original) and ")" in text[e.end : e.end + 2]),
        None,
    )


def restated_elsewhere(money: Mention, local_echoes: Sequence[Mention]) -> bool:
    """True when `money` is the same local-currency figure a US-dollar amount is restated as elsewhere in the text.

    Headline "raises £4m", body "raised $5 million (approximately £4 million)" (b18-coincitrus-architect): the pound
    figure is the body's restatement, and the dollar figure it restates is the round's amount.
    """
    return any(
        e.start != money.start and e.currency == money.currency and abs(e.amount - money.amount) <= 0.02 * e.amount
        for e in local_echoes
    )
