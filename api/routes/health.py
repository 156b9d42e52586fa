"""Public operational endpoints: liveness, readiness, Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from api.errors import problem_response
from api.schemas import Problem
from talentintel import health, metrics

router = APIRouter(tags=["operations"])


@router.get(
    "/healthz",
    summary="Liveness: the process answers",
    responses={200: {"content": {"application/json": {"example": {"status": "ok"}}}}},
)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Readiness: the database and the broker are reachable",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"status": "ready", "checks": {"database": "ok", "broker": "ok"}}}
            }
        },
        503: {
            "model": Problem,
            "content": {"application/problem+json": {}},
            "description": "Not ready; `checks` says why.",
        },
    },
)
async def readyz(request: Request) -> Response:
    checks = await run_in_threadpool(health.check_ready)
    if health.is_ready(checks):
        return JSONResponse({"status": "ready", "checks": checks})
    failing = ", ".join(f"{k}: {v}" for k, v in checks.items() if v != "ok")
    return problem_response(request, 503, f"not ready ({failing})", extra={"checks": checks})


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {"example": "talentintel_http_requests_total{...} 42.0"}}}},
)
async def prometheus_metrics() -> Response:
    body = await run_in_threadpool(metrics.render)
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")
