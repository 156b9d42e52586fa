"""Saved searches and digest subscriptions: created from the current job search, edited, previewed, paused.

A read key sees and changes only what it created; an admin key sees everything (as on the API)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from sqlmodel import Session
from starlette.datastructures import FormData, QueryParams
from starlette.responses import Response

from api.deps import db_session
from api.web import filters
from api.web.render import page, redirect
from api.web.session import Visitor, checked_form, member
from talentintel.digest import service as digest
from talentintel.errors import UserError
from talentintel.services import saved_searches, subscriptions

router = APIRouter()


def _id() -> Any:
    # A fresh Path() per parameter: FastAPI binds a shared FieldInfo to the first parameter name it meets.
    return Path(ge=1, le=2**31 - 1)


CADENCES = (("daily", "Daily"), ("weekly", "Weekly (Mondays)"))


def _owner(v: Visitor) -> int | None:
    return None if v.admin else v.key_id


def field_error(exc: UserError) -> tuple[str, str]:
    """A service's 'field: reason' error as (field, reason); 'form' when it names no field."""
    name, reason = getattr(exc, "name", None), getattr(exc, "reason", None)
    if isinstance(name, str) and isinstance(reason, str):
        return name, reason
    head, sep, tail = str(exc).partition(": ")
    return (head, tail) if sep and " " not in head else ("form", str(exc))


def _search_of_form(form: FormData) -> filters.Search:
    """The job filters a form carries: its filter fields, or the hidden `query` of the search it was made from."""
    if "query" in form:
        return filters.job_search(QueryParams(str(form.get("query") or "")))
    return filters.job_search(QueryParams([(k, str(v)) for k, v in form.multi_items() if isinstance(v, str)]))


@router.get("/saved-searches", summary="Saved searches")
def list_searches(request: Request, v: Visitor = Depends(member), session: Session = Depends(db_session)) -> Response:
    rows = saved_searches.list_searches(session, owner=_owner(v), limit=500)
    return page(request, v, "saved_searches.html", rows=rows)


@router.post("/saved-searches", summary="Save the current search")
async def create_search(request: Request, v: Visitor = Depends(member),
                        session: Session = Depends(db_session)) -> Response:  # fmt: skip
    form = await checked_form(request, v)
    search = _search_of_form(form)
    name = str(form.get("name") or "").strip() or "Job search"
    if not search.ok:
        return page(request, v, "jobs.html", status=400, search=search, found=None)
    saved_searches.create(session, name=name, kind="jobs", filters=search.raw(), sort=search.sort or None,
                          api_key_id=v.key_id)  # fmt: skip
    return redirect(request, v, "/app/saved-searches")


@router.get("/saved-searches/{search_id}/edit", summary="Edit a saved search")
def edit_search(request: Request, search_id: int = _id(), v: Visitor = Depends(member),
                session: Session = Depends(db_session)) -> Response:  # fmt: skip
    row = saved_searches.get(session, search_id, owner=_owner(v))
    search = filters.job_search_of(row.filters, sort=row.sort)
    return page(request, v, "saved_search_edit.html", row=row, search=search, name=row.name)


@router.post("/saved-searches/{search_id}", summary="Change a saved search")
async def update_search(request: Request, search_id: int = _id(), v: Visitor = Depends(member),
                        session: Session = Depends(db_session)) -> Response:  # fmt: skip
    form = await checked_form(request, v)
    row = saved_searches.get(session, search_id, owner=_owner(v))
    search, name = _search_of_form(form), str(form.get("name") or "")
    error = None
    if search.ok:
        try:
            saved_searches.update(session, search_id, name=name, filters=search.raw(), sort=search.sort,
                                  owner=_owner(v))  # fmt: skip
            return redirect(request, v, "/app/saved-searches")
        except UserError as exc:
            session.rollback()
            error = field_error(exc)
    return page(request, v, "saved_search_edit.html", status=400, row=row, search=search, name=name, error=error)


@router.post("/saved-searches/{search_id}/delete", summary="Delete a saved search")
async def delete_search(request: Request, search_id: int = _id(), v: Visitor = Depends(member),
                        session: Session = Depends(db_session)) -> Response:  # fmt: skip
    await checked_form(request, v)
    saved_searches.delete(session, search_id, owner=_owner(v))
    return redirect(request, v, "/app/saved-searches")


@router.get("/subscriptions", summary="Subscriptions")
def list_subscriptions(request: Request, v: Visitor = Depends(member),
                       session: Session = Depends(db_session)) -> Response:  # fmt: skip
    rows = subscriptions.list_subscriptions(session, owner=_owner(v), limit=500)
    return page(request, v, "subscriptions.html", rows=rows)


def _sub_form(request: Request, v: Visitor, status: int = 200, **context: Any) -> Response:
    return page(request, v, "subscription_form.html", status=status, cadences=CADENCES, **context)


@router.get("/subscriptions/new", summary="Subscribe to the current search")
def new_subscription(request: Request, v: Visitor = Depends(member)) -> Response:
    search = filters.job_search(request.query_params)
    return _sub_form(request, v, status=200 if search.ok else 400, search=search, sub=None,
                     values={"cadence": "daily", "send_hour": "8", "timezone": "UTC", "sort": search.sort})  # fmt: skip


def _settings(form: FormData) -> tuple[dict[str, Any], dict[str, str]]:
    values = {k: str(form.get(k) or "").strip() for k in ("email", "cadence", "send_hour", "timezone", "sort")}
    changes: dict[str, Any] = {k: values[k] for k in ("email", "cadence", "timezone", "sort")}  # sort "": default
    if not values["send_hour"].isdigit():
        return changes, {"send_hour": "must be a whole hour, 0 to 23"}
    changes["send_hour"] = int(values["send_hour"])
    return changes, {}


@router.post("/subscriptions", summary="Create a subscription")
async def create_subscription(request: Request, v: Visitor = Depends(member),
                              session: Session = Depends(db_session)) -> Response:  # fmt: skip
    form = await checked_form(request, v)
    search = _search_of_form(form)
    changes, errors = _settings(form)
    if search.ok and not errors:
        try:
            subscriptions.create(session, filters=search.raw(), api_key_id=v.key_id, **changes)
            return redirect(request, v, "/app/subscriptions")
        except UserError as exc:
            session.rollback()
            errors = dict([field_error(exc)])
    return _sub_form(request, v, status=400, search=search, sub=None, values=dict(form), errors=errors)


@router.get("/subscriptions/{sub_id}/edit", summary="Edit a subscription")
def edit_subscription(request: Request, sub_id: int = _id(), v: Visitor = Depends(member),
                      session: Session = Depends(db_session)) -> Response:  # fmt: skip
    sub = subscriptions.get(session, sub_id, owner=_owner(v))
    values = {"email": sub.email, "cadence": sub.cadence, "send_hour": str(sub.send_hour), "timezone": sub.timezone,
              "sort": sub.sort or ""}  # fmt: skip
    return _sub_form(request, v, search=filters.job_search_of(sub.filters), sub=sub, values=values)


@router.post("/subscriptions/{sub_id}", summary="Change a subscription")
async def update_subscription(request: Request, sub_id: int = _id(), v: Visitor = Depends(member),
                              session: Session = Depends(db_session)) -> Response:  # fmt: skip
    form = await checked_form(request, v)
    sub = subscriptions.get(session, sub_id, owner=_owner(v))
    search = _search_of_form(form)
    changes, errors = _settings(form)
    if search.ok and not errors:
        try:
            subscriptions.update(session, sub_id, owner=_owner(v), filters=search.raw(), **changes)
            return redirect(request, v, "/app/subscriptions")
        except UserError as exc:
            session.rollback()
            errors = dict([field_error(exc)])
    return _sub_form(request, v, status=400, search=search, sub=sub, values=dict(form), errors=errors)


@router.get("/subscriptions/{sub_id}/preview", summary="Preview the next digest")
def preview_subscription(request: Request, sub_id: int = _id(), v: Visitor = Depends(member),
                         session: Session = Depends(db_session)) -> Response:  # fmt: skip
    sub = subscriptions.get(session, sub_id, owner=_owner(v))
    return page(request, v, "subscription_preview.html", sub=sub, preview=digest.preview(session, sub))


@router.post("/subscriptions/{sub_id}/{action}", summary="Pause, resume or delete a subscription")
async def subscription_action(request: Request, action: str, sub_id: int = _id(), v: Visitor = Depends(member),
                              session: Session = Depends(db_session)) -> Response:  # fmt: skip
    await checked_form(request, v)
    if action == "delete":
        subscriptions.delete(session, sub_id, owner=_owner(v))
    elif action in ("unsubscribe", "resume"):
        subscriptions.update(session, sub_id, owner=_owner(v), active=action == "resume")
    else:
        subscriptions.get(session, sub_id, owner=_owner(v))
        return page(request, v, "error.html", status=404, message=f"No such action: {action}.")
    return redirect(request, v, "/app/subscriptions")
