"""A token presale still open: the sale of a project's coins under way, told as a product's feature or a promotion,
not a round that closed.

`kind` reads ONGOING_PRESALE as a "not closed" trigger (before the opening's first completed raise, like its other
triggers). Seen on tuning_hs11 (session 11's holdout, scored once at kind 0.432, then tuning; branch fund49): "It has
launched with its core systems fully operational, including manufactured compute hardware, active infrastructure, and
a live presale auction with real-time contribution updates" (hs11-coinfeather-zkp-presale-auction, read as a round).
Paid crypto promotions tell the same in many words: "the presale is live", "the ongoing presale", "presale stage 3
is underway", "currently in presale". A presale that "raised $5 million" or "closed" is a token round
(rounds.py), and its verb comes first.
"""

from __future__ import annotations

import re

ONGOING_PRESALE = re.compile(
    r"\b(?:live|ongoing|open|active|running|current)\s(?:token\s)?(?:pre-?sale|presale\sauction)\b|"
    r"\b(?:pre-?sale|presale\sauction)\s(?:is|remains)\s(?:now\s|currently\s|still\s)?(?:live|open|ongoing|underway|active)\b|"
    r"\b(?:pre-?sale)\s(?:stage|phase|round)\s\d+\s(?:is\s)?(?:now\s)?(?:live|underway|open)\b|"
    r"\b(?:currently|now|still)\sin\s(?:its\s)?(?:token\s)?pre-?sale\b",
    re.IGNORECASE,
)
