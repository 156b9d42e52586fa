"""A round made of equity and a loan, or of two stages, names no single stage: "closed a €2.1M round combining a €1.4M oversubscribed seed
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


# "raised $106 million in combined seed and Series A funding" (b19-newzbits-tortugas-skyfire, labelled round null):
# one amount told for two stages is neither stage.
_TWO_STAGES = re.compile(
    r"\s(?:in\s)?(?:(?:a|an|its|the)\s)?(?:combined\s|total\s)?(?P<a>pre-seed|seed|series\s[a-h])\s(?:and|&|\+|plus)\s"
    r"(?:a\s)?(?P<b>pre-seed|seed|series\s[a-h])\b",
    re.IGNORECASE,
)


_AMOUNT_END = re.compile(r"(?:\d|\b(?:million|billion|[mb]n?))(?=\s)", re.IGNORECASE)


def two_stages(text: str, amount_end: int | None) -> bool:
    """The round's amount is said to cover two stages ("$106 million in combined seed and Series A funding"); the
    headline's "$106M" may be the amount read, so any amount of the deal's text told so counts."""
    ends = [amount_end] if amount_end is not None else []
    ends += [m.end() for m in _AMOUNT_END.finditer(text)]
    for end in ends:
        m = _TWO_STAGES.match(text, end)
        if m is not None and m.group("a").lower() != m.group("b").lower():
            return True
    return False


# "will invest $600 million in the AI infrastructure provider, with an option for Neysa to raise an additional $600
# million in debt financing from the investors" (tuning_batch50's Neysa): debt the company may add later is no part of
# the round announced, so it does not make the round a debt round.
_OPTIONAL_DEBT = re.compile(
    r"\b(?:option|right|ability|plans?|intends?|could|may|might|expects?)\b(?:[^.;\n]|\.(?=\d)){0,60}?"
    r"\b(?:additional|further|another|more)\b(?:[^.;\n]|\.(?=\d)){0,40}?\b(?:debt|loans?|credit)\b",
    re.IGNORECASE,
)


def only_optional_debt(text: str, debt: re.Match[str]) -> bool:
    """The debt words at `debt` close a clause about debt the company may raise later, not the round's own money."""
    return any(m.start() <= debt.start() < m.end() + 40 for m in _OPTIONAL_DEBT.finditer(text))
