"""What is retried, how often and how long it waits: `max_retries` (per client and per call), exponential
back-off, `Retry-After` as seconds or an HTTP date (nonsense falls back to the back-off), a back-off the
async client really awaits, and retries under the generated layer. In memory and over loopback, both clients.

Which answers are retried for which request, and what a retry may not repeat: tests/test_fault_matrix*.py."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import ME, Driver, fast_clock
from loopback_calls import BACKOFF, TickCountingClock, _tick_while, run_call

from mixmax_sdk import (
    AsyncMixmax,
    InternalServerError,
    Mixmax,
    RateLimitError,
)
from mixmax_sdk._retry import RetryPolicy, RetryTransport
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock


# --------------------------------------------------------------------------------------- in memory
def test_retries_stop_after_max_retries() -> None:
    fake = FakeMixmax()
    fake.faults.add(kind="status", status=503, times=5, path="/users/me")
    with pytest.raises(InternalServerError):
        fake.client().users.me()
    assert len(fake.requests_to("GET", "/users/me")) == 3, "1 attempt + max_retries=2"
    assert len(fake.clock.sleeps) == 2 and 0.75 <= fake.clock.sleeps[1] <= 1.0, "exponential back-off"
    fake.faults.clear()
    fake.faults.add(kind="status", status=503, times=5, path="/users/me")
    with pytest.raises(InternalServerError):
        fake.client().with_options(max_retries=4).users.me()
    assert len(fake.requests_to("GET", "/users/me")) == 3 + 5
    assert fake.client().with_options(max_retries=0).users.me().name == "Ada Lovelace"


def test_retry_after_as_an_http_date() -> None:
    import email.utils

    fake = FakeMixmax()
    when = email.utils.formatdate(fake.clock.time() + 5, usegmt=True)
    fake.faults.add(kind="status", status=503, headers={"Retry-After": when}, path="/users/me")
    assert fake.client().users.me().email == "ada@example.com"
    assert 4.0 <= fake.clock.sleeps[0] <= 5.0


def test_the_generated_layer_gets_retries_from_the_transport_wrapper() -> None:
    from mixmax_openapi import AuthenticatedClient
    from mixmax_openapi.api.users import get_current_user
    from mixmax_openapi.models import User

    fake = FakeMixmax()
    fake.faults.add(kind="status", status=502, path="/users/me")
    transport = RetryTransport(fake.transport(), policy=RetryPolicy(), clock=fake.clock, limiter=None)
    generated = AuthenticatedClient(
        base_url="https://api.mixmax.com/v1",
        token=fake.demo_token,
        prefix="",
        auth_header_name="X-API-Token",
        httpx_args={"transport": transport},
    )
    response = get_current_user.sync_detailed(client=generated)
    assert response.status_code == 200 and isinstance(response.parsed, User)
    assert len(fake.requests_to("GET", "/users/me")) == 2


@pytest.mark.parametrize("retry_after", ["nan", "inf", "-inf", "1e400", "-3", "garbage", "Tue, 31 Feb 1 GMT"])
def test_nonsense_retry_after_falls_back_to_backoff(mock: Callable[..., Driver], retry_after: str) -> None:
    answers = iter([httpx.Response(503, headers={"Retry-After": retry_after}), httpx.Response(200, json=ME)])
    clock = fast_clock()
    d = mock(lambda request: next(answers), clock=clock)
    assert d(d.client.users.me()).id == "u1"
    assert len(clock.sleeps) == 1 and 0.375 <= clock.sleeps[0] <= 0.5, "the first back-off, not the header"


def test_a_429_with_nonsense_retry_after_is_still_a_rate_limit_error(mock: Callable[..., Driver]) -> None:
    d = mock(
        lambda request: httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "nan"}), max_retries=0
    )
    with pytest.raises(RateLimitError) as info:
        d(d.client.users.me())
    assert info.value.retry_after is None


# ------------------------------------------------------------------------------------ over loopback
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retries_stop_after_max_retries_over_http(served: FakeServer, mode: str) -> None:
    fake, clock = served.fake, FastForwardClock(scale=0.01)
    fake.faults.add(kind="status", status=503, times=5, path="/users/me")
    outcome = run_call(mode, served, clock, "GET", lambda: None)
    assert type(outcome.error) is InternalServerError
    assert outcome.error.status_code == 503
    assert len(fake.requests_to("GET", "/users/me")) == 3, "1 attempt + max_retries=2"
    assert len(clock.sleeps) == 2 and 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0
    assert clock.awaited == (clock.sleeps if mode == "async" else [])


# ---------------------------------------------------------------------------- nonsense Retry-After
NONSENSE_RETRY_AFTER = ["nan", "inf", "-inf", "1e400", "-3", "garbage", "Tue, 31 Feb 1 GMT"]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("retry_after", NONSENSE_RETRY_AFTER)
def test_a_nonsense_retry_after_falls_back_to_back_off_over_http(
    served: FakeServer, retry_after: str, mode: str
) -> None:
    fake, clock = served.fake, FastForwardClock(scale=0.01)
    fake.faults.add(kind="status", status=503, headers={"Retry-After": retry_after}, path="/users/me")
    outcome = run_call(mode, served, clock, "GET", lambda: None)
    assert outcome.error is None, repr(outcome.error)
    assert outcome.result.email == "ada@example.com"
    assert [s.status for s in fake.requests_to("GET", "/users/me")] == [503, 200]
    low, high = BACKOFF
    assert len(clock.sleeps) == 1 and low <= clock.sleeps[0] <= high, "the first back-off step, not the header"
    assert clock.awaited == (clock.sleeps if mode == "async" else [])


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("max_retries", [0, 2])
def test_a_429_with_retry_after_nan_is_a_rate_limit_error_without_one_over_http(
    served: FakeServer, max_retries: int, mode: str
) -> None:
    fake, clock = served.fake, FastForwardClock(scale=0.01)
    fake.faults.add(kind="status", status=429, headers={"Retry-After": "nan"}, times=3, path="/users/me")
    outcome = run_call(mode, served, clock, "GET", lambda: None, max_retries=max_retries)
    assert type(outcome.error) is RateLimitError, repr(outcome.error)
    assert outcome.error.status_code == 429 and outcome.error.retry_after is None
    assert [s.status for s in fake.requests_to("GET", "/users/me")] == [429] * (1 + max_retries)
    # Each retry waited a back-off step (0.5 s, then 1 s, less up to 25% of jitter), never "nan" seconds.
    steps = [(0.375, 0.5), (0.75, 1.0)][:max_retries]
    assert len(clock.sleeps) == max_retries
    assert all(low <= wait <= high for wait, (low, high) in zip(clock.sleeps, steps, strict=True)), clock.sleeps
    assert clock.awaited == (clock.sleeps if mode == "async" else [])


# ---------------------------------------------------------------------------------- the event loop
def test_an_async_back_off_is_really_awaited_and_lets_other_tasks_run(served: FakeServer) -> None:
    fake = served.fake
    ticks: list[float] = []
    clock = TickCountingClock(ticks, scale=1.0)  # wall time: the wait must really pass
    fake.faults.add(kind="status", status=503, headers={"Retry-After": "0.4"}, path="/users/me")

    async def call() -> Any:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=served.base_url, clock=clock) as client:
            return await client.users.me()

    me = _tick_while(call, ticks)[0]
    assert me.email == "ada@example.com"
    assert clock.sleeps == [0.4] and clock.awaited == [0.4], "the back-off was awaited to its end"
    first, second = fake.requests_to("GET", "/users/me")
    assert second.at - first.at >= 0.39, "the retry waited for Retry-After"
    # A blocking sleep would freeze the ticker for the whole 0.4 s (it could tick only during I/O).
    assert len(clock.during) == 1 and clock.during[0] >= 1, f"{clock.during}: the back-off blocked the loop"


# ------------------------------------------------------------------------ a per-call budget over loopback
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_per_call_retry_budget_over_http(kind: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(kind="status", status=503, times=10, path="/users/me")
    with fake.serve() as server:
        options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, "clock": fake.clock}
        with pytest.raises(InternalServerError, match="503 GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(**options) as client:
                    client.users.me(max_retries=4)
            else:

                async def main() -> None:
                    async with AsyncMixmax(**options) as client:
                        await client.users.me(max_retries=4)

                asyncio.run(main())
    assert len(fake.requests_to("GET", "/users/me")) == 5, "the first attempt and 4 retries, not the default 2"
