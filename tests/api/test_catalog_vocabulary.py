"""Issue 19 on the funding rounds, funds and companies lists: their filters are filter-registry entries as the job
filters are, so every parameter name is checked (400 problem naming it), the OpenAPI document and GET /v1/filters
list them, and the web app's forms are built from them: a new entry is one line, and shows up everywhere.

Rows are the synthetic catalog of conftest.py."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import ColumnElement

from api.app import create_app
from api.web import filters as web_filters
from talentintel.services.queries import params
from talentintel.services.queries.company_filters import COMPANY_FILTERS
from talentintel.services.queries.filter_registry import Ctx, Filter
from talentintel.services.queries.fund_filters import FUND_FILTERS
from talentintel.services.queries.round_filters import ROUND_FILTERS
from talentintel.services.queries.tables import ROUNDS

PAGE = {"/v1/funding-rounds": ["sort", "limit", "cursor"], "/v1/funds": ["sort", "limit", "cursor", "format"],
        "/v1/companies": ["sort", "limit", "cursor"]}  # fmt: skip
REGISTRIES = {"/v1/funding-rounds": ROUND_FILTERS, "/v1/funds": FUND_FILTERS, "/v1/companies": COMPANY_FILTERS}


@pytest.mark.parametrize(
    ("path", "query", "name"),
    [
        ("/v1/funding-rounds", [("foo", "bar")], "foo"),
        ("/v1/funding-rounds", [("investors", "paradigm")], "investors"),
        ("/v1/funding-rounds", [("amount_min", "1"), ("amount_min", "2")], "amount_min"),
        ("/v1/funding-rounds", [("sort", "-amount"), ("sort", "announced_on")], "sort"),
        ("/v1/funding-rounds", [("round", "serie_a")], "round"),
        ("/v1/funding-rounds", [("country", "XX")], "country"),
        ("/v1/funding-rounds", [("sector", "crypt")], "sector"),
        ("/v1/funding-rounds", [("announced_after", "yesterday")], "announced_after"),
        (
            "/v1/funding-rounds",
            [("announced_after", "2026-06-01"), ("announced_before", "2026-01-01")],
            "announced_before",
        ),
        ("/v1/funding-rounds", [("company", "x" * 300)], "company"),
        ("/v1/funds", [("foucs", "ai")], "foucs"),
        ("/v1/funds", [("announced_before", "2024-01-01"), ("announced_before", "2025-01-01")], "announced_before"),
        ("/v1/funds", [("format", "csv"), ("format", "ndjson")], "format"),
        ("/v1/companies", [("sectors", "ai")], "sectors"),
        ("/v1/companies", [("q", "labs"), ("q", "works")], "q"),
        ("/v1/companies", [("q", "x" * 201)], "q"),
        ("/v1/companies", [("has_open_jobs", "maybe")], "has_open_jobs"),
        ("/v1/companies", [("region", "mars")], "region"),
    ],
)
def test_bad_parameters_are_400_naming_them(
    client: TestClient, auth: dict[str, str], path: str, query: list[tuple[str, str]], name: str
) -> None:
    response = client.get(path, params=query, headers=auth)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalid_params"][0]["name"] == name


def test_unknown_parameter_suggests_the_right_one(client: TestClient, auth: dict[str, str]) -> None:
    body = client.get("/v1/funding-rounds", params={"investors": "paradigm"}, headers=auth).json()
    assert "did you mean 'investor'" in body["invalid_params"][0]["reason"]


def test_the_same_filters_still_select(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    def titles(**query: Any) -> list[str]:
        response = client.get("/v1/funding-rounds", params=query, headers=auth)
        assert response.status_code == 200, response.text
        return [r["title"] for r in response.json()["items"]]

    assert titles(sector="both") == titles(sector="intersection")  # one sector vocabulary with /v1/jobs
    assert titles(round=["seed", "series_a"], sort="-amount") == ["Neural A", "Acme seed"]
    assert titles(round="SEED") == ["Acme seed"]
    assert titles(investor=["paradigm", "a16z"]) == ["Neural A", "Acme seed", "Fusion B"]
    companies = client.get("/v1/companies", params={"q": "  works ", "has_open_jobs": "true"}, headers=auth).json()
    assert [c["slug"] for c in companies["items"]] == ["neural-works"]


def test_openapi_and_vocabulary_list_every_registry_filter(client: TestClient, auth: dict[str, str]) -> None:
    document = client.get("/openapi.json").json()
    for path, registry in REGISTRIES.items():
        names = [p["name"] for p in document["paths"][path]["get"]["parameters"]]
        assert names == [*registry.names(), *PAGE[path]], path
    vocabulary = client.get("/v1/filters", headers=auth).json()
    assert [f["name"] for f in vocabulary["funding_rounds"]] == list(ROUND_FILTERS.names())
    assert [f["name"] for f in vocabulary["funds"]] == list(FUND_FILTERS.names())
    assert [f["name"] for f in vocabulary["companies"]] == list(COMPANY_FILTERS.names())
    round_param = next(p for p in document["paths"]["/v1/funding-rounds"]["get"]["parameters"] if p["name"] == "round")
    assert "series_a" in round_param["schema"]["items"]["enum"]


def _has_amount(ctx: Ctx) -> ColumnElement[bool] | None:
    if "has_amount" not in ctx.values:
        return None
    return ROUNDS.c.amount_usd.is_not(None) if ctx.values["has_amount"] else ROUNDS.c.amount_usd.is_(None)


# SYNTHETIC: a filter that is not part of the vocabulary, added the way a new one would be (one registry entry).
HAS_AMOUNT = Filter("has_amount", "Amount known", "true: rounds whose amount is known.", "boolean", params.boolean,
                    lambda v: {"has_amount": v}, _has_amount)  # fmt: skip


def test_a_new_registry_entry_reaches_the_api_openapi_and_form(
    client: TestClient, auth: dict[str, str], catalog: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ROUND_FILTERS.filters, "has_amount", HAS_AMOUNT)
    found = client.get("/v1/funding-rounds", params={"has_amount": "true"}, headers=auth)
    assert [r["title"] for r in found.json()["items"]] == ["Neural A", "Acme seed"]
    assert client.get("/v1/funding-rounds", params={"has_amount": "maybe"}, headers=auth).status_code == 400
    parameters = create_app().openapi()["paths"]["/v1/funding-rounds"]["get"]["parameters"]
    assert {"name": "has_amount", "in": "query"}.items() <= next(
        p for p in parameters if p["name"] == "has_amount"
    ).items()
    form = web_filters.round_search({"has_amount": "false"})
    field = next(f for f in form.fields if f.name == "has_amount")
    assert (field.label, field.kind, form.ok, form.query()) == ("Amount known", "select", True, "has_amount=false")


def test_forms_are_the_registries() -> None:
    assert [f.name for f in web_filters.round_search({}).fields] == list(ROUND_FILTERS.names())
    assert [f.name for f in web_filters.fund_search({}).fields] == list(FUND_FILTERS.names())
    rounds = {f.name: f for f in web_filters.round_search({}).fields}
    assert rounds["round"].kind == "checkboxes" and ("series_a", "Series A") in rounds["round"].choices
    assert rounds["announced_after"].kind == "date" and rounds["amount_min"].kind == "number"
    assert set(web_filters.fund_search({"amount_min": "10", "region": "mars"}).errors) == {"region"}
    assert set(web_filters.fund_search({"amount_min": "10", "amount_max": "5"}).errors) == {"amount_max"}
