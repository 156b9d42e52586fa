"""Per-key request limits in fixed one-minute windows: Redis when REDIS_URL is set (shared by every API process),
in-process otherwise (the embedded default runs one API process)."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from talentintel.logs import get_logger

log = get_logger(__name__)
WINDOW_SECONDS = 60
# Read through a module name so tests can pin the window: three requests that straddle a minute boundary count in two
# windows (CI saw [200, 200, 200] where [200, 200, 429] was right).
clock = time.time


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset: int  # seconds until the window resets

    def headers(self) -> dict[str, str]:
        """IETF draft RateLimit fields; Retry-After only when refused."""
        out = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset),
            "RateLimit-Policy": f"{self.limit};w={WINDOW_SECONDS}",
        }
        if not self.allowed:
            out["Retry-After"] = str(self.reset)
        return out


class Limiter(Protocol):
    limit: int

    def hit(self, key: str) -> Decision: ...


def _window(now: float) -> tuple[int, int]:
    index = int(now // WINDOW_SECONDS)
    reset = max(1, math.ceil((index + 1) * WINDOW_SECONDS - now))
    return index, reset


class InProcessLimiter:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._counts: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> Decision:
        index, reset = _window(clock())
        with self._lock:
            window, count = self._counts.get(key, (index, 0))
            if window != index:
                count = 0
                if len(self._counts) > 10_000:  # forget old windows of keys that went quiet
                    self._counts = {k: v for k, v in self._counts.items() if v[0] == index}
            count += 1
            self._counts[key] = (index, count)
        return Decision(count <= self.limit, self.limit, max(0, self.limit - count), reset)


class RedisLimiter:
    def __init__(self, limit: int, redis_url: str) -> None:
        import redis

        self.limit = limit
        self._redis = redis.Redis.from_url(redis_url, socket_connect_timeout=1, socket_timeout=1)
        self._errors = (redis.RedisError, OSError)

    def hit(self, key: str) -> Decision:
        index, reset = _window(clock())
        name = f"talentintel:ratelimit:{key}:{index}"
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.incr(name)
            pipe.expire(name, WINDOW_SECONDS + 5)
            count = int(pipe.execute()[0])
        except self._errors as exc:
            # Availability over strictness: a Redis hiccup must not turn every request into a 500.
            log.warning("ratelimit.redis_unavailable", error=str(exc))
            return Decision(True, self.limit, self.limit, reset)
        return Decision(count <= self.limit, self.limit, max(0, self.limit - count), reset)


def make_limiter(limit: int, redis_url: str | None) -> Limiter:
    return RedisLimiter(limit, redis_url) if redis_url else InProcessLimiter(limit)
