"""The discovery log, for operators (admin scope): one row per company website tried."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from talentintel.models_discovery import SiteDiscovery
from talentintel.services.queries import cursor, keyset
from talentintel.services.queries.params import Page

TABLE = SiteDiscovery.__table__  # type: ignore[attr-defined]
COLUMNS = tuple(TABLE.c[name] for name in (
    "id", "website", "company", "status", "reason", "careers_url", "boards", "other_ats", "attempts", "tried_at",
))  # fmt: skip
SORT = keyset.SortKey(TABLE.c.id, TABLE.c.id, True, int)


def list_discoveries(session: Session, *, limit: int = 50, cursor_token: str | None = None) -> Page:
    stmt = keyset.apply(
        select(*COLUMNS, SORT.key.label("sort_key")), SORT, cursor.decode(cursor_token, "discoveries", ""), limit
    )
    rows, next_cursor = keyset.page(
        list(session.connection().execute(stmt)), limit, "discoveries", "", lambda r: (r[-1], r[0])
    )
    return Page([{c.name: r[i] for i, c in enumerate(COLUMNS)} for r in rows], next_cursor)
