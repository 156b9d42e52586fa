"""A raise told of a person whose role names the company: "Jarred Kessler, CEO of EasyKnock, who came down with
Covid-19 while raising a $20 million Series B this spring" (hs5-therealdeal-easyknock-b, a feature story whose
lede is a quote). The founder or chief executive raising money raises it for the company of the role, as "his
startup raised" does in `company_anaphor`.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME

_ROLE = r"(?:CEO|co-?founder|founder|chief\sexecutive(?:\sofficer)?|president)"
_ROLE_WHO_RAISED = re.compile(
    rf"\b{_ROLE}\s(?:and\s{_ROLE}\s)?(?:of|at)\s({NAME}),\s(?:who|which)\b"
    r"(?:[^.!?\n]|\.(?=\d)){0,120}?\b(?:raising|raised|closing|closed|securing|secured)\s(?:a\s|an\s|its\s)?"
    r"(?:US\$|[$€£])\s?\d"
)


def role_raise_company(text: str) -> str | None:
    """The company of the first person whose relative clause tells a raise ("CEO of X, who ... raising $Y"), or None."""
    for m in _ROLE_WHO_RAISED.finditer(text):
        name = acceptable_name(m.group(1))
        if name:
            return name
    return None
