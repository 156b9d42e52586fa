"""Opaque keyset cursors: the last row's sort key, signed so a client cannot forge or mistype one into a 500."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import date, datetime
from typing import Any

import orjson

from talentintel.services.queries.params import InvalidParameter
from talentintel.settings import get_settings


def _sign(payload: bytes) -> bytes:
    return hmac.new(get_settings().secret_key.encode(), payload, hashlib.sha256).digest()[:12]


def encode(kind: str, sort: str, key: tuple[Any, ...]) -> str:
    values = [v.isoformat() if isinstance(v, date | datetime) else v for v in key]
    payload = orjson.dumps([kind, sort, values])
    return base64.urlsafe_b64encode(payload + _sign(payload)).rstrip(b"=").decode()


def decode(token: str | None, kind: str, sort: str) -> list[Any] | None:
    """The sort-key values stored in `token` (strings for dates), or None for the first page."""
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload, signature = raw[:-12], raw[-12:]
        if not hmac.compare_digest(signature, _sign(payload)):
            raise ValueError("bad signature")
        got_kind, got_sort, values = orjson.loads(payload)
    except (ValueError, TypeError, orjson.JSONDecodeError):
        raise InvalidParameter("cursor", "not a cursor returned by this API (use next_cursor as given)") from None
    if got_kind != kind or got_sort != sort or not isinstance(values, list):
        raise InvalidParameter("cursor", "this cursor belongs to another listing or sort order")
    return values
