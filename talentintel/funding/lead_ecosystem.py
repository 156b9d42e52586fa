"""A chain's ecosystem as a backer: "led in part by the Aptos blockchain ecosystem" (b38-onedaytrading-daya-2-4m-aptos)
read no lead, the name being followed by what it is. Crypto rounds name a chain's fund or foundation this way ("backed
by the Solana ecosystem", "led by the Sui network"): the backer is the chain's name.
"""

from __future__ import annotations

import re

_ECOSYSTEM = re.compile(
    r"\b(?i:the)\s([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s"
    r"(?:(?:blockchain|crypto|web3|layer[\s-]?[12]|L[12])\s)?(?:ecosystem|network|community)\b"
)


def chain_names(segment: str) -> str:
    """`segment` with "the X (blockchain) ecosystem/network/community" written as "X"."""
    return _ECOSYSTEM.sub(r"\1", segment)
