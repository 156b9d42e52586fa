"""Cached /v1/jobs pages (PostgreSQL): served again until a change notice (migration 0008) empties the cache; never
stale after a heard change, never used while the listener is away. Real PostgreSQL LISTEN/NOTIFY throughout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from talentintel.models import ApiKey, Company, Job, RoundInvestor
from talentintel.services import apikeys
from talentintel.services.queries.page_cache import COMPANY_TABLES, JOB_TABLES, ROUND_TABLES, PageCache
from tests.api.conftest import make_job

PG = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
PAGE = {"sector": "crypto", "region": "europe", "limit": 10}


def _wait(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture
def cached(app_factory: Callable[..., TestClient]) -> Iterator[tuple[TestClient, PageCache]]:
    with app_factory(page_cache_mb=1) as client:
        cache: PageCache = client.app.state.page_cache  # type: ignore[attr-defined]
        _wait(lambda: cache.live, "the change listener")
        yield client, cache


def _ids(client: TestClient, auth: dict[str, str], params: dict[str, Any] = PAGE) -> list[int]:
    response = client.get("/v1/jobs", params=params, headers=auth)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


@PG
def test_a_repeated_page_is_served_from_the_cache_with_the_same_bytes(
    cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    first = client.get("/v1/jobs", params=PAGE, headers=auth)
    hits = cache.hits
    again = client.get("/v1/jobs", params=PAGE, headers=auth)
    assert cache.hits == hits + 1
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert "ratelimit-remaining" in again.headers and "x-request-id" in again.headers
    # Same filters in another order: the same validated query, the same entry.
    reordered = client.get("/v1/jobs", params={"limit": 10, "region": "europe", "sector": "crypto"}, headers=auth)
    assert cache.hits == hits + 2 and reordered.content == first.content
    not_modified = client.get("/v1/jobs", params=PAGE, headers={**auth, "If-None-Match": first.headers["etag"]})
    assert not_modified.status_code == 304
    metrics = client.get("/metrics").text
    assert 'talentintel_page_cache_lookups{result="hit"}' in metrics


@PG
def test_a_committed_job_or_company_change_empties_the_cache(
    engine: Engine, cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    before = _ids(client, auth)
    acme = catalog["companies"][0]
    generation = cache.generation
    with Session(engine) as s:
        job = make_job(acme, 99, title="Fresh Solidity Role")
        s.add(job)
        s.commit()
        new_id = job.id
    _wait(lambda: cache.generation > generation, "the notice of the insert")
    assert _ids(client, auth) == [new_id, *before][:10]

    generation = cache.generation
    with Session(engine) as s:
        company = s.get(Company, acme.id)
        assert company is not None
        company.name = "Acme Chain Renamed"
        s.add(company)
        s.commit()
    _wait(lambda: cache.generation > generation, "the notice of the rename")
    names = {i["company"]["name"] for i in client.get("/v1/jobs", params=PAGE, headers=auth).json()["items"]}
    assert names == {"Acme Chain Renamed"}

    generation = cache.generation
    with Session(engine) as s:
        s.execute(text("DELETE FROM job_sightings WHERE job_id = :id"), {"id": new_id})
        s.execute(text("DELETE FROM jobs WHERE id = :id"), {"id": new_id})
        s.commit()
    _wait(lambda: cache.generation > generation, "the notice of the delete")
    assert _ids(client, auth) == before


@PG
def test_an_update_that_changes_no_row_sends_no_notice(
    engine: Engine, cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    _ids(client, auth)
    generation = cache.generation
    with Session(engine) as s:  # matches nothing: the scrape's hourly last-seen touch when nothing is due
        s.execute(text("UPDATE jobs SET last_seen_at = now() WHERE id = -1"))
        s.commit()
    with Session(engine) as s:
        job = s.get(Job, catalog["jobs"][0].id)
        assert job is not None
        job.title = "Solidity Engineer II"
        s.add(job)
        s.commit()
    # Notices arrive in commit order on one connection: once the second is heard, the first would have been.
    _wait(lambda: cache.generation > generation, "the notice of the real update")
    time.sleep(0.1)
    assert cache.generation == generation + 1


@PG
def test_without_its_listener_the_cache_is_not_used_and_comes_back_after_reconnecting(
    engine: Engine, cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    _ids(client, auth)
    with Session(engine) as s:
        s.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'talentintel-api-listen'"
            )
        )
        s.commit()
    _wait(lambda: not cache.live, "the listener to notice its connection is gone")
    hits = cache.hits
    _ids(client, auth)
    _ids(client, auth)
    assert cache.hits == hits  # nothing served while changes could go unheard
    _wait(lambda: cache.live, "the listener to reconnect", timeout=15)
    _ids(client, auth)
    _ids(client, auth)
    assert cache.hits == hits + 1


def test_a_page_read_across_a_change_is_not_stored() -> None:
    cache = PageCache(max_bytes=1000, max_age=60)
    cache.set_live(True)
    generation = cache.generation
    cache.invalidate()  # a notice arrives while the page is being read
    cache.put("k", generation, b"stale", '"e"')
    assert cache.get("k") is None
    cache.put("k", cache.generation, b"fresh", '"f"')
    assert cache.get("k") == (b"fresh", '"f"')


def test_entries_expire_and_the_oldest_go_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # A clock the test moves: with the real one, a 50 ms stall on a loaded machine expired "b" before it was read.
    from talentintel.services.queries import page_cache

    now = [1000.0]
    monkeypatch.setattr(page_cache, "time", type("Clock", (), {"monotonic": staticmethod(lambda: now[0])}))
    cache = PageCache(max_bytes=20, max_age=0.05)
    cache.set_live(True)
    for key in ("a", "b", "c"):
        cache.put(key, cache.generation, key.encode() * 8, '"x"')
    assert cache.get("a") is None and cache.get("b") == (b"b" * 8, '"x"') and cache.size == 16
    cache.put("big", cache.generation, b"x" * 21, '"x"')  # larger than the whole budget: not kept
    assert cache.get("big") is None and cache.size == 16
    now[0] += 0.06
    assert cache.get("c") is None


def test_a_cache_that_is_not_live_neither_serves_nor_stores() -> None:
    cache = PageCache(max_bytes=1000, max_age=60)
    cache.put("k", cache.generation, b"body", '"e"')
    assert cache.get("k") is None
    cache.set_live(True)
    cache.put("k", cache.generation, b"body", '"e"')
    cache.set_live(False)  # the listener went away: what was stored may be stale by now
    cache.set_live(True)
    assert cache.get("k") is None


def test_a_notice_drops_only_the_pages_read_from_its_table() -> None:
    cache = PageCache(max_bytes=1000, max_age=60)
    cache.set_live(True)
    cache.put("jobs", cache.generation, b"j", '"j"', JOB_TABLES)
    cache.put("rounds", cache.generation, b"r", '"r"', ROUND_TABLES)
    cache.put("companies", cache.generation, b"c", '"c"', COMPANY_TABLES)
    cache.invalidate("funding_rounds")
    assert cache.get("rounds") is None and cache.get("jobs") == (b"j", '"j"') and cache.get("companies") is not None
    cache.invalidate("jobs")  # open-job counts are on company pages
    assert cache.get("jobs") is None and cache.get("companies") is None and cache.size == 0
    cache.put("jobs", cache.generation, b"j", '"j"', JOB_TABLES)
    cache.invalidate("some_new_table")  # a notice from a table no page declares: every page goes
    assert cache.get("jobs") is None


@PG
def test_funding_and_company_pages_are_cached_until_their_tables_change(
    engine: Engine, cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    rounds = client.get("/v1/funding-rounds", params={"investor": "paradigm"}, headers=auth).json()
    companies = client.get("/v1/companies", headers=auth).json()
    hits = cache.hits
    assert client.get("/v1/funding-rounds", params={"investor": "paradigm"}, headers=auth).json() == rounds
    assert client.get("/v1/companies", headers=auth).json() == companies
    assert cache.hits == hits + 2
    neural_round = catalog["rounds"][1]
    generation = cache.generation
    with Session(engine) as s:  # paradigm joins Neural's series A: a round_investors notice (migration 0018)
        s.add(RoundInvestor(round_id=neural_round.id, investor_id=catalog["investors"][0].id))
        s.commit()
    _wait(lambda: cache.generation > generation, "the notice of the round investor")
    again = client.get("/v1/funding-rounds", params={"investor": "paradigm"}, headers=auth).json()
    assert neural_round.id in {r["id"] for r in again["items"]} and again != rounds
    hits = cache.hits
    assert client.get("/v1/companies", headers=auth).json() == companies  # companies read no round investors
    assert cache.hits == hits + 1
    generation = cache.generation
    with Session(engine) as s:  # a new open job at Fusion: its company's open_jobs count changes
        s.add(make_job(catalog["companies"][2], 98, title="Fresh AI Role"))
        s.commit()
    _wait(lambda: cache.generation > generation, "the notice of the job")
    counts = {c["slug"]: c["open_jobs"] for c in client.get("/v1/companies", headers=auth).json()["items"]}
    before = {c["slug"]: c["open_jobs"] for c in companies["items"]}
    assert counts["fusion-labs"] == before["fusion-labs"] + 1


@PG
def test_a_revoked_key_is_refused_at_once_not_after_the_auth_cache_ttl(
    engine: Engine, app_factory: Callable[..., TestClient], read_key: str
) -> None:
    auth = {"Authorization": f"Bearer {read_key}"}
    with app_factory(page_cache_mb=1, auth_cache_seconds=300) as client:
        cache: PageCache = client.app.state.page_cache  # type: ignore[attr-defined]
        _wait(lambda: cache.live, "the change listener")
        assert client.get("/v1/companies", headers=auth).status_code == 200  # verified and cached for 300 s
        generation = cache.generation
        with Session(engine) as s:
            key = s.exec(select(ApiKey).where(ApiKey.key_hash == apikeys.hash_key(read_key))).one()
            apikeys.revoke(s, key.id or 0)
            s.commit()
        _wait(lambda: client.get("/v1/companies", headers=auth).status_code == 401, "the revoke to be heard")
        assert cache.generation == generation  # keys are no page's data: the pages stay


@PG
def test_a_repeated_url_is_answered_as_sent_but_an_export_of_it_is_not(
    cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    url = "/v1/jobs?sector=crypto&limit=10"
    first = client.get(url, headers=auth)
    assert ("as-sent", "/v1/jobs", b"sector=crypto&limit=10") in cache._entries
    again = client.get(url, headers=auth)
    assert again.content == first.content and again.headers.get("link") == first.headers.get("link")
    exported = client.get(url, headers={**auth, "Accept": "text/csv"})
    assert exported.headers["content-type"].startswith("text/csv")
    bad = client.get("/v1/jobs?sector=crypto&limit=10&limit=11", headers=auth)  # never cached: still validated
    assert bad.status_code == 400


def test_concurrent_misses_of_a_page_render_it_once_unless_a_change_was_heard_meanwhile() -> None:
    async def scenario() -> None:
        cache = PageCache(max_bytes=1000, max_age=60)
        cache.set_live(True)
        renders: list[str] = []
        gate = asyncio.Event()

        async def render(tag: str) -> tuple[bytes, str]:
            renders.append(tag)
            await gate.wait()
            return tag.encode(), f'"{tag}"'

        first = asyncio.ensure_future(cache.get_or_render("k", lambda: render("a")))
        await asyncio.sleep(0)
        second = asyncio.ensure_future(cache.get_or_render("k", lambda: render("b")))
        await asyncio.sleep(0)
        cache.invalidate("jobs")  # a change is heard: a request arriving now must not get the older read
        third = asyncio.ensure_future(cache.get_or_render("k", lambda: render("c")))
        await asyncio.sleep(0)
        gate.set()
        assert await first == (b"a", '"a"') and await second == (b"a", '"a"') and await third == (b"c", '"c"')
        assert renders == ["a", "c"]

        async def failing() -> tuple[bytes, str]:
            renders.append("x")
            await asyncio.sleep(0.01)
            raise RuntimeError("database went away")

        gate.clear()
        failed = asyncio.ensure_future(cache.get_or_render("f", failing))
        await asyncio.sleep(0)
        waiter = asyncio.ensure_future(cache.get_or_render("f", lambda: render("own")))
        with pytest.raises(RuntimeError):
            await failed
        gate.set()
        assert await waiter == (b"own", '"own"')  # the failed render is not shared: it read the page itself

    asyncio.run(scenario())


@PG
def test_funding_and_company_urls_are_answered_as_sent_and_dropped_with_their_tables(
    engine: Engine, cached: tuple[TestClient, PageCache], auth: dict[str, str], catalog: dict[str, Any]
) -> None:
    client, cache = cached
    first = client.get("/v1/funding-rounds?limit=1&investor=paradigm", headers=auth)
    companies = client.get("/v1/companies?limit=2", headers=auth)
    assert ("as-sent", "/v1/funding-rounds", b"limit=1&investor=paradigm") in cache._entries
    assert ("as-sent", "/v1/companies", b"limit=2") in cache._entries
    again = client.get("/v1/funding-rounds?limit=1&investor=paradigm", headers=auth)
    assert again.content == first.content and again.headers["link"] == first.headers["link"]
    # The same page asked another way shares the validated entry; a bad URL is never answered as sent.
    assert client.get("/v1/funding-rounds?investor=paradigm&limit=1", headers=auth).content == first.content
    assert client.get("/v1/funding-rounds?limit=0&investor=paradigm", headers=auth).status_code == 400
    generation = cache.generation
    with Session(engine) as s:  # a round_investors notice drops the rounds' pages, not the companies'
        s.add(RoundInvestor(round_id=catalog["rounds"][1].id, investor_id=catalog["investors"][0].id))
        s.commit()
    _wait(lambda: cache.generation > generation, "the notice of the round investor")
    assert ("as-sent", "/v1/funding-rounds", b"limit=1&investor=paradigm") not in cache._entries
    assert client.get("/v1/companies?limit=2", headers=auth).content == companies.content
