"""Standard Webhooks signatures (https://www.standardwebhooks.com/): the `standardwebhooks` reference library signs,
so any receiver verifies with its own Standard Webhooks library.

Headers: webhook-id (the event's stable id), webhook-timestamp (Unix seconds), webhook-signature ("v1,<base64
HMAC-SHA256 of id.timestamp.body>"; after a secret rotation, one signature per valid secret, space-separated).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import datetime

from cryptography.fernet import Fernet, InvalidToken
from standardwebhooks.webhooks import Webhook

from talentintel.errors import UserError
from talentintel.settings import get_settings

SECRET_PREFIX = "whsec_"
SEALED = "sealed:v1:"  # stored secrets are encrypted with a key derived from SECRET_KEY: a leaked table signs nothing


class SecretUnreadable(UserError):
    """A stored secret sealed under another SECRET_KEY: the endpoint needs a rotation."""


def _fernet() -> Fernet:
    digest = hashlib.sha256(b"talentintel webhook secrets\0" + get_settings().secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(secret: str) -> str:
    return SEALED + _fernet().encrypt(secret.encode()).decode()


def reveal(stored: str) -> str:
    """The whsec_ secret of a stored value (sealed, or a plain whsec_ value written before sealing existed)."""
    if not stored.startswith(SEALED):
        return stored
    try:
        return _fernet().decrypt(stored.removeprefix(SEALED).encode()).decode()
    except InvalidToken:
        raise SecretUnreadable(
            "secret: sealed under another SECRET_KEY; rotate it (POST /v1/webhooks/{id}/rotate)"
        ) from None


def new_secret() -> str:
    # 24 random bytes (192 bits), as the reference implementations generate.
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def headers(msg_id: str, timestamp: datetime, body: bytes, secrets_: list[str]) -> dict[str, str]:
    signatures = " ".join(Webhook(secret).sign(msg_id, timestamp, body) for secret in secrets_)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signatures,
    }
