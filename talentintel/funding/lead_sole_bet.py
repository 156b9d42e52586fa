"""A one-investor round told as the investor's "bet" or "stake" on the company (issue 13, branch batch44).

"Temasek’s US$100 million bet on Vietnam-based logistics provider Scommerce" (b20-vietreader-scommerce), "So Paradigm’s
own $50 million bet on Nous Research" (hs13-shockingtoken-nous-research-50m-paradigm): the possessive names the one
investor, the sum its investment, the object after "on"/"in" the company. `lead_sole.sole_investor` reads it with its
other investor-as-subject forms, so its gate holds: one investor named in the whole text, and the company inside the
object.
"""

from __future__ import annotations

import re

from talentintel.funding.names import INVESTOR_NAME as _NAME

POSSESSIVE_BET = re.compile(
    rf"(?P<inv>{_NAME})['’]s?\s(?:own\s|latest\s|new\s|fresh\s)?(?:US|A|C|S)?[$€£]\s?[\d.,]+\s?"
    r"(?:million|billion|mn|bn|[MBmb])?\s(?:bet|wager|investment|stake)\s(?:on|in|into)\s(?P<co>[^.,;]{1,80})"
)
