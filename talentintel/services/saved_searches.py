"""Saved searches: a named set of /v1/jobs or /v1/funding-rounds parameters, validated exactly like them."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from talentintel.digest import filters as search_filters
from talentintel.errors import UserError
from talentintel.models import SavedSearch
from talentintel.services.queries.params import NotFound
from talentintel.types import utcnow

KINDS = ("jobs", "funding")
# Ownership: a row created with a read key belongs to that key (owner = its id); owner=None (admin) sees every row.


def _validated(kind: str, filters: dict[str, Any]) -> dict[str, Any]:
    if kind not in KINDS:
        raise UserError(f"kind: must be one of {', '.join(KINDS)} (got {kind!r})")
    return search_filters.validate_jobs(filters) if kind == "jobs" else search_filters.validate_funding(filters)


def _name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200 or not name.isprintable():
        raise UserError("name: must be 1..200 printable characters")
    return name


def create(
    session: Session,
    *,
    name: str,
    filters: dict[str, Any],
    kind: str = "jobs",
    sort: str | None = None,
    api_key_id: int | None = None,
) -> SavedSearch:
    valid = _validated(kind, filters)
    search = SavedSearch(name=_name(name), kind=kind, filters=valid, sort=search_filters.validate_sort(kind, valid, sort),
                         api_key_id=api_key_id)  # fmt: skip
    session.add(search)
    session.flush()
    return search


def get(session: Session, search_id: int, *, owner: int | None = None) -> SavedSearch:
    search = session.get(SavedSearch, search_id)
    if search is None or (owner is not None and search.api_key_id != owner):
        raise NotFound("id", f"no saved search {search_id}")
    return search


def list_searches(
    session: Session, *, owner: int | None = None, after_id: int = 0, limit: int = 50
) -> list[SavedSearch]:
    query = select(SavedSearch).where(col(SavedSearch.id) > after_id)
    if owner is not None:
        query = query.where(col(SavedSearch.api_key_id) == owner)
    return list(session.exec(query.order_by(col(SavedSearch.id)).limit(limit)))


def update(
    session: Session,
    search_id: int,
    *,
    name: str | None = None,
    filters: dict[str, Any] | None = None,
    kind: str | None = None,
    sort: str | None = None,
    owner: int | None = None,
) -> SavedSearch:
    """Apply the given fields (None = leave as is; sort "" = back to the list's default). The sort is checked again
    when the filters or kind change (relevance needs q)."""
    search = get(session, search_id, owner=owner)
    new_kind = kind or search.kind
    if name is not None:
        search.name = _name(name)
    if filters is not None or kind is not None:
        search.filters = _validated(new_kind, search.filters if filters is None else filters)
        search.kind = new_kind
    if sort is not None or filters is not None or kind is not None:
        search.sort = search_filters.validate_sort(new_kind, search.filters, search.sort if sort is None else sort)
    search.updated_at = utcnow()
    session.add(search)
    session.flush()
    return search


def delete(session: Session, search_id: int, *, owner: int | None = None) -> None:
    session.delete(get(session, search_id, owner=owner))
    session.flush()


def existing_ids(session: Session, ids: list[int], *, owner: int | None = None) -> set[int]:
    if not ids:
        return set()
    query = select(SavedSearch.id).where(col(SavedSearch.id).in_(ids))
    if owner is not None:
        query = query.where(col(SavedSearch.api_key_id) == owner)
    return {i for i in session.exec(query) if i is not None}
