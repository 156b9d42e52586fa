"""A real local HTTP receiver of webhooks, and the settings that let deliveries reach it (127.0.0.1 is private)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from talentintel.settings import get_settings


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    url: str
    requests: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # answers in order; then 200
    arrived: threading.Event = field(default_factory=threading.Event)
    hold: threading.Event | None = None  # when set up, requests wait for it before answering
    response_body: bytes = b"ok"


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            receiver.requests.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            receiver.arrived.set()
            if receiver.hold is not None:
                receiver.hold.wait(30)
            status = receiver.statuses.pop(0) if receiver.statuses else 200
            self.send_response(status)
            self.send_header("content-length", str(len(receiver.response_body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the sender is gone (a killed worker)
                self.wfile.write(receiver.response_body)

        def log_message(self, *_: Any) -> None:
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/talentintel"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield rec
    if rec.hold is not None:
        rec.hold.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def allow_private(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The receiver runs on 127.0.0.1; short backoff so retries come due within a test."""
    monkeypatch.setenv("WEBHOOK_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("WEBHOOK_BACKOFF_SECONDS", "0.05")
    monkeypatch.setenv("WEBHOOK_BACKOFF_MAX_SECONDS", "0.1")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


from tests.scrapers.conftest import http_server  # noqa: E402, F401  (the local board server, for the acceptance test)
