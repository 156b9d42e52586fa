"""One webhook request: signed body POSTed to the checked address, no redirects, 10 s, at most 64 KB read back."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import httpx

from talentintel.services import webhooks_net, webhooks_signing
from talentintel.settings import get_settings

MAX_RESPONSE_BYTES = 64 * 1024  # read at most this much of a receiver's answer
KEPT_RESPONSE_CHARS = 1024  # and keep this much of it on the delivery, for the deliveries listing
USER_AGENT = "talentintel-webhooks/1.0"


@dataclass(frozen=True)
class Message:
    msg_id: str  # the event's stable id: the same on every attempt
    timestamp: datetime
    body: bytes


@dataclass(frozen=True)
class Attempt:
    status: int | None  # HTTP status; None when no response came
    body: str | None
    latency_ms: int
    error: str | None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def _pinned_url(url: str, target: webhooks_net.Target) -> str:
    """The URL with its host replaced by the checked address (the Host header and TLS name keep the name)."""
    parts = urlsplit(url)
    host = f"[{target.address}]" if ":" in target.address else target.address
    return urlunsplit((parts.scheme, f"{host}:{target.port}", parts.path or "/", parts.query, ""))


class Overtime(httpx.TimeoutException):
    """The whole request took longer than WEBHOOK_TIMEOUT (httpx's timeouts are per read, not per request)."""


def _read_capped(response: httpx.Response, deadline: float) -> bytes:
    out = bytearray()
    for chunk in response.iter_raw():
        out += chunk[: MAX_RESPONSE_BYTES - len(out)]
        if len(out) >= MAX_RESPONSE_BYTES:
            break  # the rest is never read: a receiver cannot make a worker download a large answer
        if time.monotonic() > deadline:  # a receiver dripping bytes cannot hold a worker past the timeout
            raise Overtime("the response took longer than WEBHOOK_TIMEOUT")
    return bytes(out)


def post(url: str, message: Message, secrets: list[str], *, client: httpx.Client | None = None) -> Attempt:
    """Deliver `message` to `url` once; every failure is an Attempt with an error, never an exception."""
    settings = get_settings()
    started = time.monotonic()
    try:
        target = webhooks_net.resolve_target(url, allow_private=settings.webhook_allow_private)
    except webhooks_net.TargetRefused as exc:
        return Attempt(None, None, 0, f"refused: {exc}")
    headers = {
        **webhooks_signing.headers(message.msg_id, message.timestamp, message.body, secrets),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "host": target.host if target.port in (80, 443) else f"{target.host}:{target.port}",
    }
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    own = client is None
    http = client or httpx.Client(timeout=settings.webhook_timeout, follow_redirects=False)
    try:
        request = http.build_request("POST", _pinned_url(url, target), content=message.body, headers=headers,
                                     extensions=extensions)  # fmt: skip
        response = http.send(request, stream=True, follow_redirects=False)
        try:
            raw = _read_capped(response, started + settings.webhook_timeout)
        finally:
            response.close()
    except httpx.HTTPError as exc:
        return Attempt(None, None, int((time.monotonic() - started) * 1000), f"{type(exc).__name__}: {exc}"[:500])
    finally:
        if own:
            http.close()
    text = raw[:KEPT_RESPONSE_CHARS].decode("utf-8", "replace")
    latency = int((time.monotonic() - started) * 1000)
    error = None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
    return Attempt(response.status_code, text, latency, error)
