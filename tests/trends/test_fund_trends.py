"""Fund capital over time: /v1/trends/funding?measure=fund_capital (SQLite and PostgreSQL). Funds are stored through
the ingest service from facts of real, cited fund reports (tests/fixtures/funding/fund_reports.json); the expected
figures are summed by hand from that file."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scrapers.base import Page
from talentintel.services import apikeys, funding
from tests.funding.fund_reports import REPORTS, items
from tests.trends.test_charts import assert_svg

WINDOW = {"measure": "fund_capital", "granularity": "month", "start": "2023-05-01", "end": "2023-09-30"}


@pytest.fixture
def auth(engine: Engine) -> dict[str, str]:
    with Session(engine) as s:
        page = Page()
        for report_id in REPORTS:
            for item in items(report_id):
                page.add(item)
        funding.ingest(s, source="fund-news", funds=page.funds, others=page.others)
        _, key = apikeys.create(s, scope="read", name="fund trends test")
        s.commit()
    return {"Authorization": f"Bearer {key}"}


def _series(client: TestClient, auth: dict[str, str], **params: Any) -> dict[str, Any]:
    response = client.get("/v1/trends/funding", params={**WINDOW, **params}, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_fund_capital_by_focus_sector(client: TestClient, auth: dict[str, str]) -> None:
    body = _series(client, auth)
    assert body["measure"] == "fund_capital" and body["by"] == "sector_class"
    cells = {(r["period"], r["key"]): (r["funds"], r["usd"]) for r in body["series"] if r["funds"]}
    assert cells == {
        ("2023-05-01", "ai"): (1, 115e6),  # Moonfire (two reports, one close)
        ("2023-07-01", "both"): (1, 158e6),  # CoinFund Seed IV: crypto and AI
        ("2023-07-01", "crypto"): (1, 200e6),  # Polychain's fourth fund, first close
        ("2023-09-01", "crypto"): (2, 0.0),  # Blockchain Capital's two funds: sizes not given one by one
    }
    july = {r["key"]: r for r in body["series"] if r["period"] == "2023-07-01"}
    assert july["crypto"]["usd_share"] == round(200 / 358, 4) and july["both"]["funds_share"] == 0.5
    assert "rounds" not in july["crypto"]


def test_fund_capital_by_region_and_manager(client: TestClient, auth: dict[str, str]) -> None:
    by_region = _series(client, auth, by="region")
    totals: dict[str, float] = {}
    for row in by_region["series"]:
        totals[row["key"]] = totals.get(row["key"], 0) + row["usd"]
    assert totals == {"europe": 115e6, "us": 158e6, "unknown": 200e6}
    top = _series(client, auth, by="investor", top=2)
    assert [k for k in dict.fromkeys(r["key"] for r in top["series"])] == ["polychain-capital", "coinfund"]
    only_ai = _series(client, auth, sector_class=["ai"], start="2014-01-01", end="2024-12-31")
    assert sum(r["usd"] for r in only_ai["series"]) == 115e6  # Radical has no date: in no period


def test_fund_filters_from_the_registry(client: TestClient, auth: dict[str, str]) -> None:
    """measure=fund_capital reads the /v1/funds vocabulary (focus, amount bounds) through its registry."""
    big = _series(client, auth, amount_min="150000000")
    assert (
        sum(r["usd"] for r in big["series"]) == 358e6 and big["filters"]["amount_min"] == 150e6
    )  # CoinFund, Polychain
    ai_focus = _series(client, auth, focus="ai")  # ai includes the crypto-AI fund, as on /v1/funds
    assert sum(r["usd"] for r in ai_focus["series"]) == 115e6 + 158e6


def test_rounds_stay_the_default(client: TestClient, auth: dict[str, str]) -> None:
    response = client.get("/v1/trends/funding", params={"start": "2023-05-01", "end": "2023-09-30"}, headers=auth)
    assert response.status_code == 200
    assert all(r["rounds"] == 0 for r in response.json()["series"])  # funds are no rounds


@pytest.mark.parametrize(
    ("params", "name"),
    [({"by": "round_type"}, "by"), ({"round_type": ["seed"]}, "round_type"), ({"measure": "jobs"}, "measure"),
     ({"investor": ["no-such-fund"]}, "investor")],
)  # fmt: skip
def test_bad_input(client: TestClient, auth: dict[str, str], params: dict[str, Any], name: str) -> None:
    response = client.get("/v1/trends/funding", params={**WINDOW, **params}, headers=auth)
    assert response.status_code == 400 and response.headers["content-type"] == "application/problem+json"
    assert name in response.text


def test_chart(client: TestClient, auth: dict[str, str]) -> None:
    response = client.get("/v1/trends/funding", params={**WINDOW, "format": "svg"}, headers=auth)
    assert response.status_code == 200
    assert_svg(response.content)
    assert b"Fund capital" in response.content
