"""An amount named first and tied to its raiser by the next sentence: "A $32 million seed round may seem like a
throwback to frothier times like . . .2021. But that’s how much PLAI Labs just raised in a deal led by Andreessen
Horowitz" (hs5-channelnewsbox-plai-seed: the body's later "managed to snag $350 million in funding in 2021", another
company's round, scored higher because a raise verb stood before it).

"That's how much X raised" points back to the figure of the sentence before: the figure is this round.
"""

from __future__ import annotations

import re

_HOW_MUCH = re.compile(
    r"[^!?\n]{0,200}?[.!?]\s+(?:But\s|And\s|Yet\s|Well,\s)?(?:that['’]s|that\sis|this\sis)\s(?:exactly\s|just\s)?how\smuch\s"
    r"[^.!?\n]{1,60}?\b(?:has\s|have\s|had\s)?(?:just\s|now\s|recently\s)?(?:raised|secured|closed|landed|bagged)\b",
    re.IGNORECASE,
)


def told_back(text: str, end: int) -> bool:
    """The sentence after the amount ending at `end` says "that's how much X raised"."""
    return _HOW_MUCH.match(text, end) is not None
