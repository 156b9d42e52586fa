"""The OpenAPI document a client generator reads: readable unique operationIds and unique schema names."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, FastAPI

from api.app import create_app
from api.docs import operation_id


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for path in schema["paths"].values() for op in path.values()]


def test_operation_ids_are_camel_case_and_unique() -> None:
    ids = [op["operationId"] for op in _operations(create_app().openapi())]
    assert len(ids) == len(set(ids)), sorted(ids)
    assert all(re.fullmatch(r"[a-z][a-zA-Z0-9]*", i) for i in ids), ids
    assert {"listJobs", "getJob", "listInvestors", "getInvestorFocus", "listFundingRounds"} <= set(ids)


def test_routes_added_later_get_readable_ids_too() -> None:
    app = FastAPI(generate_unique_id_function=operation_id)
    router = APIRouter()

    @router.get("/funds/{fund_id}")
    def get_fund_detail(fund_id: int) -> dict[str, int]:
        return {"id": fund_id}

    app.include_router(router, prefix="/v1")
    assert app.openapi()["paths"]["/v1/funds/{fund_id}"]["get"]["operationId"] == "getFundDetail"


def test_schema_names_are_unique() -> None:
    # FastAPI names a model by its module path (api__routes__trends__InvestorSummary) when two share a name;
    # generated clients then drop one of the endpoints.
    names = create_app().openapi()["components"]["schemas"]
    assert not [n for n in names if "__" in n], sorted(names)
    assert {"InvestorSummary", "InvestorFocusSummary"} <= set(names)
