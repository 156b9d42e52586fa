"""A deal paid for in parts from several sources has no sole investor: "The deal includes 100 billion won from the
Advanced Strategic Industry Fund, 30 billion won from the Industrial Bank of Korea, and 430 billion won from private
investors" (amw-upstage-kgf), "100 billion won in equity investment from the National Growth Fund's Advanced Strategic
Industry Fund. This will be supplemented by 30 billion won from Korea Development Bank" (hs14-asiae-upstage-560bn-won-
national-growth-fund). Both are labeled without a lead; the "round from exactly one named investor" convention
(PROVENANCE) read the first "from X" as that one investor. Two or more sums each "from" a different named source say
the money is split, so the sole-investor readings stand down when the two are told within a sentence or so (lead83, issue 13 session 20).
"""

from __future__ import annotations

import re
from itertools import pairwise

# A sum, an optional "in <kind of> investment", then "from" and the source's first capitalised word. A sum is a
# figure with a currency sign or a scale word ("30 billion won", "$5 million", "€2M").
_SUM_FROM = re.compile(
    r"(?:[$€£¥₩]\s?\d[\d.,]*\s?(?:[mbk]n?|million|billion|crore)?|\b\d[\d.,]*\s?(?:million|billion|trillion|crore|"
    r"lakh|mn|bn)(?:\s(?:won|yen|euros?|dollars|yuan|rupees|pounds))?)"
    r"\s(?:in\s(?:[\w-]+\s){0,3}?(?:investment|equity|funding|loans?|financing)\s)?from\s(?:the\s)?"
    r"(?P<src>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})"
)


# The parts of one deal are told together; a sum "from" another source further on is another deal: "has received
# Ksh.766 million ($5 million) from British International Investment ... In November of the same year, they secured
# $6.6 million ... from Mobility54" (b24-banguipost-basigo-bii-5m, an earlier round six sentences on).
_NEAR = 200


def split_sources(text: str) -> bool:
    """Two sums, at most a sentence or so apart, that the text says come from different named sources."""
    found = list(_SUM_FROM.finditer(text))
    return any(
        b.start() - a.end() <= _NEAR and a.group("src").lower() != b.group("src").lower() for a, b in pairwise(found)
    )
