"""Unsubscribe tokens: `<subscription id>.<HMAC-SHA256>` keyed by SECRET_KEY.

The MAC covers the id, the email and the subscription's token version (bumped when it is re-activated), so a token
stops working if the subscription's address changes or once the reader re-subscribed (an old email's link must not
end the new subscription), and nobody can unsubscribe someone else by guessing ids. Unsubscribing is idempotent, so
tokens need no other expiry. Version 0 signs what tokens signed before versions existed: links already sent work.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from talentintel.errors import UserError
from talentintel.settings import get_settings

_PURPOSE = b"talentintel-unsubscribe-v1"


MAX_ID = 2**63 - 1  # the largest id a database key holds; a longer number is no id of ours


def _mac(subscription_id: int, email: str, secret: str, version: int = 0) -> str:
    key = hmac.new(secret.encode(), _PURPOSE, hashlib.sha256).digest()  # derived key: one purpose per key
    msg = f"{subscription_id}:{email.strip().lower()}{f':{version}' if version else ''}".encode()
    digest = hmac.new(key, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make(subscription_id: int, email: str, secret: str | None = None, version: int = 0) -> str:
    return f"{subscription_id}.{_mac(subscription_id, email, secret or get_settings().secret_key, version)}"


def subscription_id(token: str) -> int:
    """The id a token names (not yet verified); UserError naming `token` when it is malformed. Only ASCII digits
    ("²".isdigit() is true, int("²") fails) and only ids a database can hold (a huge one overflowed the query)."""
    head, _, mac = token.partition(".")
    if not (head.isascii() and head.isdigit()) or not mac or len(token) > 200 or int(head) > MAX_ID:
        raise UserError("token: malformed unsubscribe token")
    return int(head)


def verify(token: str, email: str, secret: str | None = None, version: int = 0) -> bool:
    expected = make(subscription_id(token), email, secret, version)
    return hmac.compare_digest(expected.encode(), token.encode("utf-8", "replace"))
