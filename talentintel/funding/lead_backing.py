"""An investor "with backing from" a sum is a backer, not the one investor it came from.

"Cross-chain communication protocol Bridge Network raises $3.8M with backing from FTX Ventures" and, in its body, "the
participation of numerous investors including FTX Ventures, MEXC Global, ..." (b40-zycrypto-bridge-network-3-8m-ftx-
ventures, read as led by FTX Ventures): "with backing from" is "backed by" (PROVENANCE: "backed by" -> no lead), an
adjunct beside the sum like "with participation from", not the sum's source ("raised Rs 250 Crore from X" leads).
On the tuning split "with (additional/strong ...) backing/support from X" names a participant each time it follows a
lead ("led by Foresight Ventures, with backing from ... Su Zhu", menafn-ox-4m; "led by @paradigm, with support from").
"""

from __future__ import annotations

import re

_WITH_BACKING = re.compile(r"\bwith\s(?:[\w-]+\s){0,2}?(?:backing|support)\sfrom\s?$", re.IGNORECASE)


def with_backing(clause: str) -> bool:
    """The clause from the sum to its investor ends "with backing from": a backer named, no lead."""
    return bool(_WITH_BACKING.search(clause))
