"""Issue 19 on the API: every parameter validated (400 naming it), sector=both, ISO countries, q errors, the new
job fields and their filters (lists, details, CSV export, saved searches), Link headers, /v1/filters.

Rows are the synthetic catalog of conftest.py; the new fields are filled by the retag job as in production."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from talentintel.models import Job
from talentintel.services import retag

NEW_FIELDS = ("seniority", "skills", "salary_usd_min", "salary_usd_max", "visa_sponsorship")


def _problem(client: TestClient, auth: dict[str, str], params: Any) -> dict[str, Any]:
    response = client.get("/v1/jobs", params=params, headers=auth)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"regions": "asia"}, "regions"),
        ({"foo": "bar"}, "foo"),
        ([("remote", "true"), ("remote", "false")], "remote"),
        ([("q", "rust"), ("q", "go")], "q"),
        ([("limit", "5"), ("limit", "6")], "limit"),
        ({"country": "XX"}, "country"),
        ({"country": "UK"}, "country"),
        ({"country": "DEU"}, "country"),
        ({"sector": "crypt"}, "sector"),
        ({"q": ""}, "q"),
        ({"q": "x" * 10_000}, "q"),
        ({"q": '"smart contract'}, "q"),
        ({"q": "-android"}, "q"),
        ({"salary_usd_min": "lots"}, "salary_usd_min"),
        ({"salary_usd_min": "-1"}, "salary_usd_min"),
        ({"seniority": "guru"}, "seniority"),
        ({"skill": "cobol-on-mars"}, "skill"),
        ({"skill_match": "some"}, "skill_match"),
        ({"visa_sponsorship": "maybe"}, "visa_sponsorship"),
        ({"posted_after": "yesterday"}, "posted_after"),
        ({"sort": "relevance"}, "sort"),
        ({"exclude_company": "x" * 300}, "exclude_company"),
    ],
)
def test_bad_parameters_are_400_naming_them(client: TestClient, auth: dict[str, str], params: Any, name: str) -> None:
    body = _problem(client, auth, params)
    assert body["invalid_params"][0]["name"] == name


def test_unknown_parameter_suggests_the_right_one(client: TestClient, auth: dict[str, str]) -> None:
    body = _problem(client, auth, {"regions": "asia"})
    assert "did you mean 'region'" in body["invalid_params"][0]["reason"]


def test_sector_both_is_the_intersection(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    def titles(sector: str) -> set[str]:
        response = client.get("/v1/jobs", params={"sector": sector}, headers=auth)
        assert response.status_code == 200, response.text
        return {i["title"] for i in response.json()["items"]}

    assert titles("both") == titles("intersection") == {"Onchain AI Agent Engineer"}
    assert titles("none") == {"Office Manager"}


@pytest.fixture
def tagged(session: Session, catalog: dict[str, Any]) -> dict[str, Any]:
    """The catalog with two more synthetic postings (SYNTHETIC visa wordings), then retagged as the beat would."""
    jobs = catalog["jobs"]
    session.add_all([
        Job(company_id=catalog["companies"][0].id, title="Senior Rust Engineer", status="open",
            description="Rust and Solidity. Visa sponsorship is available for this role.",
            salary_min=60, salary_max=80, salary_currency="USD", salary_period="hour", sector_class="crypto"),
        Job(company_id=catalog["companies"][1].id, title="Staff ML Engineer", status="open",
            description="PyTorch and CUDA. We are unable to sponsor visas.", sector_class="ai"),
    ])  # fmt: skip
    session.commit()
    while retag.retag_batch(session, batch_size=100):
        session.commit()
    session.commit()
    return {**catalog, "jobs": jobs}


def _items(client: TestClient, auth: dict[str, str], **params: Any) -> dict[str, dict[str, Any]]:
    response = client.get("/v1/jobs", params=params, headers=auth)
    assert response.status_code == 200, response.text
    return {i["title"]: i for i in response.json()["items"]}


def test_new_fields_on_items_and_filters(client: TestClient, auth: dict[str, str], tagged: dict[str, Any]) -> None:
    items = _items(client, auth)
    assert all(set(NEW_FIELDS) <= set(item) for item in items.values())
    rust = items["Senior Rust Engineer"]
    assert rust["seniority"] == "senior" and rust["skills"] == ["solidity", "rust"]
    assert (rust["salary_usd_min"], rust["salary_usd_max"], rust["visa_sponsorship"]) == (124800.0, 166400.0, True)
    assert items["Staff ML Engineer"]["visa_sponsorship"] is False
    assert items["Research Intern"]["seniority"] == "intern"
    assert items["Rust Protocol Engineer"]["salary_usd_max"] is not None  # EUR converted
    assert set(_items(client, auth, seniority=["senior", "staff"])) == {"Senior Rust Engineer", "Staff ML Engineer"}
    assert set(_items(client, auth, skill="rust")) == {"Senior Rust Engineer", "Rust Protocol Engineer"}
    assert set(_items(client, auth, skill=["rust", "solidity"], skill_match="all")) == {"Senior Rust Engineer"}
    assert set(_items(client, auth, skill=["pytorch", "solidity"])) == {
        "Senior Rust Engineer", "Staff ML Engineer", "Solidity Engineer"}  # fmt: skip
    assert set(_items(client, auth, visa_sponsorship="true")) == {"Senior Rust Engineer"}
    assert set(_items(client, auth, visa_sponsorship="false")) == {"Staff ML Engineer"}
    assert set(_items(client, auth, salary_usd_min=150000)) == {"Senior Rust Engineer", "Machine Learning Engineer"}
    assert set(_items(client, auth, salary_usd_max=130000)) == {"Senior Rust Engineer", "Rust Protocol Engineer"}
    without = _items(client, auth, exclude_company=["acme-chain", str(tagged["companies"][1].id)])
    assert set(without) == {"Onchain AI Agent Engineer", "Office Manager"}
    detail = client.get(f"/v1/jobs/{rust['id']}", headers=auth).json()
    assert all(detail[f] == rust[f] for f in NEW_FIELDS)
    assert detail["sector_evidence"]["visa_sponsorship"].startswith("Visa sponsorship is available")


def test_new_fields_and_filters_in_the_csv_export(
    client: TestClient, auth: dict[str, str], tagged: dict[str, Any]
) -> None:
    response = client.get("/v1/jobs", params={"format": "csv", "skill": "rust"}, headers=auth)
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["title"] for r in rows} == {"Senior Rust Engineer", "Rust Protocol Engineer"}
    rust = next(r for r in rows if r["title"] == "Senior Rust Engineer")
    assert (rust["seniority"], rust["skills"], rust["visa_sponsorship"]) == ("senior", "solidity; rust", "True")
    assert rust["salary_usd_min"] == "124800.0"


def test_saved_search_with_new_filters(client: TestClient, auth: dict[str, str], tagged: dict[str, Any]) -> None:
    bad = client.post("/v1/saved-searches", json={"name": "x", "filters": {"seniorty": ["senior"]}}, headers=auth)
    assert bad.status_code == 400 and bad.json()["invalid_params"][0]["name"] == "seniorty"
    filters = {"seniority": ["senior"], "skill": ["rust"], "sector": ["both", "crypto"], "visa_sponsorship": True}
    good = client.post("/v1/saved-searches", json={"name": "Senior crypto", "filters": filters}, headers=auth)
    assert good.status_code == 201, good.text


def test_search_ranks_by_relevance_by_default(client: TestClient, auth: dict[str, str], tagged: dict[str, Any]) -> None:
    response = client.get("/v1/jobs", params={"q": "rust"}, headers=auth)
    titles = [i["title"] for i in response.json()["items"]]
    assert set(titles) == {"Senior Rust Engineer", "Rust Protocol Engineer"}
    dated = client.get("/v1/jobs", params={"q": "rust", "sort": "-posted_at"}, headers=auth)
    assert dated.status_code == 200


def test_link_header_points_at_the_next_page(client: TestClient, auth: dict[str, str], catalog: dict[str, Any]) -> None:
    first = client.get("/v1/jobs", params={"limit": 2, "sector": "crypto"}, headers=auth)
    link = first.headers["link"]
    assert link.endswith('>; rel="next"') and "sector=crypto" in link
    url = link[1 : link.index(">")]
    second = client.get(url, headers=auth)
    assert second.status_code == 200
    assert second.json()["items"][0]["id"] not in {i["id"] for i in first.json()["items"]}
    last = client.get("/v1/jobs", params={"limit": 200}, headers=auth)
    assert "link" not in last.headers


def test_filter_vocabulary(client: TestClient, auth: dict[str, str]) -> None:
    body = client.get("/v1/filters", headers=auth).json()
    by_name = {f["name"]: f for f in body["jobs"]}
    assert by_name["sector"]["choices"][:3] == ["crypto", "ai", "both"] and by_name["sector"]["repeatable"]
    assert "senior" in by_name["seniority"]["choices"] and "rust" in by_name["skill"]["choices"]
    assert by_name["q"]["type"] == "text" and not by_name["q"]["repeatable"]
    params = {p["name"] for p in client.get("/openapi.json").json()["paths"]["/v1/jobs"]["get"]["parameters"]}
    assert set(by_name) | {"sort", "limit", "cursor", "format"} == params
