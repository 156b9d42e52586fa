"""A roundup's head part whose headline is a round but whose intro tells a fund: the round first, the fund next.

Moved out of segments.py (it stood at 398 of 400 lines) with no change of behaviour: `deals.parse_deals` calls
`lift_headline_round` on the first part `segments.split_deals` made (fund62, holdout_s13).
"""

from __future__ import annotations

import re

from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.kind import reports_raise
from talentintel.funding.segments import FUND_WORD, join_units, units

# A headline that says a company's round: someone backs, leads or invests in it, or it raises. One that names a fund
# ("Temasek backs new $100M fund") is a fund's headline.
_ROUND_HEADLINE = re.compile(
    r"\b(?:backs|leads|led|invests? in|rais(?:es|ed)|secur(?:es|ed)|lands|bags|nabs|gets)\b", re.IGNORECASE
)


def _fund_manager_heads(headline: str, funds: list[tuple[int, str]]) -> bool:
    """The headline's raiser is the fund sentence's firm: "Dragonfly Capital Raises $650 Million to Invest in ..." over
    "Dragonfly Capital ... has officially closed its fourth fund" (hs13-tdpelmedia-dragonfly-fund-iv-650m) is one fund
    told twice, not a round and a fund."""
    verb = _ROUND_HEADLINE.search(headline)
    subject = headline[: verb.start()].rsplit(":", 1)[-1].strip() if verb else ""
    return len(subject) > 2 and any(subject in s for _line, s in funds)


def lift_headline_round(part: str) -> list[str]:
    """A roundup's head part whose headline is a round but whose intro mentions a fund, as [round, fund] parts.

    "Funding Wrap: Franklin Templeton backs Bitlayer / Plus, Galaxy Ventures unveils a new fund / ... Bitlayer raised
    $11 million": the headline says which deal leads, so the fund sentences become the next deal. Anything else is
    returned whole.
    """
    every = units(part)
    headline = " ".join(s for line, s in every if line == 0)
    if not _ROUND_HEADLINE.search(headline) or FUND_WORD.search(headline) or is_fund_raise(headline):
        return [part]
    funds = [(line, s) for line, s in every if line > 0 and is_fund_raise(s)]
    rest = [(line, s) for line, s in every if line == 0 or not is_fund_raise(s)]
    if not funds or not any(reports_raise(s) for line, s in rest if line > 0) or _fund_manager_heads(headline, funds):
        return [part]
    return [join_units(rest), join_units(funds)]
