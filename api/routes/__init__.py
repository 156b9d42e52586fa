"""Routers of the API. Everything in V1_ROUTERS is mounted under /v1 (so a router declares "/jobs", not
"/v1/jobs"); PUBLIC_ROUTERS are mounted at the root without auth. To add an area: write api/routes/<area>.py with a
`router = APIRouter(tags=[...])` and append it to V1_ROUTERS here."""

from __future__ import annotations

from fastapi import APIRouter

from api.routes import health, jobs, trends


def v1_routers() -> list[APIRouter]:
    return [jobs.router, trends.router]


PUBLIC_ROUTERS: list[APIRouter] = [health.router]
