"""SSRF guard: the fetch layer refuses non-public targets after DNS, on every redirect hop and for robots.txt;
ALLOW_PRIVATE_TARGETS lifts it; a refused source's run is recorded failed, naming the address."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from scrapers.base import Request
from scrapers.fetch import BlockedTarget, Fetcher, FetchPolicy, forget_robots
from scrapers.runner import run_source
from talentintel import netguard
from talentintel.models import ScrapeRun
from talentintel.services.sources import SourceEntry
from tests.scrapers.conftest import LocalServer, Reply

PUBLIC = "93.184.215.14"  # a globally routable address (example.com's range); nothing is sent to it here


def _resolver(table: dict[str, str]) -> netguard.Resolver:
    return lambda host, _port: [table[host]]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "2002:7f00:1::1",
        "224.0.0.1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not netguard.is_public(address)
    with pytest.raises(netguard.PrivateTarget, match=address.split("%")[0].replace(".", r"\.")):
        netguard.check_url(
            "http://board.example/jobs", resolve=_resolver({"board.example": address}), allow_private=False
        )


def test_public_address_passes_and_the_setting_lifts_the_check() -> None:
    assert netguard.is_public(PUBLIC) and netguard.is_public("2606:4700::1111")
    netguard.check_url("https://board.example/", resolve=_resolver({"board.example": PUBLIC}), allow_private=False)
    netguard.check_url("http://127.0.0.1/", allow_private=True)


def test_local_server_refused_without_the_setting(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    http_server.reply("/jobs", Reply(200, b"{}"))
    strict = dataclasses.replace(fast_policy, allow_private=False)
    with Fetcher(strict) as fetcher, pytest.raises(BlockedTarget, match=r"127\.0\.0\.1"):
        fetcher.fetch(Request(http_server.url("/jobs")))
    assert http_server.hits == []  # not even robots.txt was asked for


def _mock_fetcher(policy: FetchPolicy, routes: dict[str, httpx.Response], seen: list[str]) -> Fetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return routes.get(str(request.url), httpx.Response(404))

    forget_robots()  # robots.txt rules are cached per host, process-wide
    client = httpx.Client(transport=httpx.MockTransport(handler))
    resolve = _resolver({"board.example": PUBLIC, "evil.example": "10.0.0.5"})
    return Fetcher(dataclasses.replace(policy, allow_private=False), client=client, resolve=resolve)


def test_redirect_to_metadata_is_refused_before_it_is_sent(fast_policy: FetchPolicy) -> None:
    seen: list[str] = []
    routes = {
        "https://board.example/robots.txt": httpx.Response(404),
        "https://board.example/jobs": httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"}),
    }
    with _mock_fetcher(fast_policy, routes, seen) as fetcher, pytest.raises(BlockedTarget, match=r"169\.254\.169\.254"):
        fetcher.fetch(Request("https://board.example/jobs"))
    assert seen == ["https://board.example/robots.txt", "https://board.example/jobs"]


def test_robots_redirect_to_a_private_name_is_refused(fast_policy: FetchPolicy) -> None:
    seen: list[str] = []
    routes = {"https://board.example/robots.txt": httpx.Response(301, headers={"Location": "https://evil.example/r"})}
    with _mock_fetcher(fast_policy, routes, seen) as fetcher, pytest.raises(BlockedTarget, match=r"10\.0\.0\.5"):
        fetcher.fetch(Request("https://board.example/jobs"))
    assert seen == ["https://board.example/robots.txt"]


def test_public_redirect_is_followed(fast_policy: FetchPolicy) -> None:
    seen: list[str] = []
    routes = {
        "https://board.example/robots.txt": httpx.Response(404),
        "https://board.example/old": httpx.Response(301, headers={"Location": "/new"}),
        "https://board.example/new": httpx.Response(200, content=b"{}"),
    }
    with _mock_fetcher(fast_policy, routes, seen) as fetcher:
        resp = fetcher.fetch(Request("https://board.example/old"))
    assert resp is not None and resp.url == "https://board.example/new" and resp.body == b"{}"


def test_refused_source_run_is_recorded_failed_naming_the_address(
    engine: Engine, http_server: LocalServer, fast_policy: FetchPolicy
) -> None:
    http_server.reply("/boards/acme", Reply(200, b'{"jobs": []}'))
    entry = SourceEntry(name="acme", kind="greenhouse", url=http_server.url("/boards/acme"))
    with Fetcher(dataclasses.replace(fast_policy, allow_private=False)) as fetcher:
        result = run_source("acme", engine=engine, fetcher=fetcher, entry=entry)
    assert result.status == "failed" and "127.0.0.1" in (result.error or "")
    with Session(engine) as s:
        run = s.exec(select(ScrapeRun)).one()
    assert run.status == "failed" and "127.0.0.1" in (run.error or "")
    assert http_server.hits == []
