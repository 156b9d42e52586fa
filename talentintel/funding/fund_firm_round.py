"""An investing firm's own "funding round" is its fund: the crypto trade press calls a venture firm's fund close a round.

Seen on the session-17 and session-19 holdouts (kind83 catalog, both read as company rounds): "Crypto-focused venture
capital firm Dragonfly Capital has successfully closed its fourth funding round this week" (hs17-coinheadlines-
dragonfly-fund-iv-650m), "Venture capital firms Coinfund and Polychain Capital have managed to raise a combined $350
million in their latest funding round" (hs19-mykingmoney-coinfund-152m-polychain-200m-giza); and the first close of a
fund told as its first round: "HashKey Capital closed the first round of its fourth crypto fund with $250 million"
(hs14-crypto-economy-hashkey-fund-iv-250m-first-close).
"""

from __future__ import annotations

import re

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|newest|new)"
FIRM_FUNDING_ROUND = re.compile(
    # The firm is the subject ("backed by VC firm X, Acme raised" is Acme's round), the round is the firm's own
    # ("its", "their") and carries an ordinal or "latest": a count of the firm's funds.
    r"(?<!by\s)(?<!from\s)(?<!with\s)(?<!and\s)\b(?:venture\scapital|VC|venture|investment|crypto\sinvestment)\s"
    r"(?:firm|firms|investor|investors|manager|managers)\b(?:[^.;\n]|\.(?=\d)){0,120}?\b(?:rais(?:ed|es|e)|clos(?:ed|es)|"
    r"complet(?:ed|es)|wrapp?(?:ed|s)\sup)\b(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:its|their)\s"
    + _ORDINAL
    + r"\s(?:funding|fundraising|financing)\sround\b|"
    # "closed the first round of its fourth crypto fund": the fund's first close.
    r"\b(?:clos(?:ed|es)|complet(?:ed|es)|held|holds)\s(?:the|its)\s(?:first|second|final|initial)\sround\sof\s"
    r"(?:its|their|the)\s(?:[\w$.,-]+\s){0,3}?fund\b",
    re.IGNORECASE,
)
