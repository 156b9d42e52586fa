"""Amounts a round text states that price the company or its shares, not the money raised.

`money._score` drops these mentions. The valuation patterns moved here from money.py; tuning_batch31 (first score
amount 0.455 on 11 rounds, fund51) added two forms the old ones let through:
- a valuation told with an adjective or an approximation between "at" and the figure: "a monster round of funding to
  value the car-booking company at a whopping $50 billion" beat the round's "close to $1 billion"
  (b31-workingwomanreport-uber-1b-2015), and "that valued the company at around $12 billion" scored as a raise
  (b31-dailymail-getir-500m-2023);
- a price per share: "SpaceX raised the funds at $419.99 (roughly Rs. 30,600) a share" gave the round Rs 30,600
  over its "$850 million" (b31-gadgetsndtv-spacex-850m); Indian filings say "at Rs 52,467 each".
"""

from __future__ import annotations

import re

# "$1B post-money valuation" is a valuation; "$100M at a valuation of $1B" is not (its valuation comes later).
_VALUATION_AFTER = re.compile(
    r"^[\s)+]{0,3}(?:(?!(?:at|with|and|in|on|of|for|to|from|as|by)\b)[\w-]+\s){0,2}?(?:valuation|valued)\b",
    re.IGNORECASE,
)
# The words that may stand between "valued at" and the figure: an approximation ("around"), or an article with an
# adjective ("a whopping", "an estimated", "a reported").
_QUALIFIER = (
    r"(?:(?:about|over|more\sthan|nearly|roughly|around|approximately|almost|some|close\sto|just\sunder|"
    r"just\sover|up\sto)\s|an?\s(?:whopping|staggering|reported|estimated|record|hefty|massive|lofty|stunning|"
    r"rumou?red|eye-watering|cool|mere|reputed|near)\s)*"
)
_VALUATION_BEFORE = re.compile(
    r"(valued at|valuation (?:of|to|at)|valu(?:e|es|ed|ing) (?:[\w-]+\s){1,5}?at|market cap\w* of)\W*"
    + _QUALIFIER
    + r"$",
    re.IGNORECASE,
)
# "at $419.99 (roughly Rs. 30,600) a share", "at Rs 52,467 each", "à 12 euros par action": a share's price.
_PER_SHARE_AFTER = re.compile(
    r"^[\s)]{0,3}(?:(?:a|per|each|/)\s?(?:share|unit|ordinary\sshare|preferred\sshare)\b|each\b|apiece\b|"
    r"par\saction\b|por\sacci[óo]n\b|por\sa[çc][ãa]o\b|(?:pro|je)\sAktie\b|per\sazione\b)",
    re.IGNORECASE,
)


def prices_the_company(before: str, after: str) -> bool:
    """True for an amount its words call a valuation or a price per share: neither is the money raised."""
    if _VALUATION_AFTER.match(after) or _VALUATION_BEFORE.search(before):
        return True
    return bool(_PER_SHARE_AFTER.match(after))
