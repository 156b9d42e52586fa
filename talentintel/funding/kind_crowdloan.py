"""A parachain crowdloan is no round: "Acala ... reported on Monday that over 53,000 participants had contributed 8.5
million DOT" then "Acala’s funding strategy is a crowd loan, which means it will have to repay the “crypto debt”"
(hs5-todayincrypto-acala-crowdloan).

On Polkadot and Kusama a project bids for a parachain slot with DOT or KSM that holders lock (bond) in a crowdloan and
get back when the lease ends, rewarded in the project's tokens (Polkadot wiki, "Parachain Crowdloans"): money lent
for a lease, not equity or a token sale. Stories about one tell it in round words ("raised $400 million",
"contributed"), so `kind` reads the crowdloan from the first paragraphs, unless the opening names a round of its own
("raised $6 million in a seed round ahead of its crowdloan" is the round).
"""

from __future__ import annotations

import re

_CROWDLOAN = re.compile(r"\bcrowd[- ]?loans?\b|\bparachain\s(?:slot\s)?auctions?\b", re.IGNORECASE)
_ROUND = re.compile(
    r"\b(?:series\s[a-h]|(?:pre-?)?seed\s(?:round|funding)|funding\sround|financing\sround|strategic\sround|"
    r"private\s(?:sale|round)|led\sby)\b",
    re.IGNORECASE,
)


def is_crowdloan(text: str, opening: str) -> bool:
    """The first paragraphs tell a crowdloan and the opening names no round of its own."""
    return bool(_CROWDLOAN.search(text[:1500])) and not _ROUND.search(opening)
