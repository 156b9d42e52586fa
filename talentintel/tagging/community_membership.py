"""An employer that speaks of "the wider crypto community" is one of its members: the phrase says the company's sector.

"Engage meaningfully with both our community and the wider crypto community as an advocate for the 0L Network" (issue
18, unseen29: a network's Community Manager whose only sector word is that one "crypto") presupposes that the speaker's
own community is part of the crypto one, as "a fast-growing company operating in the DeFi and broader Web3 ecosystem"
(devset, pg2-spectrum-affiliate-ops) does. A single mention of a sector word in one sentence is otherwise a passing mention (sector.py's
description bar); "wider", "broader", "greater" or "larger" before the sector's community, ecosystem, space or industry
makes it the company's own, and counts like a self-description line: its points and one more sentence of theme.

An employer that educates, engages, grows or onboards "the DeFi community" speaks to its own audience the same way
("promote awareness and educate the DeFi community so as to jointly drive the growth of Zerogoki", unseen_hs10: a DeFi
project's ambassador call whose one sector word is that DeFi).

Outside nice-to-have and perks sections only: "active in the broader crypto community is a plus" is the candidate's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.sections import MINOR, parts_and_kinds
from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.text import lowered

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

_SECTOR_WORDS = {
    "crypto": r"crypto(?:currency)?|web3|web 3|blockchain|defi|ethereum|bitcoin|solana|cosmos",
    "ai": r"ai|artificial intelligence|machine learning|ml|ai research|open[- ]source ai",
}
_WIDER = r"(?:wider|broader|greater|larger)"
_WHAT = r"(?:community|communities|ecosystem|ecosystems|space|industry)"
_AUDIENCE = r"(?:educate|educating|engage|engaging|grow|growing|onboard|onboarding)\s+(?:with\s+)?the"
_PATTERNS = {sector: re.compile(rf"\b{_WIDER}\s+(?:{words})\s+{_WHAT}\b") for sector, words in _SECTOR_WORDS.items()}
# a separate scan: the verbs in the patterns above slowed every "wider" text's search
_AUDIENCE_PATTERNS = {
    sector: re.compile(rf"\b{_AUDIENCE}\s+(?:{words})\s+(?:community|communities|ecosystems?)\b")
    for sector, words in _SECTOR_WORDS.items()
}
TERM = "member of the wider community"
# Substring tests before any sentence is read: 4.8 us a bench posting for the first four (a regex search for the same
# words, 27.7 us); 3% of bench postings hold one of them.
_WIDER_WORDS = (
    "wider",
    "broader",
    "greater",
    "larger",
    "educate the",
    "educating the",
    "engage the",
    "engaging the",
    "engage with the",
    "engaging with the",
    "grow the",
    "growing the",
    "onboard the",
    "onboarding the",
)


# The audience verbs run the sentence scan only when a sector word follows "the" somewhere: "grow the business" is in
# many postings and cost ~+100k instructions a bench posting with the verbs alone (callgrind, 6.03M -> 6.13M). Four
# stems first (most postings hold none), the sector words only then.
_AUDIENCE_STEMS = ("educat", "engag", "grow", "onboard")
_THE_SECTOR = (
    "the defi",
    "the crypto",
    "the web3",
    "the web 3",
    "the blockchain",
    "the ethereum",
    "the bitcoin",
    "the solana",
    "the cosmos",
    "the ai ",
    "the artificial",
    "the machine learning",
    "the ml ",
)


_COMMUNITY_CUES = Cues(("communit", "ecosystem"))
_AUDIENCE_CUES = Cues(_AUDIENCE_STEMS)
_SECTOR_CUES = Cues(_THE_SECTOR)
_WIDER_CUES = Cues(_WIDER_WORDS[:4])


def _audience_possible(low: str) -> bool:
    if not holds_any(low, _COMMUNITY_CUES):  # the audience is a community or an ecosystem
        return False
    return holds_any(low, _AUDIENCE_CUES) and holds_any(low, _SECTOR_CUES)


def member_sectors(description: str, audience: bool = True) -> set[str]:
    """The sectors whose wider community the description's main text counts itself in (with `audience`, also the
    community it educates, engages, grows or onboards)."""
    low = lowered(description)
    patterns = [_PATTERNS] if holds_any(low, _WIDER_CUES) else []
    if audience and _audience_possible(low):
        patterns.append(_AUDIENCE_PATTERNS)
    if not patterns:
        return set()
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    main = [part for part, kind in zip(parts, kinds, strict=True) if kind != MINOR]
    return {s for table in patterns for s, pattern in table.items() if any(pattern.search(part) for part in main)}


def add_membership(result: SectorScore, description: str) -> None:
    """Add a self-description's weight to each sector whose wider community the posting belongs to."""
    dec = taxonomy().decision
    # the audience scan only where a sector term was read: its substring tests cost ~18 us a bench posting otherwise
    audience = any(result.evidence[sector] for sector in ("crypto", "ai"))
    for sector in member_sectors(description, audience):
        added = max(0.0, min(dec["core_weight"], dec["description_cap"] - result.description[sector]))
        result.description[sector] += added
        result.scores[sector] += added
        result.core[sector] = True
        result.spread[sector] += 1
        result.evidence[sector].append({"term": TERM, "field": "description", "weight": added})
