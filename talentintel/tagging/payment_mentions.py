"""Crypto as a way to pay, not the business: an employer that accepts bitcoin, a salary payable in USDC.

"We accept payment in bitcoin" at an AI startup, "this contract is paid per hour in USD or USDC" (unseen5 enjin), "you
can choose to receive your salary in crypto": the coin is how money moves between the employer and its customers or
staff. A crypto company says more than that (its product, its chain, its users' wallets); an AI company that says only
that is no crypto company. Before this rule a SYNTHETIC probe "We are an AI startup. We accept payment in bitcoin."
read as both (issue 18, branch tag30: the crypto-in-passing contrast). A product that lets others accept coins
("lets merchants accept payments in USDC") is the business: only "we" or "you" accepting, or a salary, pay or contract
paid in a coin, is a way to pay.
"""

from __future__ import annotations

import re

_COIN = r"(?:crypto(?:currency|currencies)?|bitcoin|btc|ethereum|eth|usdc|usdt|stablecoins?|sats)"
_PAYMENT_METHOD = re.compile(
    # the employer or the reader accepts the coin: "we accept payment in bitcoin", "we also accept crypto"
    rf"\b(?:we|you|i)\s+(?:also\s+|now\s+|gladly\s+|happily\s+|can\s+)?accept\s+(?:payments?\s+(?:in|via|with)\s+)?"
    rf"{_COIN}\b"
    # a salary, pay or contract paid in it: "contract paid per hour in usd or usdc", "salary payable in USDT"
    rf"|\b(?:salary|salaries|compensation|pay|contract|invoices?)\b[^.;]{{0,40}}?\b(?:paid|payable|settled)\b"
    rf"[^.;]{{0,25}}?\bin\s+(?:[a-z]{{2,5}}\s+(?:or|and)\s+)?{_COIN}\b"
    # a choice to take it: "you can choose to receive your salary in crypto", "option to be paid in bitcoin"
    rf"|\b(?:option|choose|opt)\s+to\s+(?:be\s+paid|receive\s+(?:your\s+|part\s+of\s+your\s+)?(?:salary|pay))"
    rf"(?:\s+partly|\s+partially)?\s+in\s+{_COIN}\b"
)


def payment_method(part: str) -> bool:
    """Whether a lowercased sentence names a coin only as how the employer is paid or pays its staff."""
    if not any(v in part for v in ("accept", "paid", "payable", "settled", "receive")):
        return False  # cheap test first: most sentences hold none of the verbs
    return _PAYMENT_METHOD.search(part) is not None
