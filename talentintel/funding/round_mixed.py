"""A round made of equity and a loan names no single stage: "closed a €2.1M round combining a €1.4M oversubscribed seed
from family offices ... and an ENISA participative loan" (hs5-disruptinghealthcare-hla-seed, labelled round null:
the €2.1M is not a seed). The stage word describes one part of the money, so the round is not that stage.
"""

from __future__ import annotations

import re

_MIXED = re.compile(
    r"(?:[^.;\n]|\.(?=\d)){0,40}?\b(?:combining|consisting\sof|made\sup\sof|comprising|comprised\sof|split\sbetween|"
    r"that\scombines|which\scombines)\b(?:[^.;\n]|\.(?=\d)){0,160}?"
    r"\b(?:loans?|debt|venture\sdebt|credit|notes?|grants?|préstamo|prêt|Darlehen)\b",
    re.IGNORECASE,
)


def mixed_equity_and_debt(text: str, amount_end: int | None) -> bool:
    """The words after the round's amount say it combines a stage's equity with a loan, debt or grant."""
    return amount_end is not None and _MIXED.match(text, amount_end) is not None
