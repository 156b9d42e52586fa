"""A label's value glued to the next label's word when a page lost its line break: "Work Location: BengaluruJob" (then
"Type: Engineering Contract"; issue 18, unseen_hs8 hs8t-paidintern-hackerearth-frontend, github
avinash201199/Paid-Internship-List: a location line that located nothing). Read only when the value as written names
no place, so a real camel-case name ("McAllen", "DeKalb") is looked up whole first.
"""

from __future__ import annotations

import re

# a capitalised word whose tail is another capitalised word of 2+ letters: "BengaluruJob", "LondonSalary"
_GLUED = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b")


def unglued(value: str) -> str | None:
    """The value with each glued pair cut before its second word, or None when nothing is glued."""
    if not _GLUED.search(value):
        return None
    return _GLUED.sub(r"\1 \2", value)
