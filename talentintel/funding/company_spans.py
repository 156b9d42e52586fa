"""More spans that name no raiser, met on tuning_batch16 (first score company 0.762 on its 21 kept unseen rounds): a
clause opened by a subordinating conjunction ("While SoftBank is reportedly planning ..." gave "While SoftBank") and a
headline's time span ("Giant Financing Leads Otherwise Slow Week For Big Deals" gave "Otherwise Slow Week For Big
Deals")."""

from __future__ import annotations

import re

from talentintel.funding.company_hyphen_adjective import is_hyphen_adjective

# A subordinate clause's opener is never the first word of a company's name.
_SUBORDINATOR = re.compile(r"(?:While|Whilst|Although|Though|Whereas|Unless|Because|Whether|Despite|If)\s\S")
# "Slow Week For Big Deals", "Busy Month In Fintech", "The Week In Review": a stretch of time a headline sums up.
_TIME_SPAN = re.compile(
    r"(?:\S+\s){0,4}(?:Week|Weeks|Weekend|Month|Months|Quarter|Year)(?:\s(?:For|In|Of|On)\s(?:\S+\s?){1,4})?"
)


def names_no_raiser(name: str) -> bool:
    """True for a subordinate clause's opening or a time span read as a name."""
    return bool(_SUBORDINATOR.match(name) or _TIME_SPAN.fullmatch(name) or is_hyphen_adjective(name))
