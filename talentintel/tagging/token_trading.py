"""Tokens bought, sold, swapped or traded: the asset sense of "tokens", in English, Spanish, Portuguese, French and German.

"Tokens" alone is weak crypto evidence (an LLM's tokens, an access token, an arcade's tokens). Tokens that change hands
for money are the crypto asset: "Ocasionalmente comprar/vender tokens (con saldo proporcionado por la empresa)"
(unseen_hs19 Dexcelerate, a streamer paid to trade tokens on camera: labeled crypto, read as none at first sight and
still today before this rule), "staking, lending, liquidity pools, and token swaps" (unseen13/14 DeFi contracts).
cryptoeconomics.py reads tokens as money paid to someone; this reads tokens as what is traded. Over the dev set and
every tuning file the phrase stands in those 3 postings only, all labeled crypto (branch tagcat).

Each sentence saying it (outside nice-to-have and perks sections) weighs as a strong crypto term of the description,
and once a text trades tokens its other sentences naming tokens speak of the same asset ("Realizar transmisiones en
vivo relacionadas con tokens"): they count toward the theme (sector.decide's spread), not the points.
"""

from __future__ import annotations

import re

from talentintel.tagging.sections import MINOR, parts_and_kinds
from talentintel.tagging.text import lowered

_TOKENS = r"(?:tokens?|jetons?)"
_TRADED = re.compile(
    # English: "buy and sell tokens", "trade tokens", "swapping tokens", "token swaps", "token trading"
    r"\b(?:buy(?:s|ing)?|sell(?:s|ing)?|trad(?:e|es|ing)|swap(?:s|ping)?)"
    r"(?:\s*(?:and|or|/|&|,)\s*(?:buy(?:ing)?|sell(?:ing)?|trad(?:e|ing)|swap(?:ping)?))?"
    rf"(?:\s+(?:the|new|your|our|their|meme|crypto|of)){{0,2}}\s+{_TOKENS}\b"
    r"|\btokens?\s+(?:swaps?|trading|trades|exchanges?)\b"
    # Spanish and Portuguese: "comprar/vender tokens", "compra y venta de tokens", "negociar tokens", "trading de tokens"
    r"|\b(?:compra(?:r|mos)?|vend(?:er|emos|a)|venta|negociar|operar|intercambiar|trocar)"
    r"(?:\s*(?:y|e|o|ou|/|,)\s*(?:compra(?:r)?|vend(?:er|a)|venta))?\s+(?:de\s+)?tokens?\b"
    r"|\btrading\s+de\s+tokens?\b"
    # French: "acheter et vendre des tokens", "achat et vente de jetons", "échanger des jetons"
    rf"|\b(?:ach(?:eter|at)|vend(?:re)|vente|[ée]chang(?:er|e))(?:\s+(?:et|ou)\s+(?:vendre|vente|acheter|achat))?"
    rf"\s+(?:de\s+|des\s+|d['’]\s*)?{_TOKENS}\b"
    # German: "Token kaufen und verkaufen", "Token handeln", "Tokenhandel", "Handel mit Token"
    r"|\btoken\w*\s+(?:zu\s+)?(?:kaufen|verkaufen|handeln|tauschen)\b|\btokenhandel\b|\bhandel\s+mit\s+token"
)
_NAMED = re.compile(rf"\b{_TOKENS}\b")
TERM = "tokens traded"


def trading_sentences(description: str) -> tuple[int, int]:
    """How many sentences of the description (outside nice-to-have and perks sections) trade tokens, and how many
    others name tokens when at least one trades them."""
    low = lowered(description)
    if "token" not in low and "jeton" not in low:
        return 0, 0  # most postings: two substring tests
    if _TRADED.search(low) is None:
        return 0, 0  # one scan of the whole text before its sentences
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    main = [part for part, kind in zip(parts, kinds, strict=True) if kind != MINOR]
    traded = sum(1 for part in main if _TRADED.search(part))
    if not traded:
        return 0, 0
    return traded, sum(1 for part in main if _NAMED.search(part)) - traded
