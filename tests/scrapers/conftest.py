"""A real local HTTP server for scraper tests, reusable by any kind (jobs or funding).

    def test_x(http_server):
        http_server.file("/v1/boards/acme/jobs", FIXTURES / "greenhouse/acme.json", etag='"v1"')
        http_server.script("/flaky", [(429, b"", {"Retry-After": "0"}), (200, b"{}", {})])
        http_server.robots("User-agent: *\\nDisallow: /")
        url = http_server.url("/v1/boards/acme/jobs")

Routes match on the path (query ignored). Every request is recorded in `http_server.hits`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from scrapers.fetch import FetchPolicy, forget_robots

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scrapers"


@dataclass
class Hit:
    method: str
    path: str  # with query
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)
    etag: str | None = None  # answer 304 when If-None-Match matches
    chunked: bool = False  # no Content-Length (the size cap must still hold)


Handler = Callable[[Hit], Reply]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: list[Hit] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # -- routes -----------------------------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def reply(self, path: str, reply: Reply) -> None:
        self.routes[path] = lambda hit: reply

    def file(self, path: str, file: Path, content_type: str | None = None, etag: str | None = None) -> None:
        kind = content_type or ("application/json" if file.suffix == ".json" else "text/html; charset=utf-8")
        self.reply(path, Reply(200, file.read_bytes(), {"Content-Type": kind}, etag=etag))

    def script(self, path: str, replies: list[Reply]) -> None:
        """Answer with each reply in turn; the last one repeats."""
        queue = list(replies)

        def handler(hit: Hit) -> Reply:
            return queue.pop(0) if len(queue) > 1 else queue[0]

        self.route(path, handler)

    def robots(self, text: str) -> None:
        self.reply("/robots.txt", Reply(200, text.encode(), {"Content-Type": "text/plain"}))

    def hits_to(self, path: str) -> list[Hit]:
        return [h for h in self.hits if urlsplit(h.path).path == path]

    # -- plumbing ---------------------------------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                hit = Hit(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length)
                )
                server.hits.append(hit)
                handler = server.routes.get(urlsplit(self.path).path)
                reply = handler(hit) if handler else Reply(404, b"not found", {"Content-Type": "text/plain"})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag and hit.headers.get("if-none-match") == reply.etag:
                    reply = Reply(304, b"", {"ETag": reply.etag})
                try:
                    self.send_response(reply.status)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    if reply.etag and reply.status == 200:
                        self.send_header("ETag", reply.etag)
                    if reply.chunked:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    else:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.status != 304:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size cap): that is the point of some tests

            do_GET = do_POST = _serve

        return _Handler

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer().start()
    yield server
    server.stop()
    forget_robots()


@pytest.fixture
def fast_policy() -> FetchPolicy:
    """Short timeouts and backoffs so failure tests take milliseconds, not minutes."""
    return FetchPolicy(
        user_agent="talentintel-test/1.0",
        timeout=0.5,
        max_bytes=300_000,
        retries=2,
        backoff_base=0.01,
        backoff_cap=0.05,
        max_retry_after=2.0,
        per_host=4,
        min_interval=0.0,
        allow_private=True,
    )


def serve_consider_session(server: LocalServer, path: str = "/jobs", token: str = "synthetic-csrf-token") -> str:
    """A SYNTHETIC Consider session page (the board's /jobs): a csrfToken in window.serverInitialData and a session
    cookie, the handshake public clients describe (no page was recorded). Returns the token."""
    page = f'<html><script>window.serverInitialData = {{"csrfToken":"{token}","board":{{}}}};</script></html>'
    headers = {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": "consider_session=synthetic; Path=/"}
    server.reply(path, Reply(200, page.encode(), headers))
    return token
