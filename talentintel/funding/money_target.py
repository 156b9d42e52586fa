"""A raise's planned size, not its amount, when the text also tells what was secured of it.

"An SEC filing indicates that the startup has secured $686 million as part of a planned $818 million raise" and "Crusoe
has already brought in $686 million toward the $818 million total it hopes to raise" (hs17-whatthefuture-crusoe-686m-
of-818m): the raise word after "$818 million" outscored the secured sum. A size told as planned, targeted or hoped for
is the goal; the secured part is the round's amount. A text telling only the goal still has it: a penalty, not a veto.
"""

from __future__ import annotations

import re

_PLANNED_BEFORE = re.compile(
    r"\b(?:an?|the|its|their)\s(?:planned|targeted|proposed|intended|hoped-for|expected|envisaged)\s$"
    # "toward the $818 million total", "towards its $100 million target"
    r"|\btowards?\s(?:the|its|their|a)\s$",
    re.IGNORECASE,
)
_PLANNED_AFTER = re.compile(
    r"^\s?(?:total\s|target\s|goal\s|raise\s|round\s)?(?:that\s)?(?:it|they|the\s(?:company|startup|firm))\s"
    r"(?:hopes|plans|aims|seeks|wants|intends|expects)\sto\s(?:raise|close)\b",
    re.IGNORECASE,
)


def planned_size(before: str, after: str) -> bool:
    """The amount between `before` and `after` is the size a raise aims at, not what it has raised."""
    return bool(_PLANNED_BEFORE.search(before) or _PLANNED_AFTER.match(after))
