"""The one fetch layer every kind goes through: politeness and resilience live here, not in the kinds.

- httpx with connect/read timeouts and an overall deadline per request;
- retries with exponential backoff and jitter on connection errors, timeouts, 429 and 5xx, honoring Retry-After;
- per-host concurrency (a semaphore) and a minimum interval between requests to one host, shared process-wide;
- robots.txt honored (cached per host); an unreachable robots.txt fails the request rather than guessing;
- conditional GET (If-None-Match / If-Modified-Since), a configurable User-Agent and a cap on the body size;
- no request to a non-public address (talentintel.netguard), checked after DNS for the URL, each redirect hop (the
  layer follows redirects itself for that) and robots.txt, unless ALLOW_PRIVATE_TARGETS is set.
"""

from __future__ import annotations

import random
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from scrapers.base import Request, Response
from talentintel import netguard
from talentintel.logs import get_logger
from talentintel.settings import get_settings

log = get_logger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = "talentintel/0.1"
    timeout: float = 20.0
    max_bytes: int = 20_000_000
    retries: int = 3
    backoff_base: float = 1.0  # first retry waits about this long, doubling each time
    backoff_cap: float = 60.0
    max_retry_after: float = 300.0  # a longer Retry-After gives up now; the source backs off instead
    per_host: int = 2
    min_interval: float = 0.25  # seconds between two requests to one host
    robots: bool = True
    robots_ttl: float = 24 * 3600
    allow_private: bool = False  # ALLOW_PRIVATE_TARGETS: labs and tests that scrape a local server

    @classmethod
    def from_settings(cls) -> FetchPolicy:
        s = get_settings()
        return cls(
            user_agent=s.user_agent,
            timeout=s.http_timeout,
            max_bytes=s.http_max_bytes,
            retries=s.http_retries,
            per_host=s.http_per_host,
            allow_private=s.allow_private_targets,
        )


class FetchError(Exception):
    """A request that did not yield a usable response (after any retries)."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        super().__init__(f"{reason}: {url}")


class RobotsDisallowed(FetchError):
    """robots.txt of the host disallows our User-Agent on this path."""


class ResponseTooLarge(FetchError):
    pass


class BlockedTarget(FetchError):
    """The URL, a redirect or robots.txt points at a loopback/private/link-local/metadata address (SSRF guard)."""


class _HostGate:
    """Concurrency and pacing for one host, shared by every Fetcher in the process."""

    def __init__(self, slots: int) -> None:
        self.slots = threading.BoundedSemaphore(max(1, slots))
        self.lock = threading.Lock()
        self.next_at = 0.0

    def wait_turn(self, min_interval: float, sleep: Callable[[float], None]) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_at)
            self.next_at = start + min_interval
        if start > now:
            sleep(start - now)


_gates: dict[str, _HostGate] = {}
_gates_lock = threading.Lock()
_robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None]] = {}
_robots_lock = threading.Lock()


def _gate(host: str, slots: int) -> _HostGate:
    with _gates_lock:
        gate = _gates.get(host)
        if gate is None:
            gate = _gates[host] = _HostGate(slots)
        return gate


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class Fetcher:
    policy: FetchPolicy = field(default_factory=FetchPolicy.from_settings)
    sleep: Callable[[float], None] = time.sleep
    client: httpx.Client | None = None
    requests_made: int = 0
    resolve: netguard.Resolver | None = None  # DNS for the address check (tests inject one)

    def __post_init__(self) -> None:
        self._public: set[str] = set()  # origins whose addresses passed the SSRF check
        self._own_client = self.client is None
        if self.client is None:
            # Redirects are followed by _send, so that every hop passes the address check.
            self.client = httpx.Client(
                timeout=httpx.Timeout(self.policy.timeout),
                follow_redirects=False,
                headers={"User-Agent": self.policy.user_agent},
            )

    def close(self) -> None:
        if self._own_client and self.client is not None:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ---------------------------------------------------------------------------------------------------

    def fetch(self, req: Request, *, etag: str | None = None, last_modified: str | None = None) -> Response | None:
        """The response, or None when the server answered 304 Not Modified to our conditional headers."""
        if self.policy.robots:
            self._check_robots(req.url)
        headers = {"Accept": "application/json, text/html;q=0.9, */*;q=0.8", **req.headers}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            try:
                resp = self._send(req, headers)
            except ResponseTooLarge:
                raise
            except httpx.TransportError as exc:
                reason = "timed out" if isinstance(exc, httpx.TimeoutException) else f"connection failed ({exc!r})"
                if attempt + 1 >= attempts:
                    raise FetchError(req.url, f"{reason} after {attempts} attempts") from exc
                self._backoff(attempt, None, req.url, reason)
                continue
            if resp.status == 304:
                return None
            if resp.status in RETRY_STATUSES or resp.status >= 500:
                wait = retry_after_seconds(resp.headers.get("retry-after"))
                reason = f"HTTP {resp.status}"
                if wait is not None and wait > self.policy.max_retry_after:
                    raise FetchError(
                        req.url, f"{reason}, Retry-After {wait:.0f}s", status=resp.status, retry_after=wait
                    )
                if attempt + 1 >= attempts:
                    raise FetchError(
                        req.url, f"{reason} after {attempts} attempts", status=resp.status, retry_after=wait
                    )
                self._backoff(attempt, wait, req.url, reason)
                continue
            if resp.status >= 400:
                raise FetchError(req.url, f"HTTP {resp.status}", status=resp.status)
            return resp
        raise AssertionError("unreachable")  # pragma: no cover

    # -- internals ------------------------------------------------------------------------------------------------

    def _backoff(self, attempt: int, retry_after: float | None, url: str, reason: str) -> None:
        if retry_after is not None:
            delay = retry_after
        else:
            ceiling = min(self.policy.backoff_cap, self.policy.backoff_base * 2**attempt)
            delay = ceiling / 2 + random.uniform(0, ceiling / 2)  # jitter keeps many workers from retrying in step
        log.info("fetch.retry", url=url, reason=reason, attempt=attempt + 1, delay=round(delay, 3))
        self.sleep(delay)

    def _guard(self, url: str) -> None:
        # One DNS check per host and run (a Fetcher serves one run): a board of 500 pages is not 500 lookups.
        origin = _host(url)
        if origin in self._public:
            return
        try:
            if self.resolve is None:
                netguard.check_url(url, allow_private=self.policy.allow_private)
            else:
                netguard.check_url(url, allow_private=self.policy.allow_private, resolve=self.resolve)
        except netguard.PrivateTarget as exc:
            raise BlockedTarget(url, str(exc).split(": http", 1)[0]) from exc
        self._public.add(origin)

    def _send(self, req: Request, headers: dict[str, str]) -> Response:
        """One request, following up to MAX_REDIRECTS redirects, each target checked before it is contacted."""
        method, url, body = req.method, req.url, req.json_body
        for _hop in range(MAX_REDIRECTS + 1):
            self._guard(url)
            resp = self._send_once(method, url, headers, body)
            location = resp.headers.get("location")
            if resp.status not in REDIRECTS or not location:
                return resp
            url = str(httpx.URL(url).join(location))
            if resp.status == 303 or (resp.status in (301, 302) and method == "POST"):
                method, body = "GET", None
        raise FetchError(req.url, f"more than {MAX_REDIRECTS} redirects")

    def _send_once(self, method: str, url: str, headers: dict[str, str], body: object) -> Response:
        assert self.client is not None
        gate = _gate(_host(url), self.policy.per_host)
        with gate.slots:
            gate.wait_turn(self.policy.min_interval, self.sleep)
            self.requests_made += 1
            deadline = time.monotonic() + self.policy.timeout * 3
            with self.client.stream(method, url, headers=headers, json=body, follow_redirects=False) as resp:
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise ResponseTooLarge(url, f"body of {declared} bytes exceeds the {self.policy.max_bytes} cap")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise ResponseTooLarge(url, f"body exceeds the {self.policy.max_bytes} byte cap")
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("response took too long", request=resp.request)
                    chunks.append(chunk)
                return Response(str(resp.url), resp.status_code, dict(resp.headers), b"".join(chunks))

    def _check_robots(self, url: str) -> None:
        host = _host(url)
        now = time.monotonic()
        with _robots_lock:
            cached = _robots.get(host)
        if cached is None or now - cached[0] > self.policy.robots_ttl:
            cached = (now, self._load_robots(host))
            with _robots_lock:
                _robots[host] = cached
        parser = cached[1]
        if parser is not None and not parser.can_fetch(self.policy.user_agent, url):
            raise RobotsDisallowed(
                url, f"robots.txt of {urlsplit(url).netloc} disallows {self.policy.user_agent.split('/')[0]}"
            )

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """RFC 9309: a 4xx robots.txt means no rules; 401/403 and 5xx or no answer are not read as permission."""
        robots_url = f"{host}/robots.txt"
        try:
            resp = self._send(Request(robots_url, headers={"Accept": "text/plain, */*"}), {"Accept": "text/plain"})
        except (httpx.TransportError, ResponseTooLarge) as exc:
            raise FetchError(robots_url, f"robots.txt unreachable ({type(exc).__name__})") from exc
        if resp.status in (401, 403):
            parser = urllib.robotparser.RobotFileParser()
            parser.disallow_all = True  # type: ignore[attr-defined]
            return parser
        if 400 <= resp.status < 500:
            return None
        if resp.status >= 500:
            raise FetchError(robots_url, f"robots.txt answered HTTP {resp.status}", status=resp.status)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(resp.body.decode("utf-8", "replace").splitlines())
        return parser


def forget_robots() -> None:
    """Drop cached robots.txt rules (tests, or after a long-running worker changes its User-Agent)."""
    with _robots_lock:
        _robots.clear()
