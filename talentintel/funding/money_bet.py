"""An investor's sum named as its bet or investment in the company: "So Paradigm’s own $50 million bet on Nous
Research, which would also immediately value their token at a cool $1 billion, is quite the statement"
(hs13-shockingtoken-nous-research-50m-paradigm; commentary and headlines say "Sequoia's $50M bet on ..."). No raise
verb comes before the amount, so the amount rule scored it nothing; the possessive investor and "bet on" / "investment
in" a named company after it make it the round's sum.
"""

from __future__ import annotations

import re

from talentintel.funding.money_history import stake_bought

_OWNER_BEFORE = re.compile(r"(?-i:[A-Z])[\w&.-]*(?:\s(?-i:[A-Z])[\w&.-]*){0,3}['’]s\s(?:own\s|latest\s|new\s)?$")
_BET_AFTER = re.compile(r"^\s?(?:bet|wager|investment|stake)\s(?:on|in|into)\s(?-i:[A-Z0-9])")


def investor_bet(before: str, after: str) -> bool:
    """ "Paradigm’s own " + "$50 million" + " bet on Nous Research"."""
    return bool(_OWNER_BEFORE.search(before) and _BET_AFTER.match(after))


def bought_or_bet(before: str, after: str) -> bool:
    """A stake bought ("bought a 10% stake for $5M", money_history) or an investor's bet: the sum is the deal's."""
    return stake_bought(before, after) or investor_bet(before, after)
