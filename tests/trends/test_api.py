"""/v1/trends/*: auth, JSON bodies matching the core answers, charts in both formats, problem+json on bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.services import apikeys
from tests.trends.history import funding_round, investor, january
from tests.trends.test_charts import assert_png, assert_svg

PATHS = ("/v1/trends/jobs", "/v1/trends/funding", "/v1/trends/company-pivots", "/v1/trends/investor-focus")


@pytest.fixture
def auth(engine: Engine) -> dict[str, str]:
    with Session(engine) as s:
        january(s)
        fund = investor(s, "paradigm")
        funding_round(s, "r1", "ai", date(2026, 1, 14), 25e6, investors=[fund], regions=["us"])
        _, key = apikeys.create(s, scope="read", name="trends test")
        s.commit()
    return {"Authorization": f"Bearer {key}"}


def test_need_a_key(client: TestClient) -> None:
    for path in PATHS:
        response = client.get(path)
        assert response.status_code == 401 and response.headers["content-type"] == "application/problem+json"


def test_jobs_json(client: TestClient, auth: dict[str, str]) -> None:
    params = {"start": "2026-01-05", "end": "2026-01-21", "source": "live", "sector_class": ["ai", "crypto"]}
    response = client.get("/v1/trends/jobs", params=params, headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["window"] == {"granularity": "week", "start": "2026-01-05", "end": "2026-01-26"}
    got = {(r["period"], r["sector_class"]): r["open"] for r in body["series"] if r["region"] == "all"}
    assert got == {  # counted by hand in tests/trends/test_job_trends.py
        ("2026-01-05", "ai"): 3, ("2026-01-05", "crypto"): 1, ("2026-01-12", "ai"): 1, ("2026-01-12", "crypto"): 1,
        ("2026-01-19", "ai"): 1, ("2026-01-19", "crypto"): 2,
    }  # fmt: skip
    again = client.get("/v1/trends/jobs", params=params, headers={**auth, "If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


def test_other_endpoints_json(client: TestClient, auth: dict[str, str]) -> None:
    window = {"start": "2026-01-01", "end": "2026-01-31"}
    funding = client.get("/v1/trends/funding", params={**window, "by": "investor"}, headers=auth).json()
    assert funding["series"] == [
        {"period": "2026-01-01", "label": "2026-01", "key": "paradigm", "rounds": 1, "usd": 25e6, "rounds_share": 1.0,
         "usd_share": 1.0, "rounds_change": None, "usd_change": None},
    ]  # fmt: skip
    focus = client.get("/v1/trends/investor-focus", params=window, headers=auth).json()
    assert focus["investors"][0]["investor"] == "paradigm" and focus["investors"][0]["ai_share_last"] == 1.0
    pivots = client.get("/v1/trends/company-pivots", params={"start": "2025-12-01", "end": "2026-01-31"}, headers=auth)
    assert pivots.status_code == 200 and pivots.json()["items"] == []  # acme posts crypto throughout


@pytest.mark.parametrize("path", PATHS)
def test_charts(client: TestClient, auth: dict[str, str], path: str) -> None:
    svg = client.get(path, params={"format": "svg", "start": "2025-12-01", "end": "2026-01-21"}, headers=auth)
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert_svg(svg.content)
    png = client.get(path, params={"format": "png", "start": "2025-12-01", "end": "2026-01-21"}, headers=auth)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert_png(png.content)


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/v1/trends/jobs", {"company": "nobody"}, "company"),
        ("/v1/trends/jobs", {"country": "USA"}, "country"),
        ("/v1/trends/jobs", {"start": "2026-02-01", "end": "2026-01-01"}, "start"),
        ("/v1/trends/jobs", {"end": "9999-12-31"}, "end"),
        ("/v1/trends/jobs", {"source": "snapshots", "company": "acme"}, "source"),
        ("/v1/trends/jobs", {"granularity": "day"}, "granularity"),
        ("/v1/trends/funding", {"investor": "nobody"}, "investor"),
        ("/v1/trends/company-pivots", {"min_shift": "0"}, "min_shift"),
        ("/v1/trends/investor-focus", {"format": "gif"}, "format"),
    ],
)
def test_bad_input_is_a_problem(
    client: TestClient, auth: dict[str, str], path: str, params: dict[str, str], name: str
) -> None:
    response = client.get(path, params=params, headers=auth)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalid_params"][0]["name"] == name


def test_default_window_ends_today(client: TestClient, auth: dict[str, str]) -> None:
    body = client.get("/v1/trends/jobs", headers=auth).json()
    today = datetime.now(UTC).date()
    assert len(body["periods"]) == 12 and date.fromisoformat(body["window"]["end"]) > today
