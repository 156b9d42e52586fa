"""Discovery walks real hostnames (acme.example, jobs.lever.co, api.lever.co): a transport sends every request to
the local HTTP server instead, keeping the path, so the walk, its redirects and its API calls are real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from scrapers.fetch import Fetcher, FetchPolicy
from tests.scrapers.conftest import LocalServer, fast_policy, http_server  # noqa: F401  (fixtures)


class ToLocal(httpx.HTTPTransport):
    def __init__(self, server: LocalServer) -> None:
        super().__init__()
        self.server = server
        self.hosts: list[str] = []  # the host each request was meant for, in order

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.hosts.append(request.url.host)
        local = httpx.URL(self.server.url(request.url.raw_path.decode()))
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        # A new request: the client keeps the original one, so redirects and response.url name the real host.
        return super().handle_request(httpx.Request(request.method, local, headers=headers, content=request.read()))


@pytest.fixture
def site_fetcher(
    http_server: LocalServer,  # noqa: F811
    fast_policy: FetchPolicy,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Fetcher]:
    monkeypatch.setenv("ALLOW_PRIVATE_TARGETS", "true")  # every host is this machine's test server
    transport = ToLocal(http_server)
    client = httpx.Client(
        transport=transport, follow_redirects=True, max_redirects=5, headers={"User-Agent": fast_policy.user_agent}
    )
    fetcher = Fetcher(fast_policy, client=client)
    fetcher.transport = transport  # type: ignore[attr-defined]
    yield fetcher
    client.close()
