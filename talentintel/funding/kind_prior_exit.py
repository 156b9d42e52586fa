"""An acquisition told as someone's past, not the news: "founder of another startup called Geometric Intelligence
which was acquired by Uber" (hs8-zumbacombo-robustai-15m, whose news is "Robust.AI said today it has raised $ 15
million"). The acquisition trigger in kind.py fired on that relative clause before the raise and made the text `other`.

A passive "acquired" inside a relative clause ("which was acquired by", "that was later acquired") or after a
founder's "previously/formerly sold" describes an earlier company; the story's own acquisition is told in the active
voice or as a headline ("X acquires Y", "X to acquire Y", "X has been acquired by Y" has no relative pronoun).
"""

from __future__ import annotations

import re

_PRIOR_CLAUSE = re.compile(
    r"(?:\b(?:which|that|who)\s(?:was|were|had\sbeen|got)\s(?:(?:later|eventually|subsequently|then|ultimately|"
    r"successfully)\s)?|\b(?:(?:was|were)\s)?(?:later|previously|formerly|eventually|subsequently)\s|"
    # "earlier" opening a Slavic or Finnish clause, a few words before the verb: "ранее компания Google приобрела
    # стартап ... Deep Mind" (background in hs21-interpochta-vicarious-40m-formation8-ru, fund86).
    r"(?<![\w-])(?:ранее|раньше|по-рано|раніше|wcześniej|aiemmin)(?:\s[^\s.]+){0,3}\s)$",
    re.IGNORECASE,
)


def prior_acquisition(head: str, start: int) -> bool:
    """The acquisition word at `start` sits in a clause about an earlier company ("... which was acquired by Uber")."""
    return bool(_PRIOR_CLAUSE.search(head[max(0, start - 50) : start]))


# What was acquired is money or a minority part: "has acquired around $43.7 million in funding" (cryptotradeinfo-
# polkadot), "have acquired $27.5 million worth of MKR tokens" (coinage-maker-mkr), "two funds acquired the startup
# stake" (sudonull-medium-57m), "has acquired seed funding from Paradigm" (b12-bulletintime-yield-seed): an investment.
# A majority, a controlling or a whole stake is a takeover.
_STAKE_BOUGHT = re.compile(
    r"\s(?!(?:[\w$.,%'’-]+\s){0,5}?(?:majority|controlling|100\s?%|entire|full|remaining|all)\b)"
    r"(?:[\w$.,%'’-]+\s){0,5}?(?:stakes?|funding|financing|investments?|seed|round|tokens)\b|"
    # A sum as the direct object is money gathered, not a company bought: "Polychain Capital has recently acquired
    # nearly $200 million during the preliminary phase for its fourth ... fund" (hs21-chainreview-polychain-fund-iv-
    # 200m-first-close-en, fund86).
    r"\s(?:(?:nearly|almost|about|around|roughly|some|over|more\sthan|close\sto|approximately)\s)?(?:US)?[$€£]\s?\d",
    re.IGNORECASE,
)


def stake_bought(head: str, end: int) -> bool:
    """What the acquisition word ending at `end` took is money or a minority stake, not a company."""
    return bool(_STAKE_BOUGHT.match(head, end))
