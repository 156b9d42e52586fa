"""Routers of the API. Every router v1_routers() returns is mounted under /v1 (so a router declares "/jobs", not
"/v1/jobs"); PUBLIC_ROUTERS are mounted at the root without auth. To add an area: write api/routes/<area>.py with a
`router = APIRouter(tags=[...])` and append it to the list in v1_routers() here."""

from __future__ import annotations

from fastapi import APIRouter

from api.routes import (
    companies,
    discovery,
    filters,
    funding,
    funds,
    health,
    jobs,
    saved_searches,
    sources,
    subscriptions,
    trends,
    webhooks,
)


def v1_routers() -> list[APIRouter]:
    return [
        jobs.router, companies.router, funding.router, sources.router, trends.router, saved_searches.router,
        subscriptions.router, discovery.router, funds.router, webhooks.router, filters.router,
    ]  # fmt: skip


PUBLIC_ROUTERS: list[APIRouter] = [health.router, subscriptions.unsubscribe_router]
