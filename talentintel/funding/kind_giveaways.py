"""Tokens given away, not sold: an airdrop to a protocol's users raises nothing for its issuer.

`kind` reads AIRDROP as a "giveaway" trigger (before the opening's first completed raise). Seen on tuning_batch36
(read as a round at its one score): "Solana DEX Drift set to airdrop 100 million tokens to users"
(b36-newsjani-drift-airdrop-100m-tokens). The class on other real texts (pages corpus): "Grass Announces ‘Airdrop One,’
Distributing 100M Tokens To Early Users" (mpost.io), "The Grass Foundation has announced an airdrop plan on X,
allocating 100 million GRASS" (bitgetapp.com), "Drift Protocol Announces 100 Million Token Airdrop" (coinengineer.io).
Only the event is read (an airdrop of a count of tokens, a project "to airdrop"); a page's promotion line ("CandyDrop
× Succinct (PROVE) — Trade to share 200,000 PROVE", b15-gatebase-gensyn) or a newsletter's "Blast's $3B Airdrop"
names no such event.
"""

from __future__ import annotations

import re

AIRDROP = re.compile(
    r"\bair-?drop(?:s|ped|ping)?\s(?:of\s)?(?:up\sto\s)?\d[\d.,]*\s?(?:million|billion|[mbk])?\s(?:\$?[\w-]+\s)?"
    r"(?:tokens|coins)\b|"
    r"\b(?:to|will)\s(?:launch\sand\s)?air-?drop\b|"
    r"\bannounc(?:es|ed|ing)\s(?:an?\s|its\s)?(?:[\w‘’'-]+\s){0,3}?[‘'“\"]?air-?drop\b|"
    r"\b\d[\d.,]*\s?(?:million|billion|[MBK])\s(?:\$?[\w-]+\s)?tokens?\s(?:air-?drop|giveaway)\b",
    re.IGNORECASE,
)
