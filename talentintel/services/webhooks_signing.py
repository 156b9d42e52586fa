"""Standard Webhooks signatures (https://www.standardwebhooks.com/): the `standardwebhooks` reference library signs,
so any receiver verifies with its own Standard Webhooks library.

Headers: webhook-id (the event's stable id), webhook-timestamp (Unix seconds), webhook-signature ("v1,<base64
HMAC-SHA256 of id.timestamp.body>"; after a secret rotation, one signature per valid secret, space-separated).
"""

from __future__ import annotations

import base64
import secrets
from datetime import datetime

from standardwebhooks.webhooks import Webhook

SECRET_PREFIX = "whsec_"


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
