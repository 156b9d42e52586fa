"""Cross-cutting API behaviour: cursors, ETags, rate limits, problem+json, exports, request ids, health, metrics."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from talentintel.models import Company, Job
from tests.api.conftest import BASE_TIME, make_job


@pytest.fixture
def many_jobs(session: Session) -> Company:
    company = Company(name="Synthetic Co", slug="synthetic-co")
    session.add(company)
    session.flush()
    # Pairs share a posted time so the id tie-break of the keyset is exercised.
    session.add_all([make_job(company, n, posted_at=BASE_TIME + timedelta(hours=n // 2)) for n in range(25)])
    session.commit()
    return company


def _walk(client: TestClient, auth: dict[str, str], **params: Any) -> list[int]:
    ids: list[int] = []
    cursor = None
    while True:
        body = client.get("/v1/jobs", params={**params, **({"cursor": cursor} if cursor else {})}, headers=auth).json()
        ids += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


def test_cursor_walks_every_row_once_in_order(client: TestClient, auth: dict[str, str], many_jobs: Company) -> None:
    ids = _walk(client, auth, limit=4)
    assert len(ids) == len(set(ids)) == 25
    assert _walk(client, auth, limit=7, sort="posted_at") == list(reversed(ids))


def test_first_seen_sorts_walk_every_row_once(
    client: TestClient, auth: dict[str, str], many_jobs: Company, session: Session
) -> None:
    # First seen in the reverse of the posting order, in pairs: the keyset's id tie-break again.
    jobs = session.exec(select(Job).order_by(col(Job.id))).all()
    for n, job in enumerate(jobs):
        job.first_seen_at = BASE_TIME + timedelta(days=1, hours=(len(jobs) - n) // 2)
        session.add(job)
    session.commit()
    expected = [j.id for j in sorted(jobs, key=lambda j: (j.first_seen_at, j.id), reverse=True)]
    assert _walk(client, auth, limit=4, sort="-first_seen") == expected
    assert _walk(client, auth, limit=6, sort="first_seen") == list(reversed(expected))
    assert _walk(client, auth, limit=4, sort="-first_seen") != _walk(client, auth, limit=4)  # not the posting order


def test_cursor_is_stable_while_rows_are_inserted(
    client: TestClient, auth: dict[str, str], many_jobs: Company, session: Session
) -> None:
    before = _walk(client, auth, limit=200)
    first = client.get("/v1/jobs", params={"limit": 10}, headers=auth).json()
    # New postings, newer and older than the page boundary, arrive between two page requests.
    session.add_all(
        [make_job(many_jobs, 100 + n, posted_at=BASE_TIME + timedelta(hours=h)) for n, h in enumerate((50, 5, -1))]
    )
    session.commit()
    rest = _walk_from(client, auth, first["next_cursor"])
    seen = [i["id"] for i in first["items"]] + rest
    assert len(seen) == len(set(seen)), "no row twice"
    assert set(before) <= set(seen), "no existing row skipped"


def _walk_from(client: TestClient, auth: dict[str, str], cursor: str | None) -> list[int]:
    ids: list[int] = []
    while cursor:
        body = client.get("/v1/jobs", params={"limit": 10, "cursor": cursor}, headers=auth).json()
        ids += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
    return ids


def test_bad_cursors_are_400_naming_cursor(client: TestClient, auth: dict[str, str], many_jobs: Company) -> None:
    good = client.get("/v1/jobs", params={"limit": 2}, headers=auth).json()["next_cursor"]
    for cursor in ("garbage", good[:-3] + "AAA"):
        response = client.get("/v1/jobs", params={"cursor": cursor}, headers=auth)
        assert response.status_code == 400
        assert response.json()["invalid_params"][0]["name"] == "cursor"
    other_sort = client.get("/v1/jobs", params={"cursor": good, "sort": "posted_at"}, headers=auth)
    assert other_sort.status_code == 400


def test_etag_and_if_none_match(client: TestClient, auth: dict[str, str], many_jobs: Company, session: Session) -> None:
    for path in ("/v1/jobs?limit=5", "/v1/companies", "/v1/companies/synthetic-co"):
        first = client.get(path, headers=auth)
        etag = first.headers["etag"]
        again = client.get(path, headers={**auth, "If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert client.get(path, headers={**auth, "If-None-Match": f'W/{etag}, "other"'}).status_code == 304
    etag = client.get("/v1/jobs?limit=5", headers=auth).headers["etag"]
    session.add(make_job(many_jobs, 999, posted_at=BASE_TIME + timedelta(days=30)))
    session.commit()
    changed = client.get("/v1/jobs?limit=5", headers={**auth, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_validation_errors_are_problems_naming_the_parameter(client: TestClient, auth: dict[str, str]) -> None:
    cases = {
        "limit=0": "limit", "limit=201": "limit", "sector=blockchain": "sector", "region=mars": "region",
        "country=USA": "country", "status=maybe": "status", "posted_after=yesterday": "posted_after",
        "salary_min=-5": "salary_min", "remote=perhaps": "remote", "sort=random": "sort",
    }  # fmt: skip
    for query, name in cases.items():
        response = client.get(f"/v1/jobs?{query}", headers=auth)
        assert response.status_code == 400, query
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["status"] == 400 and body["type"].endswith("invalid-parameter")
        assert [p["name"] for p in body["invalid_params"]] == [name], query
    assert client.get("/v1/jobs/abc", headers=auth).json()["invalid_params"][0]["name"] == "job_id"


@pytest.fixture
def mid_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every request lands in one window: a real clock crosses a minute boundary now and then."""
    from talentintel.services import ratelimit

    monkeypatch.setattr(ratelimit, "clock", lambda: 1_800_000_030.0)


@pytest.mark.usefixtures("mid_window")
def test_rate_limit_headers_and_429(app_factory: Callable[..., TestClient], auth: dict[str, str]) -> None:
    with app_factory(rate_limit_per_minute=3) as client:
        responses = [client.get("/v1/jobs", headers=auth) for _ in range(4)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert [r.headers["ratelimit-remaining"] for r in responses[:3]] == ["2", "1", "0"]
    assert responses[0].headers["ratelimit-limit"] == "3"
    refused = responses[3]
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["retry-after"] == "30"


@pytest.mark.usefixtures("mid_window")
def test_rate_limit_on_redis_is_shared_between_apps(
    app_factory: Callable[..., TestClient], auth: dict[str, str], redis_url: str
) -> None:
    import redis

    redis.Redis.from_url(redis_url).delete(*(redis.Redis.from_url(redis_url).keys("talentintel:ratelimit:*") or ["x"]))
    with (
        app_factory(rate_limit_per_minute=2, redis_url=redis_url) as one,
        app_factory(rate_limit_per_minute=2, redis_url=redis_url) as two,
    ):
        codes = [one.get("/v1/jobs", headers=auth).status_code, two.get("/v1/jobs", headers=auth).status_code,
                 one.get("/v1/jobs", headers=auth).status_code]  # fmt: skip
    assert codes == [200, 200, 429]


def test_exports_stream_every_row(client: TestClient, auth: dict[str, str], many_jobs: Company) -> None:
    response = client.get("/v1/jobs", params={"format": "csv", "limit": 2}, headers=auth)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 25 and rows[0]["company_name"] == "Synthetic Co"
    assert rows[0]["locations"] == "Berlin, Germany"
    by_accept = client.get("/v1/jobs", headers={**auth, "Accept": "text/csv"})
    assert by_accept.text == response.text
    ndjson = client.get("/v1/jobs", params={"format": "ndjson", "region": "europe"}, headers=auth)
    lines = [json.loads(line) for line in ndjson.text.splitlines()]
    assert len(lines) == 25 and lines[0]["company"]["slug"] == "synthetic-co"
    bad = client.get("/v1/jobs", params={"format": "csv", "q": "!!"}, headers=auth)
    assert bad.status_code == 400  # validated before streaming starts


def test_revoked_key_is_refused(client: TestClient, auth: dict[str, str], session: Session) -> None:
    from talentintel.services import apikeys

    assert client.get("/v1/jobs", headers=auth).status_code == 200
    key = apikeys.authenticate(session, auth["Authorization"].split()[1])
    assert key is not None and key.id is not None and key.last_used_at is not None
    apikeys.revoke(session, key.id)
    session.commit()
    assert client.get("/v1/jobs", headers=auth).status_code == 401


def test_request_id_on_every_response(client: TestClient, auth: dict[str, str]) -> None:
    for path, headers in (("/healthz", {}), ("/v1/jobs", {}), ("/v1/jobs", auth), ("/nowhere", {})):
        assert len(client.get(path, headers=headers).headers["x-request-id"]) == 32
    echoed = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    assert client.get("/nowhere").json()["request_id"]


def test_health_ready_metrics_docs_are_public(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "broker": "ok"}
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").json()["info"]["version"]
    client.get("/v1/jobs", headers=auth)
    text = client.get("/metrics").text
    assert 'talentintel_http_requests_total{method="GET",route="/v1/jobs",status="200"}' in text
    assert "talentintel_http_request_duration_seconds_bucket" in text
    assert "talentintel_queue_depth" in text


def test_readyz_names_an_unreachable_broker(
    app_factory: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    from talentintel.settings import get_settings

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    get_settings.cache_clear()
    with app_factory() as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "REDIS_URL" in response.json()["checks"]["broker"]


def test_readyz_is_not_ready_until_the_schema_is_at_head(
    app_factory: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from talentintel import db, migrate

    fresh = db.make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    monkeypatch.setattr(db, "get_engine", lambda: fresh)
    with app_factory() as client:
        never = client.get("/readyz")
        assert never.status_code == 503 and "never migrated" in never.json()["checks"]["database"]
        migrate.upgrade(fresh, "0007")
        behind = client.get("/readyz").json()["checks"]["database"]
        assert "0007" in behind and "db upgrade" in behind
        migrate.upgrade(fresh)
        assert client.get("/readyz").status_code == 200
    fresh.dispose()


def test_a_nul_byte_in_a_parameter_is_a_400_naming_it_before_the_key_is_checked(
    client: TestClient, auth: dict[str, str]
) -> None:
    for path, name, headers in [("/v1/jobs?q=rust%00", "q", auth), ("/v1/funding-rounds?investor=a%00", "investor", {}),
                                ("/v1/companies/acme%00chain", "company_id", auth), ("/v1/sources?x=%00", "x", {})]:  # fmt: skip
        response = client.get(path, headers=headers)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["invalid_params"][0]["name"] == name
    assert client.get("/v1/jobs", headers={"Authorization": "Basic abc"}).status_code == 401
    assert (
        client.get("/v1/jobs", headers={"Authorization": auth["Authorization"].replace("Bearer", "bearer")}).status_code
        == 200
    )
