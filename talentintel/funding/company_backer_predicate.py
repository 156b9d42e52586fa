"""A name whose own clause calls it a backer is an investor, not the raiser.

"Alibaba Group Holding Ltd. is the headline backer supporting the largest single financing round for a significant
Chinese artificial intelligence (AI) initiative. The e-commerce giant led the funding in Moonshot AI" (tuning_batch23
readwrite; first score company 0.571 on 28 unseen rounds): the opening's subject is described as the backer.
"Goldman Sachs and Standard Chartered raised their investment in the developer of e-wallet MoMo by US$28 million"
(aseaneconomist): "raised their investment" is what an investor does, not a raise.
"""

from __future__ import annotations

import re

_PREDICATE = re.compile(
    r"(?:\s(?i:Ltd|Inc|Corp|Co|LLC|Ltd\.|Inc\.|Corp\.|Co\.))?\.?,?\s"
    r"(?:(?i:is|was|are|were|has\sbeen|have\sbeen|remains|became)\s(?:(?i:the|a|an|one\sof\sthe|among\sthe)\s)?"
    r"(?:[\w-]+\s){0,3}?(?i:backers?|investors?|funders?|financiers?|shareholders?|lenders?)(?![\w-])"
    r"|(?i:has\s|have\s|had\s)?(?i:raised|raises|increased|increases|upped|ups|doubled|boosted|topped\sup)\s"
    r"(?i:their|its|his|her)\s(?:[\w-]+\s)?(?i:investments?|stakes?|holdings?|bets?|positions?)\b"
    # "Pantera, Coinbase back Surf’s $15M push", "Pantera Capital and Coinbase have jointly backed Surf in a funding
    # round" (b45-pumpushka-surf-15m-pantera-coinbase): the subjects of "back" a capitalised object are its backers,
    # however many are listed before the verb.
    r"|(?:(?:and\s|&\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3},?\s)*(?i:have\s|has\s|had\s)?"
    r"(?i:jointly\s|also\s|both\s|together\s)?(?i:back|backs|backed)\s(?=[A-Z]))"
)


def investor_predicate(text: str, end: int) -> bool:
    """The name ending at `end` is the subject of "is the ... backer" or "raised its investment/stake"."""
    return _PREDICATE.match(text, end) is not None
