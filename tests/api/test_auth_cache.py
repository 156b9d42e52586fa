"""The verified-key cache (api.deps.AuthCache): one lookup per key however many requests wait on it, refreshed
ahead of expiry while in use, and a key found revoked on refresh refused from then on."""

import asyncio
import time

from api.deps import AuthCache, Principal

KEY = Principal(key_id=7, scope="read")


class Loader:
    def __init__(self, result: Principal | None, delay: float = 0.05) -> None:
        self.result, self.delay, self.calls = result, delay, 0

    async def __call__(self) -> Principal | None:
        self.calls += 1
        await asyncio.sleep(self.delay)
        return self.result


def test_requests_waiting_on_one_key_share_one_lookup() -> None:
    cache, load = AuthCache(ttl=5.0), Loader(KEY)

    async def burst() -> list[Principal | None]:
        return await asyncio.gather(*(cache.verify("h", load) for _ in range(32)))

    assert asyncio.run(burst()) == [KEY] * 32
    assert load.calls == 1
    assert cache.get("h") == KEY


def test_a_key_in_use_is_refreshed_ahead_of_expiry_without_waiting() -> None:
    cache, load = AuthCache(ttl=5.0), Loader(KEY)
    cache.put("h", KEY)
    cache._entries["h"] = (KEY, time.monotonic() + 0.5)  # in the last fifth of its ttl

    async def use() -> tuple[Principal | None, int]:
        got = await cache.verify("h", load)
        calls_at_answer = load.calls
        await asyncio.sleep(0.1)  # the background refresh runs and finishes
        return got, calls_at_answer

    got, calls_at_answer = asyncio.run(use())
    assert got == KEY and calls_at_answer == 0  # answered from the entry, before the refresh had even started
    assert load.calls == 1
    assert cache._entries["h"][1] > time.monotonic() + 4  # a fresh ttl


def test_a_key_revoked_since_it_was_cached_is_dropped_by_the_refresh() -> None:
    cache = AuthCache(ttl=5.0)
    cache._entries["h"] = (KEY, time.monotonic() + 0.5)

    async def use() -> Principal | None:
        await cache.verify("h", Loader(None))
        await asyncio.sleep(0.1)
        return await cache.verify("h", Loader(None))

    assert asyncio.run(use()) is None
    assert cache.get("h") is None


def test_a_failed_lookup_reaches_every_waiter_and_the_next_request_tries_again() -> None:
    cache = AuthCache(ttl=5.0)

    async def broken() -> Principal | None:
        await asyncio.sleep(0.01)
        raise ConnectionError("database down")

    async def burst() -> list[object]:
        return await asyncio.gather(*(cache.verify("h", broken) for _ in range(4)), return_exceptions=True)

    assert all(isinstance(r, ConnectionError) for r in asyncio.run(burst()))
    assert asyncio.run(cache.verify("h", Loader(KEY, delay=0))) == KEY


def test_no_caching_when_the_ttl_is_zero() -> None:
    cache, load = AuthCache(ttl=0), Loader(KEY, delay=0)
    asyncio.run(cache.verify("h", load))
    asyncio.run(cache.verify("h", load))
    assert load.calls == 2
