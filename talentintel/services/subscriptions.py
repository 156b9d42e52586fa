"""Subscriptions: an address, what it watches (saved searches and/or inline filters), cadence, send hour, zone."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, select

from talentintel.digest import filters as search_filters
from talentintel.digest import periods, tokens
from talentintel.errors import UserError
from talentintel.models import Subscription
from talentintel.services import saved_searches
from talentintel.services.queries.params import NotFound
from talentintel.types import utcnow

# Deliberately loose (RFC 5322 is not a regex): one @, a dot in the domain, no spaces or angle brackets.
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def _email(value: str) -> str:
    value = value.strip()
    if len(value) > 320 or not _EMAIL.match(value) or not value.isprintable():
        raise UserError(f"email: not an email address ({value!r})")
    return value


def _search_ids(session: Session, ids: list[int], owner: int | None) -> list[int]:
    ids = list(dict.fromkeys(ids))  # de-duplicated, order kept
    missing = sorted(set(ids) - saved_searches.existing_ids(session, ids, owner=owner))
    if missing:
        raise UserError(f"saved_search_ids: no saved search {', '.join(map(str, missing))}")
    return ids


def create(
    session: Session,
    *,
    email: str,
    filters: dict[str, Any] | None = None,
    funding_filters: dict[str, Any] | None = None,
    saved_search_ids: list[int] | None = None,
    cadence: str = "daily",
    send_hour: int = 8,
    timezone: str = "UTC",
    sort: str | None = None,
    api_key_id: int | None = None,
) -> Subscription:
    """`sort` is a GET /v1/jobs sort for the digest's jobs (None: newest to talentintel first, -first_seen)."""
    periods.validate(cadence, send_hour, timezone)
    job_filters = search_filters.validate_jobs(filters or {})
    sub = Subscription(
        email=_email(email),
        filters=job_filters,
        sort=search_filters.validate_sort("jobs", job_filters, sort),
        funding_filters=search_filters.validate_funding(funding_filters or {}),
        saved_search_ids=_search_ids(session, saved_search_ids or [], api_key_id),
        cadence=cadence,
        send_hour=send_hour,
        timezone=timezone,
        api_key_id=api_key_id,
    )
    session.add(sub)
    session.flush()
    return sub


def get(session: Session, subscription_id: int, *, owner: int | None = None) -> Subscription:
    """The subscription; owner (a read key's id) must match, else NotFound (admin passes owner=None)."""
    sub = session.get(Subscription, subscription_id)
    if sub is None or (owner is not None and sub.api_key_id != owner):
        raise NotFound("id", f"no subscription {subscription_id}")
    return sub


def list_subscriptions(
    session: Session, *, owner: int | None = None, after_id: int = 0, limit: int = 50, email: str | None = None
) -> list[Subscription]:
    query = select(Subscription).where(col(Subscription.id) > after_id)
    if owner is not None:
        query = query.where(col(Subscription.api_key_id) == owner)
    if email:
        query = query.where(col(Subscription.email) == email.strip())
    return list(session.exec(query.order_by(col(Subscription.id)).limit(limit)))


def update(session: Session, subscription_id: int, *, owner: int | None = None, **changes: Any) -> Subscription:
    """Apply the given fields (None = leave as is; sort "" = back to the default); validated as on create."""
    sub = get(session, subscription_id, owner=owner)
    changes = {k: v for k, v in changes.items() if v is not None}
    periods.validate(
        changes.get("cadence", sub.cadence),
        changes.get("send_hour", sub.send_hour),
        changes.get("timezone", sub.timezone),
    )
    for field in ("cadence", "send_hour", "timezone"):
        if field in changes:
            setattr(sub, field, changes[field])
    if "email" in changes:
        sub.email = _email(changes["email"])
    if "filters" in changes:
        sub.filters = search_filters.validate_jobs(changes["filters"])
    if "sort" in changes or "filters" in changes:  # relevance needs q: checked again when the filters change
        sub.sort = search_filters.validate_sort("jobs", sub.filters, changes.get("sort", sub.sort))
    if "funding_filters" in changes:
        sub.funding_filters = search_filters.validate_funding(changes["funding_filters"])
    if "saved_search_ids" in changes:
        sub.saved_search_ids = _search_ids(session, changes["saved_search_ids"], owner)
    if "active" in changes:
        if changes["active"] and not sub.active:
            sub.token_version += 1  # re-subscribed: unsubscribe links of earlier emails must not end it
        sub.active = bool(changes["active"])
        sub.unsubscribed_at = None if sub.active else (sub.unsubscribed_at or utcnow())
    sub.updated_at = utcnow()
    session.add(sub)
    session.flush()
    return sub


def delete(session: Session, subscription_id: int, *, owner: int | None = None) -> None:
    session.delete(get(session, subscription_id, owner=owner))
    session.flush()


def by_token(session: Session, token: str) -> Subscription:
    """The subscription a valid unsubscribe token names (no change); UserError naming `token` otherwise."""
    sub = session.get(Subscription, tokens.subscription_id(token))
    if sub is None or not tokens.verify(token, sub.email, version=sub.token_version):
        raise UserError("token: invalid or expired unsubscribe link")
    return sub


def unsubscribe(session: Session, token: str) -> Subscription:
    """Deactivate the subscription a valid token names; idempotent. UserError naming `token` otherwise."""
    sub = by_token(session, token)
    if sub.active:
        sub.active = False
        sub.unsubscribed_at = utcnow()
        sub.updated_at = sub.unsubscribed_at
        session.add(sub)
        session.flush()
    return sub
