"""Bodies over MAX_BODY_BYTES get 413 before they are read; no body is read before the API key is checked."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import orjson
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from api.app import create_app

LIMIT = 1_000_000  # the default of MAX_BODY_BYTES


class Sender:
    """An ASGI client that records how much of the body the app pulled."""

    def __init__(self, body: bytes, chunk: int = 65536, declared: bool = True) -> None:
        self.chunks = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
        self.declared, self.size, self.pulled = declared, len(body), 0
        self.status: int | None = None
        self.body = b""

    async def receive(self) -> dict[str, Any]:
        if self.pulled >= len(self.chunks):
            await asyncio.sleep(3600)  # the client has nothing more: like a slow sender
        self.pulled += 1
        return {
            "type": "http.request",
            "body": self.chunks[self.pulled - 1],
            "more_body": self.pulled < len(self.chunks),
        }

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")

    def run(self, path: str, headers: list[tuple[bytes, bytes]], declared_size: int | None = None) -> None:
        hdrs = [(b"content-type", b"application/json"), *headers]
        if self.declared:
            hdrs.append((b"content-length", str(self.size if declared_size is None else declared_size).encode()))
        else:
            hdrs.append((b"transfer-encoding", b"chunked"))
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
                 "path": path, "raw_path": path.encode(), "query_string": b"", "headers": hdrs,
                 "client": ("127.0.0.1", 1), "server": ("testserver", 80)}  # fmt: skip
        asyncio.run(create_app(redis_url=None, auth_cache_seconds=0, page_cache_mb=0)(scope, self.receive, self.send))


def _bearer(key: str) -> list[tuple[bytes, bytes]]:
    return [(b"authorization", f"Bearer {key}".encode())]


def test_declared_oversize_body_is_413_unread(engine: Engine, read_key: str) -> None:
    client = Sender(b"x" * 10, declared=True)
    client.run("/v1/saved-searches", _bearer(read_key), declared_size=1_000_000_000)  # a 1 GB claim
    assert client.status == 413 and client.pulled == 0
    assert orjson.loads(client.body)["status"] == 413


def test_chunked_oversize_body_is_cut_at_the_limit(engine: Engine, read_key: str) -> None:
    client = Sender(b"x" * (3 * LIMIT), declared=False)
    client.run("/v1/saved-searches", _bearer(read_key))
    assert client.status == 413
    assert client.pulled * 65536 <= LIMIT + 2 * 65536  # stopped reading at the limit, not at 3 MB


def test_no_body_is_read_without_a_valid_key(engine: Engine) -> None:
    for headers in ([], _bearer("ti_not-a-real-key")):
        client = Sender(orjson.dumps({"name": "x", "filters": {}}))
        client.run("/v1/saved-searches", headers)
        assert client.status == 401 and client.pulled == 0


def test_bodies_under_the_limit_still_work(app_factory: Callable[..., TestClient], auth: dict[str, str]) -> None:
    with app_factory() as client:
        resp = client.post("/v1/saved-searches", headers=auth, json={"name": "zk", "filters": {"q": "zk"}})
        assert resp.status_code == 201, resp.text
        assert client.post("/v1/saved-searches", headers=auth, content=b"x" * (LIMIT + 1)).status_code == 413
        # The public one-click unsubscribe (a form post from mail clients) is not behind a key.
        form = client.post("/v1/unsubscribe?token=1.x", data={"List-Unsubscribe": "One-Click"})
        assert form.status_code == 400
