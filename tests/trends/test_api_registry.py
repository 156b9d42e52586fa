"""/v1/trends/* on the filter registries (issue 19): the jobs trends take the job list's filters, the funding trends
the round list's; every parameter name is checked (400 problem naming it) and the OpenAPI document lists the
registry's parameters. Synthetic data: tests/trends/history.py."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.app import create_app
from talentintel.services import apikeys
from talentintel.trends.filters import JOB_TREND_FILTERS, ROUND_TREND_FILTERS
from tests.trends.history import W1, W2, W3, funding_round, investor, january

PATHS = ("/v1/trends/jobs", "/v1/trends/funding", "/v1/trends/company-pivots", "/v1/trends/investor-focus")
JOBS_WINDOW = {"start": "2026-01-05", "end": "2026-01-21", "sector_class": ["crypto"]}
FUNDING_WINDOW = {"start": "2026-01-01", "end": "2026-01-31"}


@pytest.fixture
def auth(engine: Engine) -> dict[str, str]:
    with Session(engine) as s:
        january(s)
        fund = investor(s, "paradigm")
        funding_round(s, "r1", "ai", date(2026, 1, 14), 25e6, investors=[fund], regions=["us"])
        funding_round(s, "r2", "crypto", date(2026, 1, 20), 5e6, round_type="series_a", regions=["europe"])
        _, key = apikeys.create(s, scope="read", name="trends registry test")
        s.commit()
    return {"Authorization": f"Bearer {key}"}


def _get(client: TestClient, auth: dict[str, str], path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def _crypto_open(body: dict[str, Any]) -> list[int]:
    cells = {r["period"]: r["open"] for r in body["series"] if r["region"] == "all"}
    return [cells[p] for p in (W1, W2, W3)]


def test_a_job_list_filter_now_filters_job_trends(client: TestClient, auth: dict[str, str]) -> None:
    everyone = _get(client, auth, "/v1/trends/jobs", **JOBS_WINDOW)
    assert _crypto_open(everyone) == [1, 1, 2]  # A all along, G from week 3 (both acme's)
    without_acme = _get(client, auth, "/v1/trends/jobs", **JOBS_WINDOW, exclude_company="acme")
    assert _crypto_open(without_acme) == [0, 0, 0]
    assert without_acme["filters"]["exclude_company"] == ["acme"]
    # source=auto counts live when a filter is one the snapshots do not keep
    assert {p["source"] for p in without_acme["periods"]} == {"live"}


@pytest.mark.parametrize(
    "params",
    [
        {"skill": ["rust", "solidity"], "skill_match": "all"},
        {"q": "solidity"},
        {"seniority": "senior"},
        {"salary_usd_min": "100000"},
        {"visa_sponsorship": "true"},
        {"remote": "true"},
        {"employment_type": "full_time"},
    ],
)
def test_every_kind_of_job_filter_composes_with_the_counts(
    client: TestClient, auth: dict[str, str], params: dict[str, Any]
) -> None:
    # The synthetic jobs carry no skills, level, pay, visa, remote flag or type: each filter leaves none of them.
    body = _get(client, auth, "/v1/trends/jobs", **JOBS_WINDOW, **params)
    assert _crypto_open(body) == [0, 0, 0]
    assert set(params) <= set(body["filters"])  # the response says which filters it applied


def test_the_registry_sector_filter_and_sector_class_split(client: TestClient, auth: dict[str, str]) -> None:
    # sector=crypto selects crypto and crypto-AI jobs as on /v1/jobs; sector_class still picks the series
    body = _get(client, auth, "/v1/trends/jobs", start="2026-01-05", end="2026-01-21", sector="crypto")
    open_w2 = {r["sector_class"]: r["open"] for r in body["series"] if r["region"] == "all" and r["period"] == W2}
    assert open_w2 == {"crypto": 1, "ai": 0, "both": 1, "none": 0}  # A and D; B is ai only


def test_round_filters_on_funding_trends(client: TestClient, auth: dict[str, str]) -> None:
    def rounds(**params: Any) -> int:
        body = _get(client, auth, "/v1/trends/funding", **FUNDING_WINDOW, **params)
        return sum(r["rounds"] for r in body["series"])

    assert rounds() == 2
    assert rounds(round="series_a") == 1
    assert rounds(amount_min="10000000") == 1
    assert rounds(round="seed", region="europe") == 0


@pytest.mark.parametrize("path", PATHS)
def test_an_unknown_parameter_is_a_400_naming_it(client: TestClient, auth: dict[str, str], path: str) -> None:
    response = client.get(path, params={"foo": "bar"}, headers=auth)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalid_params"][0]["name"] == "foo"


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/v1/trends/jobs", {"seniority": "wizard"}, "seniority"),
        ("/v1/trends/jobs", {"skill": "no-such-skill"}, "skill"),
        ("/v1/trends/jobs", {"remote": ["true", "false"]}, "remote"),  # single filter given twice
        ("/v1/trends/jobs", {"granularity": ["week", "month"]}, "granularity"),  # single own parameter twice
        ("/v1/trends/jobs", {"status": "closed"}, "status"),  # the counts are open/new/closed by construction
        ("/v1/trends/jobs", {"posted_after": "2026-01-01"}, "posted_after"),  # the window replaces it
        ("/v1/trends/jobs", {"source": "snapshots", "remote": "true"}, "source"),
        ("/v1/trends/jobs", {"regions": "asia"}, "regions"),
        ("/v1/trends/funding", {"round": "series_z"}, "round"),
        ("/v1/trends/funding", {"amount_min": "2", "amount_max": "1"}, "amount_max"),
        ("/v1/trends/funding", {"focus": "ai"}, "focus"),  # a fund filter, measure=rounds
        ("/v1/trends/funding", {"measure": "fund_capital", "round": "seed"}, "round"),
        ("/v1/trends/company-pivots", {"sector": "ai"}, "sector"),
    ],
)
def test_bad_filters_are_a_400_naming_them(
    client: TestClient, auth: dict[str, str], path: str, params: dict[str, Any], name: str
) -> None:
    response = client.get(path, params=params, headers=auth)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalid_params"][0]["name"] == name


def _parameters(path: str) -> dict[str, dict[str, Any]]:
    operation = create_app().openapi()["paths"][path]["get"]
    return {p["name"]: p for p in operation["parameters"]}


def test_openapi_lists_the_registry_parameters() -> None:
    jobs = _parameters("/v1/trends/jobs")
    assert set(JOB_TREND_FILTERS.names()) <= set(jobs)
    assert {"skill", "seniority", "exclude_company", "q", "salary_usd_min", "visa_sponsorship"} <= set(jobs)
    assert {"granularity", "start", "end", "sector_class", "by_region", "source", "metric", "format"} <= set(jobs)
    assert "status" not in jobs and "posted_after" not in jobs
    assert jobs["seniority"]["schema"]["items"]["enum"][0] == "intern"
    funding = _parameters("/v1/trends/funding")
    assert set(ROUND_TREND_FILTERS.names()) | {"focus", "measure", "by", "top", "round_type"} <= set(funding)
    assert "announced_after" not in funding
