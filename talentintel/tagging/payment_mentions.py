"""Crypto as a way to pay, not the business: an employer that accepts bitcoin, a salary payable in USDC.

"We accept payment in bitcoin" at an AI startup, "this contract is paid per hour in USD or USDC" (unseen5 enjin), "you
can choose to receive your salary in crypto": the coin is how money moves between the employer and its customers or
staff. A crypto company says more than that (its product, its chain, its users' wallets); an AI company that says only
that is no crypto company. Before this rule a SYNTHETIC probe "We are an AI startup. We accept payment in bitcoin."
read as both (issue 18, branch tag30: the crypto-in-passing contrast). A product that lets others accept coins
("lets merchants accept payments in USDC") is the business: only "we" or "you" accepting, or a salary, pay or contract
paid in a coin, is a way to pay.

A pay amount written in a coin is pay too (issue 18, unseen_hs10): a Chinese community post's pay line "5w+ RMB（USDT）"
(a Singapore software house's DevOps roles, its only core crypto term) or "3000-5000 USDT/月" names the coin as the
currency of the salary, a fiat amount's alternative or a monthly sum; the employer's business is said elsewhere.
"""

from __future__ import annotations

import re

_COIN = r"(?:crypto(?:currency|currencies)?|bitcoin|btc|ethereum|eth|usdc|usdt|stablecoins?|sats)"
_MODALS = r"(?:can|could|may|might|will|would|also|even|gladly|happily)"
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
    # the employer paying its people in it, or the reader being paid in it: "we can even pay you in Bitcoin!" (Square's
    # 2019 call for crypto engineers, blockpublisher.com), "we pay in USDC", "you can get paid in USDC" (tag65)
    rf"|\bwe\s+(?:{_MODALS}\s+)*pay\s+(?:you\s+|contractors\s+|our\s+(?:team|staff|contractors)\s+)?"
    rf"(?:partly\s+|partially\s+)?in\s+{_COIN}\b"
    rf"|\b(?:you|contractors|employees)\s+(?:{_MODALS}\s+)*(?:get|be|are)\s+paid\s+(?:partly\s+|partially\s+)?in\s+"
    rf"{_COIN}\b"
)

_STABLE = r"(?:usdt|usdc|u)"
_PAY_AMOUNT = re.compile(
    # a fiat amount with the coin as its alternative: "5w+ rmb（usdt）", "30k usd/usdt", "rmb或usdt"
    rf"\b(?:rmb|cny|usd|hkd|sgd|元)\s*(?:[（(/]|或|or)\s*{_STABLE}\b"
    # an amount per period in the coin: "3000-5000 usdt/月", "5k usdt / month", "2000 usdt每月"
    rf"|\d\s*[kw万千]?\+?\s*{_STABLE}\s*(?:/\s*(?:月|年|month|mo|year)\b|每月|每年|per\s+month)"
)


def payment_method(part: str) -> bool:
    """Whether a lowercased sentence names a coin only as how the employer is paid or pays its staff."""
    if ("usdt" in part or "usdc" in part) and _PAY_AMOUNT.search(part) is not None:
        return True
    if not any(v in part for v in ("accept", "paid", "payable", "settled", "receive", "pay ")):
        return False  # cheap test first: most sentences hold none of the verbs
    return _PAYMENT_METHOD.search(part) is not None
