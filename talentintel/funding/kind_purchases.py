"""Money spent buying tokens on the market: an investor's purchase, not a raise by the token's issuer.

`kind` reads TOKEN_PURCHASE as a "token purchase" trigger (before the opening's first completed raise). Seen on
tuning_hs10 (then tuning): "A prominent wallet ... linked to Yuma ... has been actively investing approximately $1
million in TAO tokens across various subnets" (hs10-taodaily-yuma-subnet-token-buys, read as a round). The class on
other real texts (pages corpus): "The top 1,000 Ethereum ($ETH) whales are currently holding nearly $900 million worth
of ... Shiba Inu" (cryptoglobe.com), "wallets quietly pulling millions off exchanges and staking them" (winenfood.com).
A token sale by its issuer ("raised $5M in a token sale") has the sale, not a purchase, after the money.
"""

from __future__ import annotations

import re

_MONEY = r"(?:US)?[$€£]\s?[\d.,]+\s?(?:[mbk]n?\b|million|billion)?"
TOKEN_PURCHASE = re.compile(
    r"\b(?:invest(?:s|ed|ing)|bought|buys|buying|purchas(?:es|ed|ing)|accumulat(?:es|ed|ing)|stak(?:es|ed|ing)|"
    r"holding|scoop(?:s|ed)\sup|snapp(?:ed|ing)\sup)\s(?:approximately\s|about\s|around\s|nearly\s|over\s|more\sthan\s|"
    rf"some\s)?{_MONEY}\s(?:worth\s)?(?:of|in|into)\s(?:the\s)?(?:\$?(?-i:[A-Z])[\w$]*\s|[\w-]+\s)?(?:tokens|coins)\b",
    re.IGNORECASE,
)
