"""A round named as another party's share in it: "STAT ... announced its participation in the most recent fundraising
round of Applied XL, a real-time information company" (hs6-statnews-applied-xl-seed read the announcer, "STAT"). The
name after "round of" owns the round, whoever announced the participation; only the lede is read, where a story names
its event.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME

_SHARE_IN_ROUND_OF = re.compile(
    r"\b(?:participation|investment|participating|investing|part|stake)\sin\s(?:the|a|its|this)\s"
    r"(?:[\w-]+\s){0,4}?(?:round|raise)\sof\s"
    # "round of Series A funding", "round of financing" are a round's words, not its owner.
    rf"(?!(?:Series|Seed|Pre|Funding|Financing|Investment|Capital)\b)({NAME})"
)
# "The Institute ... announced today that it has provided early-stage funding to GLG Pharma (GLG), a Jupiter-based
# company" (hs6-floridainstitute-glg-pharma read the funder's name): the receiver of the funding raised.
_FUNDING_PROVIDED_TO = re.compile(
    r"\b(?:provided|provides|given|gave|awarded|granted|extended)\s(?:[\w$.,-]+\s){0,4}?"
    rf"(?:funding|financing|investment|capital)\sto\s(?!(?:Series|Seed|Pre|the|a|an)\b)({NAME})"
)


def round_of_company(text: str, lede_chars: int = 600) -> str | None:
    """The company whose round a participant announced its share in (or a funder announced it provided), read in the first `lede_chars`, or None."""
    m = _SHARE_IN_ROUND_OF.search(text[:lede_chars]) or _FUNDING_PROVIDED_TO.search(text[:lede_chars])
    return acceptable_name(m.group(1)) if m else None
