"""The raiser named before what it is: "the Pharos layer-1 closed an $8 million seed round" (issue 13, branch fund26).

Crypto roundups name a project by its name and then its kind ("the Pharos layer-1", "the Acme protocol") and let that
phrase raise. The subject rules read "Name, a layer-1, raised" or "layer-1 Pharos raised" but not this order, so the
roundup's last deal (b15-blockworkscom-bio-pharos) stayed in the part before it and its leads went to that deal.
"""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z][\w.&'’-]*)(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2}"
_KIND = (
    r"layer[- ]?[123]|L[123]|protocol|network|blockchain|chain|platform|project|exchange|app|startup|start-up|DAO|"
    r"rollup|wallet|marketplace"
)
_NAMED_KIND_RAISES = re.compile(
    rf"\bthe\s({_NAME})\s(?:{_KIND})\s(?:has\s|have\s)?(?:just\s|now\s|also\s)?"
    r"(?:raised|closed|secured|completed|landed|bagged|announced)\s(?:an?\s|its\s)?(?:US)?[$€£]?\s?\d",
    re.IGNORECASE,
)


def named_kind_company(text: str) -> str | None:
    """The name in "the <Name> <kind> raised/closed $X", if the text says so."""
    m = _NAMED_KIND_RAISES.search(text)
    return m.group(1) if m else None
