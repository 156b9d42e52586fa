"""A stage after a valuation is this round's: "Binance.US valued at $4.5B in seed funding round" (b40-cryptoslate-
binance-us-200m-seed-4-5bn, read as no round). `rounds` passes over a stage told with a sum of its own ("which led a $40
million Series B round in August 2014") when that sum is far from the round's; a valuation is no round's sum, it is
what the round priced the company at.
"""

from __future__ import annotations

import re

# "valued at", "at a valuation of", "valuing it at", "a pre-money valuation of": the sum that follows is a price.
_VALUED = re.compile(
    r"\b(?:valued\sat|valuing\s(?:\w+\s){0,2}at|valuation\sof|valued\s(?:\w+\s)?at)\s(?:about\s|around\s|nearly\s|over\s)?$",
    re.IGNORECASE,
)


def valuation_before(text: str) -> bool:
    """`text` (what comes before a sum) ends on a valuation's words: the sum is a price, not a round's amount."""
    return bool(_VALUED.search(text))
