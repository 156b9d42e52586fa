"""Slugs companies had before (migration 0009 rewrote them as lowercase ASCII with hyphens): old slug -> current."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from talentintel.services.queries.tables import COMPANIES
from talentintel.services.queries.tables import COMPANY_SLUG_ALIASES as ALIASES


def current_slug(session: Session, old: str) -> str | None:
    """The company's slug now, when `old` is one it had before; else None."""
    found = (
        session.connection()
        .execute(
            select(COMPANIES.c.slug).join(ALIASES, ALIASES.c.company_id == COMPANIES.c.id).where(ALIASES.c.slug == old)
        )
        .scalar()
    )
    return str(found) if found is not None else None
