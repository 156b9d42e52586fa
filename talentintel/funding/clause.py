"""The clause before an offset: the words a money rule reads about the amount it stands before."""

from __future__ import annotations

import re

# A clause ends at ". ", "; ", "! ", "? " or a line break; five money rules read only the last one before an amount,
# each over its own reach (70 characters for the score and talks, 140 for a valuation's subject, 160 for "another
# firm", 300 for an opener of months back), and kept a copy of this split each until the session-17 review.
_CUT = re.compile(r"(?<=[.;!?])\s|\n")


def clause_before(text: str, start: int, reach: int) -> str:
    """The last clause of the `reach` characters before `start` (leading spaces kept)."""
    return _CUT.split(text[max(0, start - reach) : start])[-1]
