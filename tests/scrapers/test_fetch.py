"""The fetch layer against a real local HTTP server: retries, timeouts, size cap, robots.txt, conditional GET."""

from __future__ import annotations

import dataclasses

import pytest

from scrapers.base import Request
from scrapers.fetch import Fetcher, FetchError, FetchPolicy, ResponseTooLarge, RobotsDisallowed, retry_after_seconds
from tests.scrapers.conftest import LocalServer, Reply


def test_429_then_200_is_retried(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.script("/jobs", [Reply(429, b"slow down", {"Retry-After": "0"}), Reply(200, b'{"ok": 1}')])
    with Fetcher(fast_policy) as fetcher:
        resp = fetcher.fetch(Request(http_server.url("/jobs")))
    assert resp is not None and resp.status == 200 and resp.body == b'{"ok": 1}'
    assert len(http_server.hits_to("/jobs")) == 2


def test_retry_after_is_honored(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    waits: list[float] = []
    http_server.script("/jobs", [Reply(503, b"", {"Retry-After": "1"}), Reply(200, b"{}")])
    with Fetcher(fast_policy, sleep=waits.append) as fetcher:
        assert fetcher.fetch(Request(http_server.url("/jobs"))) is not None
    assert waits == [1.0]


def test_retry_after_beyond_the_limit_gives_up_at_once(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/jobs", Reply(429, b"", {"Retry-After": "3600"}))
    with Fetcher(fast_policy) as fetcher, pytest.raises(FetchError) as err:
        fetcher.fetch(Request(http_server.url("/jobs")))
    assert err.value.retry_after == 3600 and len(http_server.hits_to("/jobs")) == 1


def test_500_forever_fails_after_the_retries(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    waits: list[float] = []
    http_server.reply("/jobs", Reply(500, b"boom"))
    with (
        Fetcher(fast_policy, sleep=waits.append) as fetcher,
        pytest.raises(FetchError, match="HTTP 500 after 3 attempts"),
    ):
        fetcher.fetch(Request(http_server.url("/jobs")))
    assert len(http_server.hits_to("/jobs")) == fast_policy.retries + 1
    # exponential backoff with jitter: each wait within [ceiling/2, ceiling], the ceiling doubling
    assert 0.005 <= waits[0] <= 0.01 and 0.01 <= waits[1] <= 0.02


def test_4xx_is_not_retried(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/jobs", Reply(404, b"gone"))
    with Fetcher(fast_policy) as fetcher, pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(Request(http_server.url("/jobs")))
    assert len(http_server.hits_to("/jobs")) == 1


def test_slow_response_times_out(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/slow", Reply(200, b"{}", delay=0.8))
    policy = dataclasses.replace(fast_policy, timeout=0.2, retries=1)
    with Fetcher(policy) as fetcher, pytest.raises(FetchError, match="timed out after 2 attempts"):
        fetcher.fetch(Request(http_server.url("/slow")))


def test_connection_refused_is_a_fetch_error(fast_policy: FetchPolicy) -> None:
    policy = dataclasses.replace(fast_policy, robots=False, retries=1)
    with Fetcher(policy) as fetcher, pytest.raises(FetchError, match="connection failed"):
        fetcher.fetch(Request("http://127.0.0.1:9/jobs"))


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "no-length"])
def test_oversized_body_is_refused(http_server: LocalServer, fast_policy: FetchPolicy, chunked: bool) -> None:
    http_server.reply("/big", Reply(200, b"x" * (fast_policy.max_bytes + 10), chunked=chunked))
    with Fetcher(fast_policy) as fetcher, pytest.raises(ResponseTooLarge):
        fetcher.fetch(Request(http_server.url("/big")))
    assert len(http_server.hits_to("/big")) == 1  # not retried


def test_robots_disallow_is_honored(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.robots("User-agent: *\nDisallow: /v1/\n")
    http_server.reply("/v1/companies/Visa/postings", Reply(200, b"{}"))
    with Fetcher(fast_policy) as fetcher:
        with pytest.raises(RobotsDisallowed, match="disallows"):
            fetcher.fetch(Request(http_server.url("/v1/companies/Visa/postings")))
        http_server.reply("/allowed", Reply(200, b"{}"))
        assert fetcher.fetch(Request(http_server.url("/allowed"))) is not None
    assert http_server.hits_to("/v1/companies/Visa/postings") == []
    assert len(http_server.hits_to("/robots.txt")) == 1  # cached per host


def test_robots_for_another_agent_does_not_apply(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.robots("User-agent: BadBot\nDisallow: /\n")
    http_server.reply("/jobs", Reply(200, b"{}"))
    with Fetcher(fast_policy) as fetcher:
        assert fetcher.fetch(Request(http_server.url("/jobs"))) is not None


def test_conditional_get_returns_none_on_304(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/jobs", Reply(200, b'{"jobs": []}', etag='"v1"'))
    with Fetcher(fast_policy) as fetcher:
        first = fetcher.fetch(Request(http_server.url("/jobs")))
        assert first is not None and first.headers["etag"] == '"v1"'
        assert fetcher.fetch(Request(http_server.url("/jobs")), etag='"v1"') is None
    assert http_server.hits_to("/jobs")[1].headers["if-none-match"] == '"v1"'


def test_user_agent_and_request_headers_are_sent(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/search", Reply(200, b"{}"))
    with Fetcher(fast_policy) as fetcher:
        fetcher.fetch(
            Request(
                http_server.url("/search"), method="POST", headers={"Accept": "application/json"}, json_body={"page": 0}
            )
        )
    hit = http_server.hits_to("/search")[0]
    assert hit.headers["user-agent"] == "talentintel-test/1.0"
    assert hit.headers["accept"] == "application/json" and hit.method == "POST" and hit.body == b'{"page":0}'


def test_retry_after_parses_seconds_and_dates() -> None:
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None
