"""Where a webhook may go: http(s) URLs whose every address is public, checked after DNS.

`resolve_target` is the one check: it resolves the host and, judging each address by the scrapers' rule
(`talentintel.netguard.is_public`), refuses loopback, private, link-local (cloud metadata at 169.254.169.254 is
one), CGNAT, multicast and reserved addresses unless WEBHOOK_ALLOW_PRIVATE=true, and returns the address to connect to, so a DNS answer that changes
between the check and the request (rebinding) cannot redirect the request. Redirects are never followed.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from talentintel import netguard
from talentintel.errors import UserError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class TargetRefused(UserError):
    """The URL is not a deliverable webhook target; the message says why (names the `url` field)."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # as written (the Host header and the TLS server name)
    port: int
    address: str  # the checked IP the request connects to


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a syntactically usable webhook URL; TargetRefused otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused(f"url: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise TargetRefused("url: must be an http:// or https:// URL")
    if not parts.hostname:
        raise TargetRefused("url: has no host")
    if parts.username or parts.password:
        raise TargetRefused("url: must not carry credentials; authenticate with the webhook signature")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def is_public(address: IPAddress) -> bool:
    """The scrapers' address rule (talentintel.netguard), one rule for every outbound request."""
    return netguard.is_public(str(address))


def _addresses(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TargetRefused(f"url: host {host!r} does not resolve ({exc})") from None
    # getaddrinfo may append a scope (fe80::1%eth0) to link-local IPv6 answers.
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def resolve_target(url: str, *, allow_private: bool) -> Target:
    """Resolve `url`'s host and return the address to use; TargetRefused when any answer is not public."""
    scheme, host, port = check_url(url)
    addresses = _addresses(host, port)
    if not addresses:
        raise TargetRefused(f"url: host {host!r} has no address")
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise TargetRefused(
                    f"url: {host} resolves to {address}, a loopback, private, link-local or reserved address; "
                    "set WEBHOOK_ALLOW_PRIVATE=true to allow it"
                )
    return Target(scheme, host, port, str(addresses[0]))
