"""A fund told as the launch of it by its manager: "following the launch of a Ksh5 billion county-backed startup fund
by Nairobi City County" (hs10-kenyapolls-nairobi-county-startup-fund, tuning_hs10: read as a round). The noun phrase
"the launch / unveiling / establishment of a ... fund by X" names the fund's maker after "by"; the raise verbs that
`fund_raise` reads do not occur in it.
"""

from __future__ import annotations

import re

from talentintel.funding.fund_details import fullest_name
from talentintel.funding.kind import opening

_LAUNCHED_BY = re.compile(
    r"\b(?:launch|unveiling|establishment|creation|rollout|roll-out|formation)\sof\s(?:a|an|the)\s"
    r"(?:[\w$.,'’-]+\s){0,6}?fund\sby\s(?:the\s)?(?P<maker>(?-i:[A-Z])[\w&.'’-]*(?:\s(?-i:[A-Z])[\w&.'’-]*){0,4})",
    re.IGNORECASE,
)


# The fund told as one firm's money, when no rule before names a manager: "We’re launching the Anthology Fund in
# partnership with Menlo Ventures ... The Fund is a $100 million initiative financed by Menlo" (f22-claudewiki-anthology-
# fund-menlo-100m; a company's partner fund whose money and management are the VC's).
_FINANCED_BY = re.compile(
    r"\b(?:fund|initiative|vehicle|programme|program)\s(?:[^.\n]{0,30}?\s)?(?:financed|funded|capitali[sz]ed|"
    r"bankrolled)\s(?:entirely\s|solely\s|wholly\s)?by\s(?:the\s)?"
    r"(?P<maker>(?-i:[A-Z])[\w&.'’-]*(?:\s(?-i:[A-Z])[\w&.'’-]*){0,4})",
    re.IGNORECASE,
)


def launched_by(text: str) -> str | None:
    """The maker of a fund the opening tells the launch of ("the launch of a ... fund by X"), else None."""
    m = _LAUNCHED_BY.search(opening(text))
    return m.group("maker").rstrip(".,") if m else None


def financed_by(text: str) -> str | None:
    """The one firm a fund text's opening says finances the fund ("a $100 million initiative financed by Menlo"),
    named in full as the text names it elsewhere ("Menlo Ventures"); only a manager reading, never a sign of a fund."""
    m = _FINANCED_BY.search(opening(text, 4))
    return fullest_name(m.group("maker").rstrip(".,"), text) if m else None
