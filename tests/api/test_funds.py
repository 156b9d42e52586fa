"""/v1/funds and the funds of /v1/investors/{slug} (SQLite and PostgreSQL): filters, keyset pages, exports and
problem+json for bad input. Rows are stored through the ingest service from facts of real, cited fund reports
(tests/fixtures/funding/fund_reports.json)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlmodel import Session

from scrapers.base import Page
from talentintel.services import funding
from tests.funding.fund_reports import REPORTS, items
from tests.fuzzing import CHECKS, schema_for


@pytest.fixture
def stored_funds(session: Session) -> dict[str, Any]:
    """10 fund rows (CoinFund, Polychain, two Blockchain Capital funds, Moonfire, Radical, Paradigm One, Galaxy,
    Sequoia India, Inventus) from 13 reports; echoes merged."""
    page = Page()
    for report_id in REPORTS:
        for item in items(report_id):
            page.add(item)
    counts = funding.ingest(session, source="fund-news", funds=page.funds, others=page.others)
    session.commit()
    assert counts.funds_new == 10 and counts.failed == 0
    return {"count": counts.funds_new}


def _get(client: TestClient, auth: dict[str, str], query: str = "") -> Any:
    response = client.get(f"/v1/funds{query}", headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


def _managers(body: Any) -> list[str]:
    return [f["investor"]["slug"] for f in body["items"]]


def test_list_newest_first_with_undated_last(client: TestClient, auth: dict[str, str], stored_funds: Any) -> None:
    body = _get(client, auth)
    assert len(body["items"]) == stored_funds["count"] and body["next_cursor"] is None
    dates = [f["announced_on"] for f in body["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[-1] is None  # Radical's undated close last
    first = body["items"][0]
    assert first["investor"]["name"].startswith("Galaxy") and first["amount_usd"] == 113_000_000
    assert first["url"].startswith("https://") and first["sources"] == ["fund-news"]


def test_filters(client: TestClient, auth: dict[str, str], stored_funds: Any) -> None:
    ai = _get(client, auth, "?focus=ai")  # AI-only and crypto-and-AI funds
    assert sorted(f["focus_class"] for f in ai["items"]) == ["ai", "ai", "both"]
    both = _get(client, auth, "?focus=intersection")
    assert [f["fund_name"] for f in both["items"]] == ["Seed IV"]
    assert len(_get(client, auth, "?focus=none")["items"]) == 2  # Sequoia India, Inventus: generalists
    assert _managers(_get(client, auth, "?region=europe")) == ["moonfire-ventures"]
    window = _get(client, auth, "?announced_after=2023-07-01&announced_before=2023-10-01")
    assert sorted(f["announced_on"] for f in window["items"]) == ["2023-07-18", "2023-07-18", "2023-09-19",
                                                                   "2023-09-19"]  # fmt: skip
    big = _get(client, auth, "?amount_min=500000000&sort=-amount")
    assert [f["amount_usd"] for f in big["items"]] == [2_500_000_000, 800_000_000, 695_000_000]
    slug = _get(client, auth, "?focus=crypto&sort=-amount")["items"][0]["investor"]["slug"]
    by_slug = _get(client, auth, f"?investor={slug}")
    by_id = _get(client, auth, f"?investor={by_slug['items'][0]['investor']['id']}")
    assert by_slug == by_id and len(by_slug["items"]) == 1
    assert len(_get(client, auth, "?investor=blockchain-capital")["items"]) == 2


@pytest.mark.parametrize("sort", ["-announced_on", "announced_on", "-amount"])
def test_keyset_pages_walk_every_fund_once(
    client: TestClient, auth: dict[str, str], stored_funds: Any, sort: str
) -> None:
    whole = [f["id"] for f in _get(client, auth, f"?sort={sort}&limit=200")["items"]]
    seen: list[int] = []
    query = f"?sort={sort}&limit=3"
    while True:
        body = _get(client, auth, query)
        seen += [f["id"] for f in body["items"]]
        if not body["next_cursor"]:
            break
        query = f"?sort={sort}&limit=3&cursor={body['next_cursor']}"
    assert seen == whole and len(seen) == stored_funds["count"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("?focus=defi", "focus"),
        ("?region=mars", "region"),
        ("?announced_after=yesterday", "announced_after"),
        ("?announced_after=2024-01-01&announced_before=2023-01-01", "announced_before"),
        ("?amount_min=10&amount_max=5", "amount_max"),
        ("?amount_min=-1", "amount_min"),
        ("?sort=name", "sort"),
        ("?limit=0", "limit"),
        ("?cursor=not-a-cursor", "cursor"),
        ("?format=xml", "format"),
    ],
)
def test_bad_input_is_a_problem_naming_the_parameter(
    client: TestClient, auth: dict[str, str], query: str, name: str
) -> None:
    response = client.get(f"/v1/funds{query}", headers=auth)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    assert name in [p["name"] for p in response.json()["invalid_params"]]


def test_cursor_of_another_list_is_refused(client: TestClient, auth: dict[str, str], catalog: Any) -> None:
    rounds = client.get("/v1/funding-rounds?limit=1", headers=auth).json()
    response = client.get(f"/v1/funds?cursor={rounds['next_cursor']}", headers=auth)
    assert response.status_code == 400 and response.json()["invalid_params"][0]["name"] == "cursor"


def test_csv_and_ndjson_exports(client: TestClient, auth: dict[str, str], stored_funds: Any) -> None:
    response = client.get("/v1/funds?format=csv&focus=crypto", headers=auth)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 6 and {r["focus_class"] for r in rows} == {"crypto", "both"}
    assert rows[0]["investor_name"].startswith("Galaxy") and rows[0]["regions"] == ""
    seed = next(r for r in rows if r["fund_name"] == "Seed IV")
    assert seed["focus"] == "ai; crypto" and float(seed["amount_usd"]) == 158_000_000
    nd = client.get("/v1/funds", headers={**auth, "Accept": "application/x-ndjson"})
    lines = [json.loads(line) for line in nd.text.splitlines()]
    assert [x["id"] for x in lines] == [f["id"] for f in _get(client, auth, "?limit=200")["items"]]


def test_investor_page_lists_its_funds(client: TestClient, auth: dict[str, str], stored_funds: Any) -> None:
    body = client.get("/v1/investors/blockchain-capital", headers=auth).json()
    assert sorted(f["fund_name"] for f in body["funds"]) == ["first opportunity fund", "sixth early-stage fund"]
    assert body["funding_rounds"] == [] and body["portfolio"] == []


def test_funds_need_a_key(client: TestClient) -> None:
    assert client.get("/v1/funds").status_code == 401


schema = schema_for("^/v1/(funds|investors/)")


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_fund_endpoints_conform_to_their_schema(case: schemathesis.Case, stored_funds: Any, read_key: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {read_key}"}, checks=CHECKS)
