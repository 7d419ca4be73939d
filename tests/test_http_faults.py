"""The fault matrix over real loopback sockets, for `Mixmax` and `AsyncMixmax` alike.

tests/test_faults.py runs the matrix over in-memory transports, which hide what only real sockets
and a real event loop show (an async retry that crashed on every retryable answer went unnoticed
there). Here every case goes through the fake Mixmax's HTTP server: real connections, real read
timeouts, real refused connections, real keep-alive reuse. Back-off runs on a `FastForwardClock`
(it really sleeps, or awaits, a hundredth of each wait). Each case asserts the outcome (the result,
or the exact exception class), the attempts the server saw, the waits the client asked for, and for
add-recipients that every address is in the sequence exactly once with every input row accounted for.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from conftest import HTTP_FAULT_STATS

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncMixmax,
    BulkAddError,
    InternalServerError,
    Mixmax,
    MixmaxError,
    RateLimitError,
)
from mixmax_sdk.errors import bulk_add_error_class
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock, Fault, RealClock

ADDRESSES = ["ada.l@example.com", "grace.h@example.com", "alan.t@example.com"]
READ_TIMEOUT = 0.4  # seconds; every normal answer over loopback comes in a few milliseconds
LATE = 1.0  # how long the "timeout" fault holds its answer: well past READ_TIMEOUT

# Each fault kind, as the Fault to program (built when armed, so an HTTP date is read off the clock
# the client uses); None means the server is down: connections are refused.
FaultMaker = Callable[[FastForwardClock], dict[str, Any] | None]
FAULTS: dict[str, FaultMaker] = {
    "408": lambda clock: {"kind": "status", "status": 408},
    "429": lambda clock: {"kind": "status", "status": 429},
    "429 Retry-After seconds": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "2"}},
    "429 Retry-After HTTP-date": lambda clock: {
        "kind": "status",
        "status": 429,
        "headers": {"Retry-After": email.utils.formatdate(clock.time() + 3, usegmt=True)},
    },
    "429 Retry-After beyond cap": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "120"}},
    # A header no wait can be read from: the retry waits the first back-off step instead.
    "429 Retry-After nan": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "nan"}},
    "500": lambda clock: {"kind": "status", "status": 500},
    "502 HTML page": lambda clock: {"kind": "html", "status": 502},
    "503 Retry-After seconds": lambda clock: {"kind": "status", "status": 503, "headers": {"Retry-After": "1"}},
    "504": lambda clock: {"kind": "status", "status": 504},
    "500 after acting": lambda clock: {"kind": "status", "status": 500, "after_processing": True},
    "504 after acting": lambda clock: {"kind": "status", "status": 504, "after_processing": True},
    "timeout": lambda clock: {"kind": "delay", "delay": LATE},  # the server acts; the answer comes too late
    "dropped": lambda clock: {"kind": "drop"},
    "dropped after acting": lambda clock: {"kind": "drop", "after_processing": True},
    "refused": lambda clock: None,
    "truncated JSON": lambda clock: {"kind": "truncated", "after_processing": True},
}
SERVER_ACTED = {"500 after acting", "504 after acting", "timeout", "dropped after acting", "truncated JSON"}
# After these the server cannot have acted: even a non-idempotent POST is repeated, and a retry of
# add-recipients is not ambiguous.
NOT_ACTED = {"429", "429 Retry-After seconds", "429 Retry-After HTTP-date", "429 Retry-After nan", "refused"}
FAILS_RIGHT_AWAY: dict[str, type[MixmaxError]] = {
    "429 Retry-After beyond cap": RateLimitError,
    "truncated JSON": APIResponseValidationError,
}
# What a non-idempotent POST raises when it failed after it may have been sent (it is not repeated).
POST_ERROR: dict[str, type[MixmaxError]] = {
    "408": APIStatusError,
    "500": InternalServerError,
    "502 HTML page": InternalServerError,
    "503 Retry-After seconds": InternalServerError,
    "504": InternalServerError,
    "500 after acting": InternalServerError,
    "504 after acting": InternalServerError,
    "timeout": APITimeoutError,
    "dropped": APIConnectionError,
    "dropped after acting": APIConnectionError,
}
# The wait before the one retry, as (lowest, highest) seconds: Retry-After when sent, else the first
# exponential back-off step (0.5 s less up to 25% of jitter).
WAIT: dict[str, tuple[float, float]] = {
    "429 Retry-After seconds": (2.0, 2.0),
    "429 Retry-After HTTP-date": (1.0, 3.0),  # an HTTP date has whole seconds, and time passes
    "503 Retry-After seconds": (1.0, 1.0),
}
BACKOFF = (0.375, 0.5)


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # glob below the base URL
    before: int = 0  # matching requests of the call before the faulted one (list: page 1)
    later: int = 0  # matching requests after it when the call succeeds (list: page 3)


REQUESTS = {
    "GET": Request("GET", "/users/me"),
    "list": Request("GET", "/sequences", before=1, later=1),
    "POST create": Request("POST", "/messages"),
    "POST add-recipients": Request("POST", "/sequences/*/recipients"),
    "DELETE": Request("DELETE", "/snippettags/*"),
}


def expected(fault: str, request: str) -> tuple[type[MixmaxError] | None, int]:
    """(the exception class, or None for success; the faulted request's attempts the server sees)."""
    seen = 1 if fault == "refused" else 2  # a refused attempt never reaches the server
    if fault == "truncated JSON" and request == "DELETE":
        return None, 1  # a DELETE reads no body: the 200 is all that counts
    if fault in FAILS_RIGHT_AWAY:
        return FAILS_RIGHT_AWAY[fault], 1
    if request == "POST create" and fault not in NOT_ACTED:
        return POST_ERROR[fault], 1
    return None, seen


# ------------------------------------------------------------------------------------ the calls
def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def _rows() -> list[dict[str, Any]]:
    return [{"email": a, "variables": {"First name": a.split(".")[0].title()}} for a in ADDRESSES]


async def _async_call(client: AsyncMixmax, fake: FakeMixmax, request: str, arm: Callable[[], None]) -> Any:
    if request == "list":
        items: list[Any] = []
        async for page in client.sequences.list(limit=3).iter_pages():
            items += page.results
            if len(items) == len(page.results):
                arm()  # page 1 is in: fail page 2
        return items
    arm()
    if request == "GET":
        return await client.users.me()
    if request == "POST create":
        return await client.messages.create(["ada@example.com"], subject="Hi")
    if request == "POST add-recipients":
        return await client.sequences.sequence(_onboarding(fake)).add_recipients(_rows())
    return await client.snippet_tags.delete(_first_tag(fake))


def _sync_call(client: Mixmax, fake: FakeMixmax, request: str, arm: Callable[[], None]) -> Any:
    if request == "list":
        items: list[Any] = []
        for page in client.sequences.list(limit=3).iter_pages():
            items += page.results
            if len(items) == len(page.results):
                arm()
        return items
    arm()
    if request == "GET":
        return client.users.me()
    if request == "POST create":
        return client.messages.create(["ada@example.com"], subject="Hi")
    if request == "POST add-recipients":
        return client.sequences.sequence(_onboarding(fake)).add_recipients(_rows())
    return client.snippet_tags.delete(_first_tag(fake))


def _first_tag(fake: FakeMixmax) -> str:
    tag: str = fake.store.newest_first("snippettags")[0]["_id"]
    return tag


@dataclass
class Outcome:
    result: Any = None
    error: BaseException | None = None


def run_call(
    mode: str, server: FakeServer, clock: FastForwardClock, request: str, arm: Callable[[], None], **client: Any
) -> Outcome:
    """Run one call with a fresh client (`client`: more of its options); a foreign (non-`MixmaxError`)
    exception is counted and re-raised."""
    fake = server.fake
    options: dict[str, Any] = {
        "api_key": fake.demo_token,
        "base_url": server.base_url,
        "clock": clock,
        "timeout": httpx.Timeout(5.0, read=READ_TIMEOUT),
        **client,
    }
    outcome = Outcome()
    try:
        if mode == "sync":
            with Mixmax(**options) as client:
                outcome.result = _sync_call(client, fake, request, arm)
        else:

            async def main() -> Any:
                async with AsyncMixmax(**options) as client:
                    return await _async_call(client, fake, request, arm)

            outcome.result = asyncio.run(main())
    except MixmaxError as error:
        outcome.error = error
    except Exception:
        HTTP_FAULT_STATS.foreign += 1
        raise
    return outcome


@pytest.fixture
def served() -> Iterator[FakeServer]:
    """The fake over HTTP on 127.0.0.1, on wall time (so a held answer is really late)."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield server


# ------------------------------------------------------------------------------------ the matrix
CASES = [(fault, request, mode) for fault in FAULTS for request in REQUESTS for mode in ("sync", "async")]


@pytest.mark.parametrize(("fault", "request_kind", "mode"), CASES, ids=[" x ".join(c) for c in CASES])
def test_fault_matrix_over_http(served: FakeServer, fault: str, request_kind: str, mode: str) -> None:
    fake, clock, target = served.fake, FastForwardClock(scale=0.01), REQUESTS[request_kind]
    error_class, attempts = expected(fault, request_kind)
    tag = _first_tag(fake) if request_kind == "DELETE" else None
    refused = []

    def arm() -> None:
        spec = FAULTS[fault](clock)
        if spec is not None:
            fake.faults.add(Fault(method=target.method, path=target.path, **spec))
            return
        served.refuse_connections()
        refused.append(1)

        def back_up(_: float) -> None:  # the server is up again by the end of the back-off
            served.accept_connections()

        clock.on_sleep.append(back_up)

    before = len(fake.served)
    outcome = run_call(mode, served, clock, request_kind, arm)

    if error_class is None:
        assert outcome.error is None, repr(outcome.error)
    elif request_kind == "POST add-recipients":
        # A request of add_recipients that finally fails raises BulkAddError (the cause in `.error`) of a
        # class that is the cause's too, so the `except` written for the one request still catches it.
        assert type(outcome.error) is bulk_add_error_class(error_class), repr(outcome.error)
        assert isinstance(outcome.error, BulkAddError) and isinstance(outcome.error, error_class)
        assert type(outcome.error.error) is error_class, repr(outcome.error.error)
        assert len(outcome.error.result.unconfirmed) == len(ADDRESSES)
    else:
        assert type(outcome.error) is error_class, repr(outcome.error)
    seen = [s for s in fake.served[before:] if s.method == target.method and _matches(s.path, target.path)]
    assert len(seen) == target.before + attempts + (target.later if error_class is None else 0)
    assert fake.faults.pending == 0

    retried = error_class is None and not (fault == "truncated JSON" and request_kind == "DELETE")
    if retried:
        low, high = WAIT.get(fault, BACKOFF)
        assert len(clock.sleeps) == 1 and low <= clock.sleeps[0] <= high, clock.sleeps
    else:
        assert clock.sleeps == []
    # The async client awaits every wait to its end; the sync one never touches the event loop.
    assert clock.awaited == (clock.sleeps if mode == "async" else [])

    _check_effect(fake, fault, request_kind, outcome, tag)
    HTTP_FAULT_STATS.kinds.add(fault)
    HTTP_FAULT_STATS.requests.add(request_kind)
    HTTP_FAULT_STATS.clients.add(mode)
    HTTP_FAULT_STATS.faults += fake.faults.injected + len(refused)
    HTTP_FAULT_STATS.wire += len(fake.served) - before


def _matches(path: str, glob: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(path, glob)


def _check_effect(fake: FakeMixmax, fault: str, request_kind: str, outcome: Outcome, tag: str | None) -> None:
    """What the call did to the server's state, exactly."""
    acted = fault in SERVER_ACTED
    if request_kind == "GET" and outcome.error is None:
        assert outcome.result.email == "ada@example.com"
    elif request_kind == "list" and outcome.error is None:
        ids = [s.id for s in outcome.result]
        assert ids == [s["_id"] for s in fake.store.newest_first("sequences")], "every sequence once, in order"
    elif request_kind == "POST create":
        created = [m for m in fake.store.newest_first("messages") if m.get("subject") == "Hi"]
        assert len(created) == (1 if outcome.error is None or acted else 0), "a POST is never acted on twice"
    elif request_kind == "DELETE":
        assert tag is not None
        gone = fake.store.get("snippettags", tag) is None
        assert gone == (outcome.error is None or acted)
    elif request_kind == "POST add-recipients":
        _check_recipients(fake, outcome, ambiguous=fault not in NOT_ACTED, acted=acted)


def _check_recipients(fake: FakeMixmax, outcome: Outcome, *, ambiguous: bool, acted: bool) -> None:
    present = [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]
    should_be_there = outcome.error is None or acted
    lost = [a for a in ADDRESSES if a not in present] if should_be_there else []
    doubled = [a for a in ADDRESSES if present.count(a) > 1]
    HTTP_FAULT_STATS.lost += len(lost)
    HTTP_FAULT_STATS.duplicated += len(doubled)
    assert lost == [] and doubled == []
    assert sorted(set(present) & set(ADDRESSES)) == (sorted(ADDRESSES) if should_be_there else [])
    if outcome.error is not None:
        return
    result = outcome.result
    assert sorted(r.email for r in result.succeeded + result.added_by_earlier_attempt) == sorted(ADDRESSES)
    assert result.failed == [] and result.duplicated == []
    assert result.after_ambiguous_retry == ambiguous
    # What an attempt that failed had already done is neither a failure nor a new success.
    assert len(result.added_by_earlier_attempt) == (3 if acted else 0)
    assert len(result.succeeded) == (0 if acted else 3)


# ------------------------------------------------------------------------------------ retries stop
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


# ------------------------------------------------------------------------------------ nonsense Retry-After
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


# ------------------------------------------------------------------------------------ the event loop
def _tick_while(coro_factory: Callable[[], Any]) -> tuple[Any, list[float], float, float]:
    """Run a coroutine while another task ticks every 10 ms; (its result, tick times, start, end)."""

    async def main() -> tuple[Any, list[float], float, float]:
        ticks: list[float] = []
        done = asyncio.Event()

        async def ticker() -> None:
            while not done.is_set():
                ticks.append(time.monotonic())
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        start = time.monotonic()
        try:
            result = await coro_factory()
        finally:
            end = time.monotonic()
            done.set()
            await task
        return result, ticks, start, end

    return asyncio.run(main())


def test_an_async_back_off_is_really_awaited_and_lets_other_tasks_run(served: FakeServer) -> None:
    fake = served.fake
    clock = FastForwardClock(scale=1.0)  # wall time: the wait must really pass
    fake.faults.add(kind="status", status=503, headers={"Retry-After": "0.4"}, path="/users/me")

    async def call() -> Any:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=served.base_url, clock=clock) as client:
            return await client.users.me()

    me, ticks, start, end = _tick_while(call)
    assert me.email == "ada@example.com"
    assert clock.sleeps == [0.4] and clock.awaited == [0.4], "the back-off was awaited to its end"
    first, second = fake.requests_to("GET", "/users/me")
    assert second.at - first.at >= 0.39, "the retry waited for Retry-After"
    during = [t for t in ticks if start < t < end]
    # A blocking sleep would freeze the ticker for the whole 0.4 s (it could tick only during I/O).
    assert len(during) >= 20, f"only {len(during)} ticks in {end - start:.2f}s: the back-off blocked the loop"


def test_an_async_rate_limit_wait_is_really_awaited_and_lets_other_tasks_run(served: FakeServer) -> None:
    fake = served.fake
    clock = FastForwardClock(scale=0.005)  # the 60 s window passes in 0.3 s of wall time

    async def two_calls() -> Any:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=served.base_url, clock=clock, rate_limit=1) as client:
            await client.users.me()
            return await client.users.me()

    _, ticks, start, end = _tick_while(two_calls)
    assert len(fake.requests_to("GET", "/users/me")) == 2
    assert sum(clock.awaited) == pytest.approx(60.0, abs=0.5) and clock.awaited == clock.sleeps
    assert len([t for t in ticks if start < t < end]) >= 15, "the limiter's wait blocked the loop"
