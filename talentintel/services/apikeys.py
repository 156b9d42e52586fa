"""API keys: shown once, stored as a SHA-256 hash, scoped read or admin, revocable, with a last-used time."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlmodel import Session, col, func, select

from talentintel.errors import UserError
from talentintel.models import ApiKey
from talentintel.types import utcnow

SCOPES = ("read", "admin")
KEY_PREFIX = "ti_"
# last_used_at is a hint, not an audit log: writing it at most once a minute keeps reads write-free.
LAST_USED_GRANULARITY = timedelta(minutes=1)


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def create(session: Session, *, scope: str = "read", name: str = "") -> tuple[ApiKey, str]:
    if scope not in SCOPES:
        raise UserError(f"scope: must be one of {', '.join(SCOPES)} (got {scope!r})")
    plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(name=name, prefix=plaintext[:10], key_hash=hash_key(plaintext), scope=scope)
    session.add(key)
    session.flush()
    return key, plaintext


def authenticate(session: Session, plaintext: str) -> ApiKey | None:
    """The active key for `plaintext`, touching last_used_at; None when unknown or revoked."""
    key = session.exec(select(ApiKey).where(ApiKey.key_hash == hash_key(plaintext))).first()
    if key is None or key.revoked_at is not None:
        return None
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_GRANULARITY:
        key.last_used_at = now
        session.add(key)
    return key


def revoke(session: Session, key_id: int) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise UserError(f"id: no API key {key_id}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        session.add(key)
    return key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(col(ApiKey.id))))


def count_active(session: Session, scope: str | None = None) -> int:
    query = select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))  # type: ignore[union-attr]
    if scope:
        query = query.where(ApiKey.scope == scope)
    return int(session.exec(query).one())


def active(session: Session, key_id: int) -> ApiKey | None:
    """The key with this id unless it is unknown or revoked: what a web session re-checks on every request, so
    revoking a key signs its browser sessions out."""
    key = session.get(ApiKey, key_id)
    return key if key is not None and key.revoked_at is None else None
