"""/v1/companies, /v1/funding-rounds, /v1/investors, /v1/sources."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from talentintel.models import ScrapeRun


def _get(client: TestClient, auth: dict[str, str], path: str, **params: Any) -> Any:
    response = client.get(path, params=params, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


def test_companies(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    body = _get(client, auth, "/v1/companies")
    assert [c["name"] for c in body["items"]] == ["Acme Chain", "Fusion Labs", "Neural Works"]
    assert {c["name"]: c["open_jobs"] for c in body["items"]} == {"Acme Chain": 2, "Fusion Labs": 1, "Neural Works": 2}
    assert [c["slug"] for c in _get(client, auth, "/v1/companies", sector="crypto")["items"]] == [
        "acme-chain",
        "fusion-labs",
    ]
    assert [c["slug"] for c in _get(client, auth, "/v1/companies", region="us")["items"]] == ["neural-works"]
    assert [c["slug"] for c in _get(client, auth, "/v1/companies", investor="paradigm")["items"]] == ["acme-chain"]
    assert [c["slug"] for c in _get(client, auth, "/v1/companies", q="NEURAL")["items"]] == ["neural-works"]
    first = _get(client, auth, "/v1/companies", limit=2)
    second = _get(client, auth, "/v1/companies", limit=2, cursor=first["next_cursor"])
    assert [c["slug"] for c in second["items"]] == ["neural-works"] and second["next_cursor"] is None


def test_company_detail(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    fusion = catalog["companies"][2]
    by_slug = _get(client, auth, "/v1/companies/fusion-labs")
    assert by_slug == _get(client, auth, f"/v1/companies/{fusion.id}")
    assert by_slug["open_jobs"]["count"] == 1
    assert by_slug["sector_mix"] == {"crypto": 0, "ai": 0, "both": 1, "none": 0}
    assert [r["title"] for r in by_slug["funding_rounds"]] == ["Fusion B"]
    assert {i["slug"] for i in by_slug["investors"]} == {"a16z"}
    assert client.get("/v1/companies/nope", headers=auth).status_code == 404


def test_funding_rounds(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    titles = lambda **p: [r["title"] for r in _get(client, auth, "/v1/funding-rounds", **p)["items"]]  # noqa: E731
    assert titles() == ["Neural A", "Acme seed", "Fusion B"]  # undated last
    assert titles(sort="-amount") == ["Neural A", "Acme seed", "Fusion B"]
    assert titles(investor="paradigm") == ["Acme seed", "Fusion B"]
    assert titles(round="seed") == ["Acme seed"]
    assert titles(amount_min=10_000_000) == ["Neural A"]
    assert titles(amount_max=10_000_000) == ["Acme seed"]
    assert titles(sector="ai") == ["Neural A", "Fusion B"]
    assert titles(region="europe") == ["Acme seed"]
    assert titles(country="sg") == ["Fusion B"]
    assert titles(announced_after="2026-05-01") == ["Neural A"]
    assert titles(announced_before="2026-05-01") == ["Acme seed"]
    item = _get(client, auth, "/v1/funding-rounds", company="fusion-labs")["items"][0]
    assert [i["slug"] for i in item["investors"]] == ["a16z", "paradigm"]
    bad = client.get("/v1/funding-rounds", params={"amount_min": 5, "amount_max": 1}, headers=auth)
    assert bad.status_code == 400 and bad.json()["invalid_params"][0]["name"] == "amount_max"


def test_investors(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    body = _get(client, auth, "/v1/investors")
    assert [(i["slug"], i["portfolio_count"]) for i in body["items"]] == [("a16z", 2), ("paradigm", 1)]
    detail = _get(client, auth, "/v1/investors/a16z")
    assert [c["slug"] for c in detail["portfolio"]] == ["fusion-labs", "neural-works"]
    assert {c["slug"]: c["open_jobs"] for c in detail["portfolio"]} == {"fusion-labs": 1, "neural-works": 2}
    assert {r["title"] for r in detail["funding_rounds"]} == {"Neural A", "Fusion B"}
    missing = client.get("/v1/investors/nobody", headers=auth)
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


def test_sources_need_admin(
    client: TestClient, auth: dict[str, str], admin_auth: dict[str, str], catalog: dict[str, Any], session: Session,
    enqueued: list[Any],
) -> None:  # fmt: skip
    forbidden = client.get("/v1/sources", headers=auth)
    assert forbidden.status_code == 403
    assert forbidden.headers["content-type"] == "application/problem+json"
    assert client.post("/v1/sources/acme-greenhouse/runs", headers=auth).status_code == 403
    assert [s["name"] for s in _get(client, admin_auth, "/v1/sources")["items"]] == ["acme-greenhouse"]
    session.add_all([ScrapeRun(source_id=catalog["source"].id, status=s) for s in ("ok", "failed", "ok")])
    session.commit()
    runs = _get(client, admin_auth, "/v1/sources/acme-greenhouse/runs", limit=2)
    assert [r["status"] for r in runs["items"]] == ["ok", "failed"] and runs["next_cursor"]
    queued = client.post("/v1/sources/acme-greenhouse/runs", headers=admin_auth)
    assert queued.status_code == 202 and queued.json()["status"] == "queued"
    assert enqueued == [("talentintel.scrape_source", ("acme-greenhouse",))]
    assert client.post("/v1/sources/nope/runs", headers=admin_auth).status_code == 404
    assert client.get("/v1/sources/nope/runs", headers=admin_auth).status_code == 404
