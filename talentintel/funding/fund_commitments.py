"""A named fund that has received commitments is a fund raised so far: "the Brookfield Artificial Intelligence
Infrastructure Fund (BAIIF) has already received $5 billion in capital commitments" (hs8-polarherald-brookfield-ai-
infra-fund, third sentence; its opening only says the manager plans "to raise $10 billion for a new ... program",
which the fund grammar of fund_raise, reading the headline and first sentence, does not take as a fund).

The subject is the fund itself, by its capitalised name ending in Fund (or Fund + a numeral), and the object is
commitments, the word of limited partners' money; a company's round is never "commitments" received by a Fund.
"""

from __future__ import annotations

import re

_FUND_RECEIVED = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s){1,6}Fund(?:\s(?:[IVX]{1,4}|\d{1,2}))?(?:\s\([A-Z][A-Za-z]{1,7}\))?,?\s"
    r"(?:has\s|had\s)?(?:already\s|so\sfar\s)?(?:received|secured|attracted|gathered|garnered|drawn|won|collected)\s"
    r"(?:about\s|around\s|nearly\s|over\s|more\sthan\s)?(?:US)?[$€£¥][\d.,]+\s?(?:[mb]n?|million|billion)?\s"
    r"(?:in|of)\s(?:capital\s|investor\s|LP\s|initial\s)?commitments\b"
)


# "The new fund, named ProDigital Future, has completed its half-year fundraising period and secured at least $30
# million in funding commitments" (b38-upyo-prodigital-future-web3-fund, tuning_batch38, read as a round of ProDigital
# Future): the subject is "the fund" with its name set off after it, the verb a clause later; the object is still
# commitments.
_THE_FUND_RECEIVED = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s(?:new\s)?fund(?:,\s(?:named|called|dubbed)\s[^,.\n]{2,40},)?\s(?:has\s|had\s)?"
    r"[^.\n]{0,80}?\b(?:received|secured|attracted|gathered|garnered|drawn|collected)\s"
    r"(?:about\s|around\s|nearly\s|over\s|more\sthan\s|at\sleast\s)?(?:US)?[$€£¥][\d.,]+\s?(?:[mb]n?|million|billion)?\s"
    r"(?:in|of)\s(?:capital\s|funding\s|investor\s|LP\s|initial\s)?commitments\b"
)


def fund_received_commitments(text: str) -> bool:
    """The first 1,500 characters say a named fund, or "the (new) fund", received commitments."""
    return bool(_FUND_RECEIVED.search(text[:1500]) or _THE_FUND_RECEIVED.search(text[:1500]))
