"""Which network addresses the service may send requests to (SSRF guard), in one place.

Scrapers (and anything else that fetches a user-supplied URL, such as webhook deliveries) call `check_url(url)`
before each request, after DNS resolution, and again for each redirect target: a public name that resolves to
127.0.0.1, a redirect to http://169.254.169.254/ (cloud metadata) or to a host on the private network is refused.
`ALLOW_PRIVATE_TARGETS=true` lifts the check (labs, tests against a local HTTP server).

The check resolves the name itself; the HTTP client resolves it again when it connects, so a DNS answer that changes
in between (rebinding) is not caught here. Pinning the connection to the checked address would close that gap; the
scrapers' targets are configured by admins, so the check is aimed at redirects and mistakes, not at hostile DNS.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from talentintel.errors import UserError
from talentintel.settings import get_settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

# Not covered by the stdlib's is_private/is_loopback/...: carrier-grade NAT and the NAT64 prefix that embeds IPv4.
_EXTRA_BLOCKED = (ipaddress.ip_network("100.64.0.0/10"), ipaddress.ip_network("64:ff9b::/96"))


class PrivateTarget(UserError):
    """A request to a loopback, private, link-local, metadata or otherwise non-public address."""

    def __init__(self, url: str, host: str, address: str) -> None:
        self.url, self.host, self.address = url, host, address
        where = host if host == address else f"{host} ({address})"
        super().__init__(
            f"refused request to non-public address {where}: {url} (set ALLOW_PRIVATE_TARGETS=true to allow)"
        )


def is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for loopback, private, link-local (169.254.0.0/16,
    where cloud metadata lives), multicast, reserved, unspecified, CGNAT, and IPv6 forms that embed such IPv4."""
    ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # Every IPv4 an IPv6 form carries (mapped, 6to4, Teredo's client) must be public too: 2002:7f00:1:: reaches
        # 127.0.0.1 through a 6to4 relay.
        embedded = (ip.ipv4_mapped, ip.sixtofour, ip.teredo[1] if ip.teredo else None)
        if any(v4 is not None and not is_public(str(v4)) for v4 in embedded):
            return False
    if any(ip in net for net in _EXTRA_BLOCKED):
        return False
    return bool(ip.is_global) and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def private_targets_allowed() -> bool:
    return bool(get_settings().allow_private_targets)


def check_url(url: str, *, resolve: Resolver = _resolve, allow_private: bool | None = None) -> None:
    """Raise PrivateTarget when `url`'s host is or resolves to a non-public address (every address of the name
    must be public). A name that does not resolve passes: the request itself then fails with a connection error."""
    if private_targets_allowed() if allow_private is None else allow_private:
        return
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise PrivateTarget(url, "(no host)", "(none)")
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except (OSError, UnicodeError):
            return
    for address in addresses:
        if not is_public(address):
            raise PrivateTarget(url, host, address)
