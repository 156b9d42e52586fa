"""The order the subscriber asked for (issue 19): a subscription's (or its one saved search's) `sort`, from the
/v1/jobs vocabulary, orders the jobs a digest shows first, and the digest's "more" link carries it, so the list opens
with the same jobs in the same order. On both databases; jobs are real recorded postings (tests/digest/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from api.app import create_app
from talentintel.digest import assemble
from talentintel.digest.content import Digest
from talentintel.errors import InvalidParameter
from talentintel.models import Job, Subscription
from talentintel.services import apikeys, saved_searches, subscriptions
from talentintel.services.queries import jobs
from tests.digest.test_service import make_sub

START = datetime.fromisoformat("2026-11-27T00:00:00+00:00")
END = datetime.fromisoformat("2026-11-28T00:00:00+00:00")


def _digest(engine: Engine, sub_id: int) -> Digest:
    with Session(engine) as session:
        sub = session.get(Subscription, sub_id)
        assert sub is not None
        return assemble.assemble(session, sub, period_key="2026-11-27", start=START, end=END)


def _linked(engine: Engine, url: str | None) -> tuple[list[int], str]:
    """The ids the "more" link opens (as /app/jobs and /v1/jobs read it), and its sort."""
    assert url is not None
    parsed, page = jobs.JOB_FILTERS.from_query(parse_qsl(urlsplit(url).query), ("sort",))
    with Session(engine) as session:
        listed = jobs.list_jobs(session, jobs.JobFilters(parsed), sort=page["sort"], limit=200)
    return [item["id"] for item in listed.items], page["sort"]


def _expected(engine: Engine, sort: str) -> list[int]:
    """The crypto jobs in `sort` order, computed here from the rows (not by the code under test)."""
    with Session(engine) as session:
        rows = session.exec(select(Job).where(Job.sector_class == "crypto")).all()
    keys = {
        "-first_seen": lambda j: (j.first_seen_at, j.id),
        "posted_at": lambda j: (j.posted_at or j.first_seen_at, j.id),
        "-posted_at": lambda j: (j.posted_at or j.first_seen_at, j.id),
    }
    ordered = sorted(rows, key=keys[sort], reverse=sort.startswith("-"))
    return [j.id for j in ordered if j.id is not None]


@pytest.mark.parametrize("sort", [None, "-first_seen", "posted_at", "-posted_at"])
def test_digest_jobs_follow_the_sort_and_the_more_link_keeps_it(
    engine: Engine, seeded: dict[str, Any], sort: str | None
) -> None:
    digest = _digest(engine, make_sub(engine, sort=sort))
    shown = [item.id for item in digest.jobs_opened.items]
    linked, link_sort = _linked(engine, digest.jobs_opened.more_url)
    assert link_sort == (sort or "-first_seen")
    assert digest.jobs_opened.total == len(linked) == 16
    assert shown == linked[:10] == _expected(engine, link_sort)[:10]


def test_the_orders_differ(engine: Engine, seeded: dict[str, Any]) -> None:
    # The recorded postings were published in another order than they were first seen: the sort is not a no-op.
    oldest = [i.id for i in _digest(engine, make_sub(engine, sort="posted_at")).jobs_opened.items]
    default = [i.id for i in _digest(engine, make_sub(engine, email="other@example.org")).jobs_opened.items]
    assert oldest != default


def test_relevance_ranks_by_the_subscription_search(engine: Engine, seeded: dict[str, Any]) -> None:
    sub_id = make_sub(engine, filters={"sector": ["crypto"], "q": "engineer"}, sort="relevance")
    digest = _digest(engine, sub_id)
    linked, link_sort = _linked(engine, digest.jobs_opened.more_url)
    assert link_sort == "relevance" and linked and len(linked) == digest.jobs_opened.total
    assert [item.id for item in digest.jobs_opened.items] == linked[:10]


def test_the_one_saved_search_sort_applies_without_a_subscription_sort(engine: Engine, seeded: dict[str, Any]) -> None:
    with Session(engine) as session:
        saved = saved_searches.create(session, name="Crypto", filters={"sector": ["crypto"]}, sort="posted_at")
        session.commit()
        saved_id = saved.id
    assert saved_id is not None
    digest = _digest(engine, make_sub(engine, filters={}, saved_search_ids=[saved_id]))
    linked, link_sort = _linked(engine, digest.jobs_opened.more_url)
    assert link_sort == "posted_at" and [i.id for i in digest.jobs_opened.items] == linked[:10]
    own = _digest(engine, make_sub(engine, filters={}, saved_search_ids=[saved_id], sort="-posted_at"))
    assert _linked(engine, own.jobs_opened.more_url)[1] == "-posted_at"  # the subscription's own sort wins


def _error(call: Any) -> str:
    with pytest.raises(InvalidParameter) as caught:
        call()
    return caught.value.name


def test_sorts_are_validated_like_v1_jobs(session: Session) -> None:
    assert _error(lambda: subscriptions.create(session, email="a@example.org", sort="newest")) == "sort"
    assert _error(lambda: subscriptions.create(session, email="a@example.org", sort="relevance")) == "sort"  # no q
    sub = subscriptions.create(session, email="a@example.org", filters={"q": "rust"}, sort="relevance")
    assert sub.id is not None and sub.sort == "relevance"
    assert _error(lambda: subscriptions.update(session, sub.id, filters={"sector": ["ai"]})) == "sort"  # q gone
    assert subscriptions.update(session, sub.id, sort="").sort is None  # "": back to the default
    assert subscriptions.update(session, sub.id, sort="-salary_usd").sort == "-salary_usd"
    funding = saved_searches.create(session, name="Big rounds", kind="funding", filters={}, sort="-amount")
    assert funding.sort == "-amount" and funding.id is not None
    assert _error(lambda: saved_searches.update(session, funding.id, sort="-posted_at")) == "sort"
    assert _error(lambda: saved_searches.create(session, name="x", filters={}, sort="-amount")) == "sort"


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(enqueue=lambda *a: "task", redis_url=None, auth_cache_seconds=0)) as c:
        yield c


def test_api_takes_and_shows_the_sort(client: TestClient, engine: Engine) -> None:
    with Session(engine) as s:
        _, plaintext = apikeys.create(s, scope="read")
        s.commit()
    auth = {"Authorization": f"Bearer {plaintext}"}
    body = {"email": "a@example.org", "filters": {"sector": ["ai"]}, "sort": "-salary_usd"}
    created = client.post("/v1/subscriptions", json=body, headers=auth)
    assert created.status_code == 201 and created.json()["sort"] == "-salary_usd"
    bad = client.post("/v1/subscriptions", json={**body, "sort": "salary"}, headers=auth)
    assert bad.status_code == 400 and bad.json()["invalid_params"][0]["name"] == "sort"
    patched = client.patch(f"/v1/subscriptions/{created.json()['id']}", json={"sort": ""}, headers=auth)
    assert patched.status_code == 200 and patched.json()["sort"] is None
    saved = client.post("/v1/saved-searches", json={"name": "AI", "filters": {"q": "rust"}, "sort": "relevance"},
                        headers=auth)  # fmt: skip
    assert saved.status_code == 201 and saved.json()["sort"] == "relevance"
    gone = client.patch(f"/v1/saved-searches/{saved.json()['id']}", json={"filters": {}}, headers=auth)
    assert gone.status_code == 400 and gone.json()["invalid_params"][0]["name"] == "sort"
