"""/v1/jobs: auth, filters, full-text, details."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def _titles(client: TestClient, auth: dict[str, str], **params: Any) -> list[str]:
    response = client.get("/v1/jobs", params=params, headers=auth)
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def test_jobs_need_a_key(client: TestClient) -> None:
    response = client.get("/v1/jobs")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["invalid_params"][0]["name"] == "Authorization"
    bad = client.get("/v1/jobs", headers={"Authorization": "Bearer ti_nope"})
    assert bad.status_code == 401


def test_list_items_carry_the_interface_fields(
    client: TestClient, auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    body = client.get("/v1/jobs", headers=auth).json()
    assert body["next_cursor"] is None
    assert len(body["items"]) == 6  # the closed one is hidden by default
    first = body["items"][0]
    for field in ("id", "title", "company", "locations", "regions", "countries", "remote", "sector", "url", "status",
                  "posted_at"):  # fmt: skip
        assert field in first
    # Without a posted date the job's date is when it was first seen (the newest here); it has no company.
    assert first["title"] == "Office Manager" and first["company"] is None and first["posted_at"] is None
    assert body["items"][1]["company"]["name"] == "Fusion Labs"
    assert [i["title"] for i in body["items"]][-1] == "Solidity Engineer"


def test_sector_semantics(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    assert set(_titles(client, auth, sector="crypto")) == {"Solidity Engineer", "Rust Protocol Engineer",
                                                           "Onchain AI Agent Engineer"}  # fmt: skip
    assert set(_titles(client, auth, sector="ai")) == {"Machine Learning Engineer", "Research Intern",
                                                       "Onchain AI Agent Engineer"}  # fmt: skip
    assert _titles(client, auth, sector="intersection") == ["Onchain AI Agent Engineer"]
    assert _titles(client, auth, sector="none") == ["Office Manager"]
    assert len(_titles(client, auth, sector=["intersection", "none"])) == 2


def test_filters(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    assert set(_titles(client, auth, region="us")) == {"Machine Learning Engineer", "Research Intern"}
    assert set(_titles(client, auth, region=["asia", "oceania"])) == {"Onchain AI Agent Engineer", "Office Manager"}
    assert _titles(client, auth, country="fr") == ["Rust Protocol Engineer"]
    assert set(_titles(client, auth, remote="true")) == {"Rust Protocol Engineer", "Onchain AI Agent Engineer"}
    assert set(_titles(client, auth, company="acme-chain")) == {"Solidity Engineer", "Rust Protocol Engineer"}
    neural_id = catalog["companies"][1].id
    assert set(_titles(client, auth, company=str(neural_id))) == {"Machine Learning Engineer", "Research Intern"}
    assert set(_titles(client, auth, investor="a16z")) == {"Machine Learning Engineer", "Research Intern",
                                                           "Onchain AI Agent Engineer"}  # fmt: skip
    assert _titles(client, auth, status="closed") == ["Closed Role"]
    assert len(_titles(client, auth, status="all")) == 7
    assert _titles(client, auth, salary_min=150000) == ["Machine Learning Engineer"]
    assert _titles(client, auth, employment_type="internship") == ["Research Intern"]
    assert _titles(client, auth, posted_after="2026-11-01T04:30:00Z", posted_before="2026-11-01T05:30:00Z") == [
        "Onchain AI Agent Engineer"
    ]
    assert _titles(client, auth, sort="posted_at")[0] == "Solidity Engineer"
    assert _titles(client, auth, sort="-salary")[0] == "Machine Learning Engineer"


def test_full_text(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    assert _titles(client, auth, q="solidity") == ["Solidity Engineer"]
    assert _titles(client, auth, q="language models") == ["Machine Learning Engineer"]  # description, stemmed
    assert set(_titles(client, auth, q="engineer rust")) == {"Rust Protocol Engineer"}
    assert _titles(client, auth, q="nonexistentword") == []
    response = client.get("/v1/jobs", params={"q": "!!!"}, headers=auth)
    assert response.status_code == 400
    assert response.json()["invalid_params"][0]["name"] == "q"


def test_detail(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    job = catalog["jobs"][1]
    body = client.get(f"/v1/jobs/{job.id}", headers=auth).json()
    assert body["title"] == "Rust Protocol Engineer"
    assert body["description"].startswith("Consensus")
    assert body["sources"] == []
    missing = client.get("/v1/jobs/999999", headers=auth)
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
