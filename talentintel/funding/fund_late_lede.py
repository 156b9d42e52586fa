"""A fund told after a commentary's lede: the opening tells no raise, the first paragraph that does tells a fund.

"$7 Billion Doesn’t Make Sequoia Right About AI\n\nThe crowd is cheering. I’m not.\n\nEveryone treating Sequoia’s $7
billion expansion fund as proof ...\n\nSequoia Capital has raised roughly $7 billion for a new expansion fund"
(b38-agnthq-sequoia-7b-expansion-fund) was read as a round: `fund_raise` reads the headline and the lede only, and this
lede ("The crowd is cheering.") states nothing. An op-ed or a newsletter opens on an opinion the same way; its news is
the first paragraph that says someone raised, closed or launched something.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.funding.fund_opening import opening_sentences

# Raise words of either kind, in the opening or a paragraph (a fund's "closed"/"launched" as well as a round's).
_TOLD = re.compile(
    r"\b(?:rais(?:es|ed|ing)|secur(?:es|ed)|clos(?:es|ed)|launch(?:es|ed)|round|series\s[a-h]|seed|funding|"
    r"financing)\b",
    re.IGNORECASE,
)
# ... and no round beside it: "Goldman Sachs ... raised their investment in the developer of e-wallet MoMo by US$28
# million, while ... 500 Startups unveiled a US$10 million Vietnam-based fund" (b23-aseaneconomist-momo-...) is a round.
_ROUND = re.compile(r"\b(?:investments?|stakes?)\s(?:in|into)\b|\bround\b|\bseries\s[a-h]\b", re.IGNORECASE)
_WINDOW = 2500


def late_fund(text: str, is_fund_raise: Callable[[str], bool]) -> bool:
    """The opening tells no raise and the first paragraph (in `_WINDOW` characters) that does is a fund raise."""
    if any(_TOLD.search(sentence) for sentence in opening_sentences(text)):
        return False
    for paragraph in text[:_WINDOW].split("\n")[1:]:
        if _TOLD.search(paragraph):
            return not _ROUND.search(paragraph) and is_fund_raise(paragraph.strip())
    return False
