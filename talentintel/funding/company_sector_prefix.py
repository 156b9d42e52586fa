"""A headline's sector word read into the name: "AI Writer Startup Gets $21 Million" names Writer, as the body does
("Writer, an AI framework ..., announced today that it has secured $21 million", b34-everyday-writer-21m-series-a-insight).

The word stays when the text never names the company without it ("AI Squared, the low-code AI integration platform").
"""

from __future__ import annotations

import re

_SECTOR = re.compile(r"^(?:AI|Crypto|Fintech|Web3|Blockchain|DeFi|Insurtech|Healthtech|Edtech|Proptech)\s(?=[A-Z0-9])")
SECTOR_WORD = _SECTOR  # roundup_period_intl: "compania AI Synthesia" (fund86)


def without_sector_word(company: str | None, body: str) -> str | None:
    """`company` without a leading sector word when the body names the rest alone as a clause's subject."""
    m = _SECTOR.match(company or "")
    if company is None or m is None:
        return company
    rest = company[m.end() :]
    alone = re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n)){re.escape(rest)}(?:,\s(?:a|an|the)\s|\s(?:has|have|raised|secured|announced)\b)"
    )
    return rest if alone.search(body) else company
