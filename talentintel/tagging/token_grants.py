"""Pay in the employer's own token: "Salary proposal may include a vested allocation of LOOKS" (LooksRare's hiring
documents, unseen30), "equity and token options", "a share of the token pool", "token grants". Only an employer with
a token grants one, so the grant is crypto evidence wherever it stands (a perks list too), unlike a salary merely paid
in a coin (payment_mentions.py: "Salary is paid in crypto (LOOKS or WETH)" stays a mention).

Before this rule LooksRare's Localization Specialist read as no sector (its only other words: "a decentralized
platform ... contributing towards the protocol"). An LLM's tokens are never granted, vested or pooled; an OAuth flow
has a "token grant" in the singular, so the plural alone counts.
"""

from __future__ import annotations

import re

# "a vested allocation of LOOKS", "a grant of $ABC tokens": a ticker in capitals (not a share plan: ESOP, RSU)
_TICKER_GRANT = re.compile(
    r"\b(?:vested\s+(?:allocation|grant|amount)s?\s+of\s+\$?([A-Z][A-Z0-9]{2,7})\b"
    r"|(?:allocation|grant)s?\s+of\s+\$?([A-Z][A-Z0-9]{2,7})\s+tokens?\b)"
)
_SHARE_PLANS = frozenset({"ESOP", "ESOPS", "RSU", "RSUS", "ESPP", "SAR", "SARS", "ESO", "USD", "EUR", "GBP"})
# "token allocation", "token options", "token pool", "token grants", "equity and tokens", "tokens + equity"
_TOKEN_PAY = re.compile(
    r"\btokens?\s+(?:allocations?|options|pool|grants|vesting|compensation|package)\b"
    r"|\b(?:equity|stock options?|shares)\s*(?:and|&|\+|/|or|plus)\s*(?:a\s+share\s+of\s+)?(?:the\s+)?tokens?\b"
    r"|\btokens?\s*(?:and|&|\+|/)\s*equity\b",
    re.IGNORECASE,
)
TERM = "pay in the employer's token"


def token_grants(description: str) -> int:
    """How many times the description grants the employer's token as pay."""
    if "oken" not in description and "OKEN" not in description and "vested" not in description:
        return 0  # most postings: three substring tests ("token", "Token", "TOKEN")
    tickers = [g for m in _TICKER_GRANT.finditer(description) for g in m.groups() if g and g not in _SHARE_PLANS]
    return len(tickers) + len(_TOKEN_PAY.findall(description))
