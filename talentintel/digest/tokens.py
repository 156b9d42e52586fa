"""Unsubscribe tokens: `<subscription id>.<HMAC-SHA256>` keyed by SECRET_KEY.

The MAC covers the id and the email, so a token stops working if the subscription's address changes, and nobody can
unsubscribe someone else by guessing ids. Unsubscribing is idempotent, so tokens need no expiry.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from talentintel.errors import UserError
from talentintel.settings import get_settings

_PURPOSE = b"talentintel-unsubscribe-v1"


def _mac(subscription_id: int, email: str, secret: str) -> str:
    key = hmac.new(secret.encode(), _PURPOSE, hashlib.sha256).digest()  # derived key: one purpose per key
    msg = f"{subscription_id}:{email.strip().lower()}".encode()
    digest = hmac.new(key, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make(subscription_id: int, email: str, secret: str | None = None) -> str:
    return f"{subscription_id}.{_mac(subscription_id, email, secret or get_settings().secret_key)}"


def subscription_id(token: str) -> int:
    """The id a token names (not yet verified); UserError naming `token` when it is malformed."""
    head, _, mac = token.partition(".")
    if not head.isdigit() or not mac or len(token) > 200:
        raise UserError("token: malformed unsubscribe token")
    return int(head)


def verify(token: str, email: str, secret: str | None = None) -> bool:
    expected = make(subscription_id(token), email, secret)
    return hmac.compare_digest(expected.encode(), token.encode())
