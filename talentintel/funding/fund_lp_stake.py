"""A limited partner's stake read as the fund's size: the fund's own close is the amount (fund-amount rule: "one LP's
commitment when the fund's own figure is given" is never the amount).

The fund rules take the first sum of a fund text; when the story opens on one investor's money in the fund, that sum is
the LP's share, and the fund's closing follows. Seen on tuning, two publishers in two languages (both read as the LP's
sum): "BGV Fund IV closes with €30 million backing from EIF ... announces the closing of BGV IV at €140 million ($170
million)" (pubaffairsbruxelles), "Banca Mediolanum ha investito 3 milioni di euro nel primo fondo di United Ventures
... ha annunciato il closing della raccolta a quota 60 milioni di euro" (assinews).
"""

from __future__ import annotations

import re

from talentintel.funding.money import Money, find_money

# After the sum: "€30 million backing from EIF", "a $20 million commitment from".
_STAKE_AFTER = re.compile(
    r"\s?(?:\([^()]{1,30}\)\s?)?(?:of\s)?(?:backing|commitment|investment|anchor\s(?:investment|commitment))\sfrom\b",
    re.IGNORECASE,
)
# Around the sum: an investor "invested / ha investito / invierte / investeert" it "in / nel / en el / in het" a fund.
_STAKE_VERB_BEFORE = re.compile(
    r"\b(?:invested|invests|committed|commits|contributed|investito|investe|sottoscritto|invierte|ha\sinvertido|"
    r"investeert|heeft\sgeïnvesteerd)\s(?:(?:about|around|some|circa|oltre|más\sde)\s)?$",
    re.IGNORECASE,
)
_STAKE_INTO_AFTER = re.compile(
    r"\s?(?:di\s|de\s)?(?:euros?|dollari|dollars|dólares)?\s?(?:nel|nella|in|into|to|en\sel|en\sla|in\shet)\s"
    r"(?:(?:the|its|il|la|el|het|primo|secondo|terzo|first|second|third|new|nuovo)\s){0,2}(?:\w+\s){0,2}?"
    r"(?:fund|fondo|fonds|fundo|vehicle|veicolo)\b",
    re.IGNORECASE,
)
# Before the fund's own sum: its closing ("closing of BGV IV at", "closing della raccolta a quota").
_CLOSE_BEFORE = re.compile(
    r"\b(?:closing|close|closed|closes|chiusura|cierre|raccolta|fecho)\b(?:\W+\w+){0,5}?\W+(?:at|a\squota\sdi|a\squota|"
    r"of|di|de|con|with)\s$",
    re.IGNORECASE,
)


def is_stake(text: str, money: Money) -> bool:
    """The sum is one investor's money in the fund, not the fund's."""
    if _STAKE_AFTER.match(text, money.end):
        return True
    return bool(_STAKE_VERB_BEFORE.search(text[max(0, money.start - 40) : money.start])) and bool(
        _STAKE_INTO_AFTER.match(text, money.end)
    )


def past_stake(text: str, amount: float, currency: str) -> Money | None:
    """When the chosen sum is an LP's stake, the fund's own closing sum told after it (larger); else None."""
    head = text[:2500]
    mentions = find_money(head)
    if not any(m.amount == amount and m.currency == currency and is_stake(head, m) for m in mentions):
        return None
    for i, m in enumerate(mentions):
        if m.amount > amount and not is_stake(head, m) and _CLOSE_BEFORE.search(head[max(0, m.start - 80) : m.start]):
            # "€140 million ($170 million)": the text's own US-dollar restatement wins, as the labeling rules say.
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                after is not None
                and after.currency == "USD"
                and head[m.end : after.start].strip() in ("(", "(about", "(~")
            ):
                return after
            return m
    return None
