"""A clock that defines `waiting(seconds, reason)` hears why the SDK is about to sleep, before each sleep:
the limiter's wait for a slot and a 429's Retry-After are `rate_limit`, back-off after a failure is
`retry`. Both clients, over loopback HTTP, on a fake clock (so waits are instant and exact); the
Redis-shared limiter on the real clock against a real redis-server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import fake_client
from redis_server import RedisServer

from mixmax_sdk import AsyncMixmax, LocalRateLimit, Mixmax, RedisRateLimit
from mixmax_sdk._clock import SystemClock, WaitReason
from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock
from mixmax_sdk.testing._clock import FakeClock


class ListeningClock(FakeClock):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[float, WaitReason]] = []

    def waiting(self, seconds: float, reason: WaitReason) -> None:
        assert len(self.heard) == len(self.sleeps), "announced before the sleep, once per sleep"
        self.heard.append((seconds, reason))


@pytest.fixture
def served() -> Iterator[FakeServer]:
    with FakeMixmax(rate_limit=None).serve() as server:
        yield server


def _me_calls(served: FakeServer, mode: str, clock: FakeClock, n: int, **options: Any) -> None:
    client = fake_client(served.fake, mode, served, clock=clock, **options)
    if mode == "sync":
        with client:
            for _ in range(n):
                client.users.me()
        return

    async def go() -> None:
        async with client:
            for _ in range(n):
                await client.users.me()

    asyncio.run(go())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_429_retry_after_is_announced_as_the_rate_limit(served: FakeServer, mode: str) -> None:
    served.fake.faults.add(kind="status", status=429, headers={"Retry-After": "7"})
    clock = ListeningClock()
    _me_calls(served, mode, clock, 1, rate_limit=None)
    assert clock.heard == [(7.0, "rate_limit")] and clock.sleeps == [7.0]
    assert len(served.fake.requests_to("GET", "/users/me")) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_back_off_after_a_503_is_announced_as_a_retry(served: FakeServer, mode: str) -> None:
    served.fake.faults.add(kind="status", status=503, times=2)
    clock = ListeningClock()
    _me_calls(served, mode, clock, 1, rate_limit=None)
    assert [reason for _, reason in clock.heard] == ["retry", "retry"]
    assert [seconds for seconds, _ in clock.heard] == clock.sleeps and 0.375 <= clock.sleeps[0] <= 0.5
    assert len(served.fake.requests_to("GET", "/users/me")) == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_limiter_s_wait_for_a_slot_is_announced_as_the_rate_limit(served: FakeServer, mode: str) -> None:
    clock = ListeningClock()
    _me_calls(served, mode, clock, 3, rate_limit=LocalRateLimit(2, window=60.0, shared=False))
    # The third request waits until the first one's slot leaves the window: 60 s after it completed.
    assert clock.heard == [(60.0, "rate_limit")] and clock.sleeps == [60.0]
    assert len(served.fake.requests_to("GET", "/users/me")) == 3


def test_a_clock_without_waiting_is_only_asked_to_sleep(served: FakeServer) -> None:
    served.fake.faults.add(kind="status", status=429, headers={"Retry-After": "3"})
    clock = FakeClock()
    _me_calls(served, "sync", clock, 1, rate_limit=None)
    assert clock.sleeps == [3.0]


class ListeningSystemClock(SystemClock):
    def __init__(self) -> None:
        self.heard: list[tuple[float, WaitReason]] = []

    def waiting(self, seconds: float, reason: WaitReason) -> None:
        self.heard.append((seconds, reason))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_redis_limiter_s_wait_is_announced_too(tmp_path: Path, mode: str) -> None:
    redis_server = RedisServer(tmp_path).start()
    try:
        fake = FakeMixmax(clock=RealClock(), rate_limit=None)
        with fake.serve() as server:
            clock = ListeningSystemClock()
            spec = RedisRateLimit(redis_server.url, limit=1, window=0.3)
            kind = Mixmax if mode == "sync" else AsyncMixmax
            client = kind(api_key=fake.demo_token, base_url=server.base_url, rate_limit=spec, clock=clock)
            if isinstance(client, Mixmax):
                with client:
                    client.users.me()
                    client.users.me()
            else:

                async def go(client: AsyncMixmax) -> None:
                    async with client:
                        await client.users.me()
                        await client.users.me()

                asyncio.run(go(client))
        # The second request waits for the first one's slot to leave Redis's 0.3 s window.
        assert clock.heard and {reason for _, reason in clock.heard} == {"rate_limit"}
        assert all(0 < seconds <= 0.3 + 0.05 for seconds, _ in clock.heard), clock.heard
        assert [s.status for s in fake.served] == [200, 200]
    finally:
        redis_server.kill()
