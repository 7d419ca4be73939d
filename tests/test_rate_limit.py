"""The local rate limiter: at most the limit of requests start in any sliding window, per API key
in the process, across threads, tasks and clients; it waits for `X-RateLimit-Reset` when none remain,
learns a lower limit from the headers, gives a failed call's slot back, and its async waits let
other tasks run. In memory and over loopback, both clients. (The Redis limiter: tests/test_redis_*.py.)"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from both_clients import MODES, _both, run
from conftest import Reach
from loopback_calls import TickCountingClock, _tick_while

from mixmax_sdk import (
    APIConnectionError,
    AsyncMixmax,
    LocalRateLimit,
    Mixmax,
    RateLimitError,
)
from mixmax_sdk.testing import FakeClock, FakeMixmax, FakeServer, Fault, RealClock

# ------------------------------------------------------------------------------ rate-limit headers
USER = {"_id": "u1", "email": "ada@example.com", "name": "Ada"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", ["epoch seconds", "seconds from now"])
def test_the_limiter_waits_for_reset_when_none_remain(mode: str, form: str, reach: Reach) -> None:
    fake = FakeMixmax()
    now = fake.clock.time()
    reset = str(int(now) + 5) if form == "epoch seconds" else "7"
    wait = (int(now) + 5 - now) if form == "epoch seconds" else 7.0
    fake.faults.add(
        Fault(
            kind="status",
            status=200,
            body=USER,
            headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
            path="/users/me",
        )
    )
    first, second = run(mode, fake, lambda c: _both(mode, c.users.me(), c.users.me()), reach(fake))
    assert first.email == second.email == "ada@example.com", "the 200 that said none remain is still a result"
    a, b = fake.requests_to("GET", "/users/me")
    assert (a.status, a.fault is not None, b.status, b.fault) == (200, True, 200, None)
    assert b.at - a.at == pytest.approx(wait), "the second request waited for X-RateLimit-Reset, no more"
    assert sum(fake.clock.sleeps) == pytest.approx(wait)
    assert fake.clock.sleeps == [pytest.approx(wait)], "one wait, for the whole of it"


@pytest.mark.parametrize("mode", MODES)
def test_the_limiter_does_not_wait_while_some_remain(mode: str, reach: Reach) -> None:
    fake = FakeMixmax()
    start = fake.clock.now()
    reset = str(int(fake.clock.time()) + 30)
    fake.faults.add(
        kind="status", status=200, body=USER, headers={"X-RateLimit-Remaining": "1", "X-RateLimit-Reset": reset}
    )
    first, second = run(mode, fake, lambda c: _both(mode, c.users.me(), c.users.me()), reach(fake))
    assert (first.id, second.email) == ("u1", "ada@example.com")
    assert fake.clock.sleeps == []
    assert [(s.status, s.at) for s in fake.requests_to("GET", "/users/me")] == [(200, start), (200, start)]


# ----------------------------------------------------------------------------------- limiter slots
class BoundedClock(FakeClock):
    """A fake clock that gives up after ten virtual minutes of waiting: a deadlocked limiter (which
    would poll forever) fails at once instead of hanging the suite."""

    def sleep(self, seconds: float) -> None:
        if sum(self.sleeps) > 600:
            raise AssertionError("waited over 10 minutes: the rate limiter is deadlocked")
        super().sleep(seconds)


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_error_gives_its_limiter_slot_back(mode: str, reach: Reach) -> None:
    fake = FakeMixmax(clock=BoundedClock())
    server = reach(fake)
    start = fake.clock.now()
    if server is None:
        fake.faults.add(kind="refuse", path="/users/me", times=3)
    else:
        server.refuse_connections()  # a real refusal: the request never leaves the client

    def back_up() -> None:  # in memory, the fault has run out by itself
        if server is not None:
            server.accept_connections()

    def calls(client: Any) -> Any:
        async def async_calls() -> Any:
            for _ in range(3):
                with pytest.raises(APIConnectionError):
                    await client.users.me()
            back_up()
            return await client.users.me()

        if mode == "async":
            return async_calls()
        for _ in range(3):
            with pytest.raises(APIConnectionError):
                client.users.me()
        back_up()
        return client.users.me()

    me = run(mode, fake, calls, server, rate_limit=2, max_retries=0)
    assert me.email == "ada@example.com"
    # Two slots: calls 1 and 2 at once; call 3 when call 1 leaves the 60 s window, call 4 with it
    # (call 2 ended at the same instant as call 1). A slot kept by a failed call would never free.
    assert fake.clock.now() - start == pytest.approx(60.0)
    assert fake.clock.sleeps == [pytest.approx(60.0)]
    # In memory the fake sees the refused attempts (status None); over loopback they never arrive.
    refused = [(None, start), (None, start), (None, start + 60.0)] if server is None else []
    assert [(s.status, s.at) for s in fake.requests_to("GET", "/users/me")] == [*refused, (200, start + 60.0)]


# -------------------------------------------------------------- threads, tasks, the sliding window
def _max_in_window(times: list[float], window: float = 60.0) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while times[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_eight_threads_sharing_a_client_never_exceed_the_limit() -> None:
    fake = FakeMixmax()
    client = fake.client()

    def work() -> None:
        for _ in range(40):
            client.users.me()

    threads = [threading.Thread(target=work, daemon=True) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    served = fake.requests_to("GET", "/users/me")
    assert len(served) == 320 and all(s.status == 200 for s in served), "no 429 was ever provoked"
    assert _max_in_window([s.at for s in served]) <= 120
    elapsed = fake.clock.now() - served[0].at
    # 320 requests at 120 per minute need at least two minutes; waiting far longer would mean the
    # limiter serialises needlessly. (Threads sleeping on one fake clock each move it, so allow slack.)
    assert 120 <= elapsed <= 6 * 60, elapsed


def test_fifty_async_tasks_sharing_a_client_never_exceed_the_limit() -> None:
    fake = FakeMixmax()

    async def main() -> None:
        async with fake.async_client() as client:
            await asyncio.gather(*(_task(client) for _ in range(50)))

    async def _task(client: Any) -> None:
        for _ in range(6):
            await client.users.me()

    asyncio.run(main())
    served = fake.requests_to("GET", "/users/me")
    assert len(served) == 300 and all(s.status == 200 for s in served)
    assert _max_in_window([s.at for s in served]) == 120


def test_a_token_bucket_would_not_do_the_sliding_window_does() -> None:
    """120 at once, then a trickle: the window must refuse the 121st until 60 s after the first."""
    fake = FakeMixmax()
    client = fake.client()
    for _ in range(120):
        client.users.me()
    start = fake.clock.now()
    client.users.me()
    assert fake.clock.now() - start == pytest.approx(60.0), "waited for the oldest request to leave the window"
    assert all(s.status == 200 for s in fake.served)


def test_limiter_learns_a_lower_limit_from_rate_limit_headers() -> None:
    fake = FakeMixmax(rate_limit_headers=True)
    fake.rate_limit = 10
    client = fake.client()
    for _ in range(25):
        client.users.me()
    assert all(s.status == 200 for s in fake.served), "adopted the limit the API reported"
    assert _max_in_window([s.at for s in fake.served]) == 10


def test_rate_limiting_can_be_turned_off() -> None:
    fake = FakeMixmax()
    client = fake.client(rate_limit=None, max_retries=0)
    for _ in range(120):
        client.users.me()
    with pytest.raises(RateLimitError) as info:
        client.users.me()
    assert info.value.retry_after == 60.0
    assert fake.clock.sleeps == []


# ----------------------------------------------------------------------------- one limiter per key
def test_clients_with_the_same_key_share_one_rate_limit() -> None:
    fake = FakeMixmax(rate_limit=5)
    first = fake.client(rate_limit=5, max_retries=0)
    second = fake.client(rate_limit=5, max_retries=0)
    own = fake.client(rate_limit=LocalRateLimit(5, shared=False), max_retries=0)
    try:
        limiter = first._runner.pool.transport.limiter
        assert limiter is second._runner.pool.transport.limiter
        assert own._runner.pool.transport.limiter is not limiter
        other_key = fake.client(token=fake.add_user("grace@example.com", "Grace")[1], rate_limit=5)
        assert other_key._runner.pool.transport.limiter is not limiter
        # Ten requests through two clients: the fake (5 per 60 s per token) never answers 429.
        for i in range(10):
            (first if i % 2 else second).users.me()
        assert fake.clock.now() >= 60, "the second five waited for the shared window"
    finally:
        for client in (first, second, own):
            client.close()


def test_limiters_are_shared_only_while_a_client_uses_them() -> None:
    import gc

    from mixmax_sdk._rate_limit_local import _shared

    gc.collect()  # clients of earlier tests that only the cycle collector frees
    key_count = len(_shared)
    client = Mixmax(api_key="another-key-for-this-test", rate_limit=7)
    assert len(_shared) == key_count + 1
    client.close()
    del client
    gc.collect()
    assert len(_shared) == key_count


def test_two_clients_with_one_key_share_its_rate_limit() -> None:
    fake = FakeMixmax()
    first, second = fake.client(), fake.client()
    for _ in range(100):
        first.users.me()
        second.users.me()
    served = fake.requests_to("GET", "/users/me")
    assert [s.status for s in served if s.status != 200] == [], "the server never had to say 429"
    assert len(served) == 200


# ---------------------------------------------------------------- one window per key over loopback
LIMIT, WINDOW = 5, 1.0


def _peak(times: list[float], window: float) -> int:
    """The most requests the fake saw start within any `window` seconds."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times)), default=0)


@pytest.fixture
def limited() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=LIMIT, rate_window=WINDOW)
    with fake.serve() as server:
        yield fake, server


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_two_clients_with_one_key_share_one_window_over_http(limited: tuple[FakeMixmax, FakeServer], kind: str) -> None:
    fake, server = limited
    options: dict[str, Any] = {
        "api_key": fake.demo_token,
        "base_url": server.base_url,
        "rate_limit": LocalRateLimit(LIMIT, WINDOW),
        "max_retries": 0,  # a 429 would surface as an exception
    }
    if kind == "sync":
        with Mixmax(**options) as first, Mixmax(**options) as second:
            for i in range(12):
                (first if i % 2 else second).users.me()
    else:

        async def main() -> None:
            async with AsyncMixmax(**options) as first, AsyncMixmax(**options) as second:
                await asyncio.gather(*(c.users.me() for c in [first, second] * 6))

        asyncio.run(main())
    served = fake.requests_to("GET", "/users/me")
    assert [s.status for s in served] == [200] * 12
    assert _peak([s.at for s in served], WINDOW) <= LIMIT


# ---------------------------------------------------------------------------------- the event loop
def test_an_async_rate_limit_wait_is_really_awaited_and_lets_other_tasks_run(served: FakeServer) -> None:
    fake = served.fake
    ticks: list[float] = []
    clock = TickCountingClock(ticks, scale=0.005)  # the 60 s window passes in 0.3 s of wall time

    async def two_calls() -> Any:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=served.base_url, clock=clock, rate_limit=1) as client:
            await client.users.me()
            return await client.users.me()

    _tick_while(two_calls, ticks)
    assert len(fake.requests_to("GET", "/users/me")) == 2
    assert sum(clock.awaited) == pytest.approx(60.0, abs=0.5) and clock.awaited == clock.sleeps
    assert clock.during and all(n >= 1 for n in clock.during), f"{clock.during}: the limiter's wait blocked the loop"
