"""The address check and the signature, without I/O."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

import pytest

from talentintel.services import webhooks_net, webhooks_signing

REFUSED = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1",
           "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "224.0.0.1", "240.0.0.1",
           "2002:7f00:1::", "2002:a9fe:a9fe::1", "2001:0:4136:e378:8000:63bf:f5ff:fffe"]  # fmt: skip
ALLOWED = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"]


@pytest.mark.parametrize("address", REFUSED)
def test_private_addresses_are_refused(address: str) -> None:
    assert not webhooks_net.is_public(ipaddress.ip_address(address))
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(webhooks_net.TargetRefused, match="WEBHOOK_ALLOW_PRIVATE"):
        webhooks_net.resolve_target(f"http://{host}/hook", allow_private=False)


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_pass(address: str) -> None:
    host = f"[{address}]" if ":" in address else address
    assert webhooks_net.resolve_target(f"https://{host}/hook", allow_private=False).address == address


def test_localhost_is_refused_after_dns_unless_allowed() -> None:
    with pytest.raises(webhooks_net.TargetRefused, match="localhost resolves to"):
        webhooks_net.resolve_target("http://localhost:8080/", allow_private=False)
    assert webhooks_net.resolve_target("http://localhost:8080/", allow_private=True).port == 8080


def test_signature_matches_the_standard_webhooks_vector() -> None:
    # Test vector of the reference library: standard-webhooks/standard-webhooks,
    # libraries/python/tests/test_webhooks.py (test_sign_function).
    headers = webhooks_signing.headers(
        "msg_p5jXN8AQM9LWM0D4loKWxJek", datetime.fromtimestamp(1614265330, tz=UTC), b'{"test": 2432232314}',
        ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )  # fmt: skip
    assert headers == {
        "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "webhook-timestamp": "1614265330",
        "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    }


def test_new_secrets_are_24_random_bytes() -> None:
    import base64

    a, b = webhooks_signing.new_secret(), webhooks_signing.new_secret()
    assert a != b and len(base64.b64decode(a.removeprefix("whsec_"))) == 24


def test_secrets_are_sealed_at_rest_under_secret_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from talentintel.settings import get_settings

    secret = webhooks_signing.new_secret()
    stored = webhooks_signing.seal(secret)
    assert stored.startswith(webhooks_signing.SEALED) and secret.removeprefix("whsec_") not in stored
    assert webhooks_signing.reveal(stored) == secret
    assert webhooks_signing.reveal(secret) == secret  # a plain whsec_ value reads as itself
    monkeypatch.setenv("SECRET_KEY", "another-key")
    get_settings.cache_clear()
    try:
        with pytest.raises(webhooks_signing.SecretUnreadable, match="rotate"):
            webhooks_signing.reveal(stored)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
