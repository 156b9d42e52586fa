"""One request against the local receiver: the 64 KB read cap, the timeout, no redirects."""

from __future__ import annotations

import threading

import pytest
from standardwebhooks.webhooks import Webhook

from talentintel.services import webhooks_http, webhooks_signing
from talentintel.settings import get_settings
from talentintel.types import utcnow
from tests.webhooks.conftest import Receiver

SECRET = webhooks_signing.new_secret()


def _message() -> webhooks_http.Message:
    return webhooks_http.Message("evt_test", utcnow(), b'{"type":"webhook.test","data":{}}')


def test_large_answer_is_read_only_to_64_kb(receiver: Receiver, allow_private: None) -> None:
    receiver.response_body = b"x" * (1024 * 1024)
    attempt = webhooks_http.post(receiver.url, _message(), [SECRET])
    assert attempt.ok and attempt.body == "x" * webhooks_http.KEPT_RESPONSE_CHARS
    assert Webhook(SECRET).verify(receiver.requests[0].body, receiver.requests[0].headers)


def test_slow_receiver_times_out(receiver: Receiver, allow_private: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_TIMEOUT", "0.5")
    get_settings.cache_clear()
    receiver.hold = threading.Event()
    attempt = webhooks_http.post(receiver.url, _message(), [SECRET])
    receiver.hold.set()
    assert not attempt.ok and attempt.status is None and "Timeout" in (attempt.error or "")


def test_redirects_are_not_followed(receiver: Receiver, allow_private: None) -> None:
    receiver.statuses = [307]
    attempt = webhooks_http.post(receiver.url, _message(), [SECRET])
    assert attempt.status == 307 and not attempt.ok and len(receiver.requests) == 1
