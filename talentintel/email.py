"""Sending email over SMTP_URL: smtp://[user:pass@]host[:port][?starttls=1] or smtps://... (implicit TLS).

Only this module speaks SMTP; the digest builds an EmailMessage and hands it here.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import parse_qs, unquote, urlsplit

from talentintel.errors import ConfigError
from talentintel.settings import get_settings

SMTP_TIMEOUT = 30.0
# Fold headers only past SMTP's 998-octet limit: folding a long List-Unsubscribe URL makes Python encode it as an
# RFC 2047 word, which mail clients do not read as a URL (no one-click button).
MAIL_POLICY = policy.SMTP.clone(max_line_length=998)
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    implicit_tls: bool
    starttls: bool
    username: str | None
    password: str | None


def parse_smtp_url(url: str) -> SmtpConfig:
    """Parse SMTP_URL, raising ConfigError naming it when it is malformed."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise ConfigError("SMTP_URL", f"scheme must be smtp:// or smtps:// (got {url.split(':', 1)[0]!r})")
    try:
        port = parts.port
    except ValueError as exc:
        raise ConfigError("SMTP_URL", f"bad port in {parts.netloc!r}") from exc
    if not parts.hostname:
        raise ConfigError("SMTP_URL", "missing host")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    implicit = parts.scheme == "smtps"
    return SmtpConfig(
        host=parts.hostname,
        port=port or (465 if implicit else 25),
        implicit_tls=implicit,
        starttls=not implicit and query.get("starttls", "").lower() in _TRUE,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


@dataclass(frozen=True)
class InlineImage:
    """An image the HTML part shows through `<img src="cid:{content_id}">`."""

    content_id: str  # without angle brackets
    data: bytes
    subtype: str = "png"
    filename: str | None = None  # clients that list inline parts as attachments show this name


def _domain() -> str:
    return get_settings().mail_from.rsplit("@", 1)[-1].strip(" >") or "talentintel.local"


def new_message_id() -> str:
    return make_msgid(domain=_domain())


def new_content_id(label: str) -> str:
    """A globally unique Content-ID (RFC 2392), without the angle brackets `cid:` URLs leave out."""
    return make_msgid(label, domain=_domain())[1:-1]


def build_message(
    *,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    unsubscribe_url: str | None = None,
    sender: str | None = None,
    images: Sequence[InlineImage] = (),
) -> EmailMessage:
    """A multipart/alternative message (plain text first, HTML preferred by clients that can show it).

    With `images`, the HTML alternative becomes multipart/related: the HTML, then each image with its Content-ID
    (RFC 2387), the layout mail clients expect for pictures shown in the body rather than as attachments.
    """
    msg = EmailMessage(policy=MAIL_POLICY)
    msg["From"] = sender or get_settings().mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: keeps out-of-office replies away
    if unsubscribe_url:
        # RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to the URL.
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    if images:
        html_part = msg.get_body(("html",))
        assert html_part is not None  # just added
        for image in images:
            html_part.add_related(
                image.data,
                maintype="image",
                subtype=image.subtype,
                cid=f"<{image.content_id}>",
                disposition="inline",
                filename=image.filename,
            )
        html_part.set_param("type", "text/html")  # RFC 2387: the root part's type
    return msg


def send(msg: EmailMessage, smtp_url: str | None = None) -> None:
    """Deliver `msg`; raises OSError / smtplib.SMTPException when the server is unreachable or refuses it."""
    cfg = parse_smtp_url(smtp_url or get_settings().smtp_url)
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if cfg.implicit_tls:
        client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=SMTP_TIMEOUT, context=context)
    else:
        client = smtplib.SMTP(cfg.host, cfg.port, timeout=SMTP_TIMEOUT)
    with client:
        if cfg.starttls:
            client.starttls(context=context)
        if cfg.username:
            client.login(cfg.username, cfg.password or "")
        client.send_message(msg)
