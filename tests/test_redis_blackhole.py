"""RedisRateLimit when Redis accepts connections and never answers (a blackhole: a listener that the
test starts, or a real redis-server stopped with SIGSTOP), for both clients.

The first failure waits the store timeout once (no retry); after it, requests run on the local limiter
and one request per back-off period (1, 2, 4, ... 30 s on the client's clock) re-checks Redis with a
short timeout. The Mixmax side is the fake in-memory with its fake clock (which schedules the
re-checks); the waits on Redis are real and measured.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from redis_server import Blackhole, RedisServer

from mixmax_sdk import APIConnectionError, RedisRateLimit, __version__
from mixmax_sdk._rate_limit_redis import RedisLimiter, store_keys
from mixmax_sdk._rate_limit_store_health import StoreHealth
from mixmax_sdk.testing import FakeClock, FakeMixmax

TOKEN = "tok-blackhole-SECRET-9c21"
PASSWORD = "hunter2-PASSWORD-77d0"
KINDS = ["sync", "async"]


def new_fake() -> FakeMixmax:
    fake = FakeMixmax(rate_limit=None)  # its FakeClock: advanced by the tests only
    fake.add_user("workers@example.com", "Workers", token=TOKEN)
    return fake


@contextmanager
def calling(kind: str, fake: FakeMixmax, spec: RedisRateLimit) -> Iterator[Callable[[], Any]]:
    """`call()` sends one `users.me()` through a `Mixmax` or an `AsyncMixmax` on the fake's clock."""
    if kind == "sync":
        with fake.client(token=TOKEN, rate_limit=spec, max_retries=0) as client:
            yield client.users.me
        return
    with asyncio.Runner() as runner:  # one event loop for every call, as in an application
        aclient = fake.async_client(token=TOKEN, rate_limit=spec, max_retries=0)
        try:
            yield lambda: runner.run(aclient.users.me())
        finally:
            runner.run(aclient.aclose())


def timed(call: Callable[[], Any]) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


def assert_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    assert caplog.records, "nothing was logged: the test looked at nothing"
    assert PASSWORD not in caplog.text and TOKEN not in caplog.text
    for record in caplog.records:
        assert PASSWORD not in record.getMessage() and PASSWORD not in str(record.exc_info)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_a_silent_redis_costs_one_timeout_then_one_short_probe_per_back_off_period(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """120 calls, 1/32 s apart on the fake clock (3.7 s): the first waits the store timeout once (no
    retry); the re-checks at 1 s and 3 s after it wait the probe timeout each; nothing else waits."""
    caplog.set_level(logging.DEBUG, logger="mixmax_sdk")
    fake = new_fake()
    with Blackhole() as redis, calling(kind, fake, RedisRateLimit(redis.url(PASSWORD), limit=1000)) as call:
        waits = []
        for _ in range(120):
            waits.append(timed(call))
            fake.clock.advance(1 / 32)  # exact in binary: the re-checks fall on calls 32 and 96

    assert [s.status for s in fake.served] == [200] * 120
    first, rest = waits[0], waits[1:]
    assert RedisLimiter.STORE_TIMEOUT <= first < 2 * RedisLimiter.STORE_TIMEOUT, first  # one try, not two
    probes = [waits[32], waits[96]]
    assert all(wait >= RedisLimiter.PROBE_TIMEOUT for wait in probes), probes
    # Before: six calls of these 120 waited 2 s each (12 s). Now two probes of 0.2 s, and 117 calls
    # that never wait on Redis: a call that did would take a probe or store timeout at least.
    assert all(wait < RedisLimiter.STORE_TIMEOUT for wait in probes), probes
    others = [wait for i, wait in enumerate(rest, 1) if i not in (32, 96)]
    assert max(others) < RedisLimiter.PROBE_TIMEOUT, max(others)
    assert sum(rest) <= 3.0, (sum(rest), probes)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "unreachable" in warnings[0] and "limiting in this process only" in warnings[0]
    assert f"redis://:***@127.0.0.1:{redis.port}/0" in warnings[0]
    assert_no_secret(caplog)


@pytest.mark.parametrize("kind", KINDS)
def test_re_checks_back_off_1_2_4_up_to_30_seconds_one_short_try_each(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A Redis that hangs up on every connection (each try fails at once), a call every 0.25 s for
    100 s of the fake clock: Redis hears from the client at the failure and then exactly at 1, 3, 7,
    15, 31, 61 and 91 s (intervals 1, 2, 4, 8, 16, 30, 30), once each (no retry)."""
    caplog.set_level(logging.DEBUG, logger="mixmax_sdk")
    fake = new_fake()
    with (
        Blackhole(hang_up=True, clock=fake.clock.now) as redis,
        calling(kind, fake, RedisRateLimit(redis.url(PASSWORD), limit=1000)) as call,
    ):
        start = fake.clock.now()
        for _ in range(400):
            call()
            fake.clock.advance(0.25)
        offsets = [at - start for at in redis.received]

    assert [s.status for s in fake.served] == [200] * 400
    failure = [offset for offset in offsets if offset == 0]
    assert 1 <= len(failure) <= 2, offsets  # the first failure: a closed connection is retried once
    assert offsets[len(failure) :] == [1, 3, 7, 15, 31, 61, 91]
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and warnings[0].startswith(
        f"rate limiter: Redis at redis://:***@127.0.0.1:{redis.port}/0"
    )
    assert_no_secret(caplog)


@pytest.mark.parametrize("kind", KINDS)
def test_a_frozen_redis_falls_back_then_is_shared_again_with_one_warning_each_way(
    kind: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A real redis-server with a password, stopped (SIGSTOP: connections are accepted, nothing
    answers) mid-run and resumed: local limiting meanwhile, the shared window again at the first
    re-check after it answers, one WARNING on leaving and one on returning, no password anywhere."""
    caplog.set_level(logging.DEBUG, logger="mixmax_sdk")
    server = RedisServer(tmp_path, password=PASSWORD).start()
    slots = store_keys(TOKEN, 60.0)[0]
    fake = new_fake()
    try:
        with calling(kind, fake, RedisRateLimit(server.url, limit=1000)) as call:
            for _ in range(3):
                call()
            assert server.client().zcard(slots) == 3  # shared

            server.freeze()
            first = timed(call)
            local = [timed(call) for _ in range(10)]  # the fake clock stands still: no re-check is due
            server.thaw()
            fake.clock.advance(StoreHealth.FIRST_RECHECK)
            call()  # the re-check: Redis answers, this call is admitted there
            shared = server.client().zcard(slots)
            for _ in range(5):
                call()
            assert server.client().zcard(slots) == shared + 5  # every call goes through Redis again
    finally:
        server.kill()

    assert [s.status for s in fake.served] == [200] * 20
    assert RedisLimiter.STORE_TIMEOUT <= first < 2 * RedisLimiter.STORE_TIMEOUT, first
    assert max(local) < RedisLimiter.PROBE_TIMEOUT, local  # none waited on Redis (a try waits >= that)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 2, warnings
    assert "is unreachable" in warnings[0] and "limiting in this process only" in warnings[0]
    assert "answers again; sharing its window" in warnings[1]
    assert all(f"redis://:***@127.0.0.1:{server.port}/0" in warning for warning in warnings)
    assert_no_secret(caplog)


@pytest.mark.parametrize("kind", KINDS)
def test_a_slot_given_back_while_redis_is_down_does_not_wait_on_it(kind: str, tmp_path: Path) -> None:
    """A request admitted by Redis that completes after Redis stopped answering: its slot is not sent
    back to the silent Redis (its lease runs out there), so completing it waits on nothing."""
    server = RedisServer(tmp_path).start()
    limiter = RedisLimiter(RedisRateLimit(server.url, limit=10), TOKEN, FakeClock())

    async def admitted_then_down() -> object:
        held = await limiter.aacquire()
        server.freeze()
        await limiter.aacquire()  # the failure: Redis is down from here
        return held

    async def give_back(slot: object) -> None:
        limiter.release(slot)  # an async slot in a running loop: released by a task

    try:
        if kind == "sync":
            held = limiter.acquire()
            server.freeze()
            limiter.acquire()
            waited = timed(lambda: limiter.release(held))
        else:
            held = asyncio.run(admitted_then_down())
            # A release task still pending when asyncio.run ends is sent synchronously: it would wait here.
            waited = timed(lambda: asyncio.run(give_back(held)))
    finally:
        server.kill()
    assert limiter.state().in_window == 2  # the local window still counts it, and the local admission
    assert waited < RedisLimiter.STORE_TIMEOUT, waited  # sending it would wait the whole timeout


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fallback_raise_with_a_silent_redis_raises_within_the_timeout_before_sending(kind: str) -> None:
    fake = new_fake()
    with Blackhole() as redis:
        spec = RedisRateLimit(redis.url(PASSWORD), limit=1000, fallback="raise")
        with calling(kind, fake, spec) as call:
            for _ in range(2):  # Redis is asked every time: never taken as down
                started = time.monotonic()
                with pytest.raises(APIConnectionError) as raised:
                    call()
                waited = time.monotonic() - started
                assert RedisLimiter.STORE_TIMEOUT <= waited < 2 * RedisLimiter.STORE_TIMEOUT, waited
                message = str(raised.value)
                assert message.startswith(
                    f"Rate limiter: Redis at redis://:***@127.0.0.1:{redis.port}/0 is unreachable (TimeoutError"
                ), message
                assert PASSWORD not in message and PASSWORD not in repr(raised.value.__cause__)
    assert fake.served == []  # nothing was sent


def test_without_redis_py_a_typed_error_names_the_extra() -> None:
    """At construction; and when a client is built with a spec made while redis-py was there."""
    code = (
        "import sys, mixmax_sdk\n"
        "spec = mixmax_sdk.RedisRateLimit('redis://:hunter2@127.0.0.1:6379/0')\n"
        "sys.modules['redis'] = None  # redis-py not installed (any import of it fails)\n"
        "for make in (lambda: mixmax_sdk.RedisRateLimit('redis://:hunter2@127.0.0.1:6379/0'),\n"
        "             lambda: mixmax_sdk.Mixmax(api_key='k', rate_limit=spec)):\n"
        "    try:\n"
        "        make()\n"
        "    except mixmax_sdk.MixmaxValidationError as error:\n"
        "        print(type(error).__name__, error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    message = (
        "MixmaxValidationError RedisRateLimit needs redis-py, an optional extra: pip install '.[redis]' in a checkout, "
        f"or pip install 'dist/mixmax_sdk-{__version__}-py3-none-any.whl[redis]' for a built wheel"
    )
    assert done.stdout.splitlines() == [message, message]
