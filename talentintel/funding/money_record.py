"""A sum given as a record's field: "funding_amount: "$3M"", "Amount raised: $3M", "Round size: €2M".

Directory pages and start-up databases state a round as key-value lines, with no raise verb near the sum, so
`money._score` gave it 0 and the round no amount (hs20-fundedstartups-zeko-labs-3m-pre-seed, tuning_hs20, fund84:
"funding_round: "Pre-Seed"" / "funding_amount: "$3M""). The label is the field's own, at the start of its line.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"(?:^|\n)\s*[-*]?\s*\**(?:funding|round|raise|investment|deal)[ _-]?(?:amount|size)\**\s*[:=]\s*\**[\"']?$"
    r"|(?:^|\n)\s*[-*]?\s*\**amount[ _-]raised\**\s*[:=]\s*\**[\"']?$",
    re.IGNORECASE,
)


def field_amount(text: str, start: int) -> bool:
    """The sum at `start` is the value of a funding-amount field."""
    return bool(_FIELD.search(text[max(0, start - 40) : start]))
