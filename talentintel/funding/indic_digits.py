"""Digit groups in Indian-language money: "3,672 करोड़" is 3,672 crore, not 3.672.

The Hindi reader took every comma for a decimal comma ("2,5" -> 2.5), so b53-newsstar24-byjus-3672-crore-hi (tuning_batch53,
branch batch53) read "करीब 3,672 करोड़ रुपए" as Rs 3.672 crore (USD 424,509 instead of 424.5 million) at its first score.
Indian-language press groups thousands with commas before crore/lakh the way English does: the same batch writes
"1,380 करोड़" (bucksvault), "3,725 करोड़" (techkashif), "3,672 करोड़" (indiatv, newsstar24) and tuning_hs13 "75,000 करोड़",
and Indian grouping "1,23,456" puts two digits between commas. A comma followed by exactly three digits at the end of the
number (with only two- or three-digit groups before it) separates thousands; any other comma ("2,5") is a decimal comma.
"""

from __future__ import annotations

import re

# A grouped number first ("1,23,456", "3,672", "75,000.5"), else digits with one optional decimal mark ("2.4", "2,5").
NUMBER = r"\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?")


def number_value(written: str) -> float:
    """The value of a number as NUMBER matched it: group commas dropped, a lone decimal comma read as a point."""
    if _GROUPED.fullmatch(written):
        return float(written.replace(",", ""))
    return float(written.replace(",", "."))
