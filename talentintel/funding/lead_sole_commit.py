"""More one-investor rounds told with the investor as subject (issue 13, branch batch44; tuning study of the lead
misses with no lead read).

"British International Investment (BII), the UK’s development finance institution, has committed $7.5 million ... to
Nigerian agri-tech firm Babban Gona" (b30-techparley-babban-gona-7-5m-bii-debt): "committed ... to", with an appositive
between the investor and its verb. "Binance Labs, the venture capital division of ..., has expanded its investment in the
blockchain firm Aptos Labs" (b16-cryptocoinopps-aptos-binance): an investment expanded or increased. "Polychain Capital
has made a substantial multimillion-dollar investment in Ritual" (b16-ecgin-ritual-polychain): "made an investment" with
up to three words before the noun (`lead_sole._INVESTOR_SUBJECT` allows one). `lead_sole.sole_investor` reads these
with its other subject forms, under its gate (one investor in the whole text, the company inside the object).
"""

from __future__ import annotations

import re

from talentintel.funding.names import INVESTOR_NAME as _NAME

_ASIDE = r"(?:\s\([^)]{1,40}\))?(?:,\s[^,.;]{3,100},)?"

COMMITTED_TO = re.compile(
    rf"(?P<inv>{_NAME}){_ASIDE}\s(?:has\s|have\s|had\s)?committed\s(?:[^.]|\.(?=\d)){{0,120}}?\bto\s(?P<co>[^.,;]{{1,80}})"
)
EXPANDED_INVESTMENT = re.compile(
    rf"(?P<inv>{_NAME}){_ASIDE}\s(?:has\s|have\s|had\s)?(?:expanded|increased|upped|doubled\sdown\son|made)\s"
    r"(?:its\s|their\s|an?\s)?(?:[\w-]+\s){0,3}?(?:investment|stake)\s(?:in|into)\s(?P<co>[^.,;]{1,80})"
)
SUBJECTS = (COMMITTED_TO, EXPANDED_INVESTMENT)
