"""A sector acronym that ends a name but modifies the common noun after it (issue 13, branch batch44).

"Macquarie to invest $5B in Applied Digital AI data centers" (b44-getcoai-macquarie-applied-digital-5bn) read the
company as "Applied Digital AI": the AI is the data centers' kind. A name keeps its own AI ("Sakana AI raises",
"Mistral AI a levé") because a verb, not a thing, follows it; only a common noun of what companies build or run after
the acronym cuts it.
"""

from __future__ import annotations

import re

_TAIL = re.compile(r"\s(?:AI|ML|Web3|DeFi|NFT|Crypto|Blockchain)$")
_NOUN_AFTER = re.compile(
    r"\s(?:data\scent(?:er|re)s?|infrastructure|chips?|models?|cloud|compute|agents?|tools?|platforms?|projects?|"
    r"campus(?:es)?|facilit(?:y|ies)|servers?|clusters?|ambitions|push|expansion)\b"
)


def trim_sector_tail(text: str, start: int, end: int) -> int:
    """`end`, moved before a trailing sector acronym when a common noun of infrastructure or products follows it."""
    tail = _TAIL.search(text[start:end])
    if tail and tail.start() > 0 and _NOUN_AFTER.match(text, end):
        return start + tail.start()
    return end
