"""SMTP_URL parsing and sending over plain SMTP with AUTH, STARTTLS and implicit TLS, to a real aiosmtpd server."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from talentintel import email
from talentintel.errors import ConfigError
from tests.digest.conftest import Inbox, free_port

# aiosmtpd warns about AUTH without TLS; the plain-text case is loopback-only here on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def test_parse_smtp_url() -> None:
    cfg = email.parse_smtp_url("smtp://digest%40corp:p%40ss@mail.example.org:587?starttls=1")
    assert (cfg.host, cfg.port, cfg.starttls, cfg.implicit_tls) == ("mail.example.org", 587, True, False)
    assert (cfg.username, cfg.password) == ("digest@corp", "p@ss")
    assert email.parse_smtp_url("smtps://mail.example.org").port == 465
    assert email.parse_smtp_url("smtp://mail.example.org").port == 25
    for bad in ("http://mail.example.org", "smtp://", "smtp://host:notaport"):
        with pytest.raises(ConfigError, match="SMTP_URL"):
            email.parse_smtp_url(bad)


def _message(to: str = "reader@example.org") -> Any:
    return email.build_message(
        to=to,
        subject="Digest ✓",
        text="plain body",
        html="<p>html body</p>",
        message_id=email.new_message_id(),
        unsubscribe_url="https://x.test/u?token=1.a",
    )


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("tls")
    key, crt = d / "key.pem", d / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(crt)],
                   check=True, capture_output=True)  # fmt: skip
    return crt, key


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"digest", b"s3cr:t")
    return AuthResult(success=ok)


@pytest.fixture
def server(request: pytest.FixtureRequest, cert: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    mode = request.param
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(*cert)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))  # the client trusts our self-signed certificate
    inbox, port = Inbox(), free_port()
    kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": port, "authenticator": _authenticator}
    if mode == "starttls":
        kwargs.update(tls_context=ctx, require_starttls=True, auth_required=True)
    elif mode == "smtps":
        kwargs.update(ssl_context=ctx, auth_required=True, auth_require_tls=False)  # TLS from the first byte
    else:
        kwargs.update(auth_require_tls=False, auth_required=True)  # plain-text AUTH: loopback test only
    controller = Controller(inbox, **kwargs)
    controller.start()
    yield inbox, port, mode
    controller.stop()


@pytest.mark.parametrize("server", ["plain", "starttls", "smtps"], indirect=True)
def test_send_with_auth_over_each_transport(server: Any) -> None:
    inbox, port, mode = server
    scheme, query = ("smtps", "") if mode == "smtps" else ("smtp", "?starttls=1" if mode == "starttls" else "")
    email.send(_message(), f"{scheme}://digest:s3cr%3At@127.0.0.1:{port}{query}")
    [msg] = inbox.messages
    assert msg["Subject"] == "Digest ✓" and msg["List-Unsubscribe"] == "<https://x.test/u?token=1.a>"
    assert msg.get_body(("plain",)).get_content().strip() == "plain body"


def test_unreachable_server_raises_oserror() -> None:
    with pytest.raises(OSError):
        email.send(_message(), f"smtp://127.0.0.1:{free_port()}")
