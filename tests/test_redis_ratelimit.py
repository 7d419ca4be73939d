"""RedisRateLimit against a real redis-server (started here on a free loopback port, never mocked):
one sliding window per API key across processes, in-flight requests counted, nothing about the token
in Redis, and the fallback when Redis dies mid-run."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis_server import RedisServer

from mixmax_sdk import APIConnectionError, AsyncMixmax, Mixmax, MixmaxValidationError, RedisRateLimit
from mixmax_sdk._clock import SystemClock
from mixmax_sdk._rate_limit_redis import RedisLimiter, store_keys
from mixmax_sdk._rate_limit_store_health import StoreHealth
from mixmax_sdk.testing import FakeMixmax, RealClock

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "tok-redis-SECRET-4e7d1a9b"


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path).start()
    yield server
    server.kill()


def window_counts(times: list[float], window: float) -> int:
    """The most requests the log shows starting within any `window` seconds (the server's own rule:
    a request counts until `window` has passed since it arrived)."""
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times))


def run_workers(base_url: str, store: str, *, processes: int, clients: int, requests: int) -> list[dict[str, Any]]:
    command = [sys.executable, str(ROOT / "tests" / "redis_worker.py"), base_url, TOKEN, store, "20", "2.0"]
    workers = [
        subprocess.Popen([*command, str(clients), str(requests)], stdout=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    results = []
    for worker in workers:
        out, _ = worker.communicate(timeout=45)
        assert worker.returncode == 0
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_import_mixmax_sdk_imports_neither_redis_nor_limits() -> None:
    code = (
        "import sys, mixmax_sdk\n"
        "spec = mixmax_sdk.RedisRateLimit('redis://127.0.0.1:1/0')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('redis', 'limits')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_four_processes_share_one_window_without_a_single_429(redis_server: RedisServer) -> None:
    fake = FakeMixmax(clock=RealClock(), rate_limit=20, rate_window=2.0)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)
    started = time.monotonic()
    with fake.serve() as server:
        results = run_workers(server.base_url, redis_server.url, processes=4, clients=2, requests=7)
    elapsed = time.monotonic() - started

    assert [result["errors"] for result in results] == [[], [], [], []]
    assert sum(result["ok"] for result in results) == 56
    assert [served.status for served in fake.served] == [200] * 56
    assert window_counts([served.at for served in fake.served], 2.0) <= 20
    # 56 requests at 20 per 2 s need at least two full windows: the limit was really shared.
    assert max(s.at for s in fake.served) - min(s.at for s in fake.served) >= 4.0
    assert elapsed < 30

    # Nothing about the token is in Redis: key names hash it, values are slot ids and times.
    dump = redis_server.dump()
    assert [key.decode() for key in dump] == [store_keys(TOKEN, 2.0)[0]]
    assert TOKEN.encode() not in repr(dump).encode()
    assert all(TOKEN not in key.decode() and "redis-SECRET" not in key.decode() for key in dump)


def test_the_same_workers_with_local_limiters_earn_429s() -> None:
    """The control: each process believing it owns the whole budget is what the shared window fixes."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=20, rate_window=2.0)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)
    with fake.serve() as server:
        results = run_workers(server.base_url, "local", processes=4, clients=1, requests=10)
    assert sum(result["ok"] for result in results) == 20
    assert sum(len(result["errors"]) for result in results) == 20
    assert sorted(s.status or 0 for s in fake.served) == [200] * 20 + [429] * 20


def test_a_request_in_flight_holds_its_slot_in_every_process(redis_server: RedisServer) -> None:
    """Two limiters (as in two processes): slots held in flight by one are unavailable to the other
    until they complete and then for the whole window after completion."""
    spec = RedisRateLimit(redis_server.url, limit=3, window=0.5)
    first, second = RedisLimiter(spec, TOKEN, SystemClock()), RedisLimiter(spec, TOKEN, SystemClock())
    slots = [first.acquire() for _ in range(3)]
    assert second.try_acquire() == (None, RedisLimiter.POLL)  # every slot is in flight
    time.sleep(0.6)  # longer than the window: in flight still counts
    assert second.try_acquire() == (None, RedisLimiter.POLL)
    releasing = time.monotonic()
    first.release(slots[0])
    slot, wait = second.try_acquire()
    between = time.monotonic() - releasing  # the completion and this check both fell within it
    # The window runs from completion, rounded up to Redis's millisecond (never earlier than it): what is
    # left of it is the window less the time between the two, however long the machine took.
    assert slot is None and 0.5 - between - 0.001 <= wait <= 0.5 + 0.001, (wait, between)
    assert second.state().in_window == 3 and first.state().in_window == 3
    time.sleep(wait + 0.02)
    assert asyncio.run(second.aacquire()) is not None
    assert second.state().in_window == 3


def test_a_limit_the_api_reports_is_adopted_by_every_process(redis_server: RedisServer) -> None:
    spec = RedisRateLimit(redis_server.url, limit=30, window=2.0)
    fake = FakeMixmax(clock=RealClock(), rate_limit=5, rate_window=2.0, rate_limit_headers=True)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)
    with fake.serve() as server, Mixmax(api_key=TOKEN, base_url=server.base_url, rate_limit=spec) as client:
        client.users.me()
        assert client.rate_limit_state is not None and client.rate_limit_state.limit == 5
        client.users.me()  # the next admission publishes the adopted limit
    other = RedisLimiter(spec, TOKEN, SystemClock())  # another process: it never saw a header
    assert other.state().limit == 5
    other.acquire()
    assert other.limit == 5
    assert TOKEN.encode() not in repr(redis_server.dump()).encode()


def test_sync_and_async_clients_share_the_window(redis_server: RedisServer) -> None:
    spec = RedisRateLimit(redis_server.url, limit=4, window=1.0)
    fake = FakeMixmax(clock=RealClock(), rate_limit=4, rate_window=1.0)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)

    async def async_part(base_url: str) -> None:
        async with AsyncMixmax(api_key=TOKEN, base_url=base_url, max_retries=0, rate_limit=spec) as client:
            await asyncio.gather(*(client.users.me() for _ in range(5)))

    with fake.serve() as server:
        with Mixmax(api_key=TOKEN, base_url=server.base_url, max_retries=0, rate_limit=spec) as client:
            for _ in range(3):
                client.users.me()
        asyncio.run(async_part(server.base_url))
    assert [s.status for s in fake.served] == [200] * 8
    assert window_counts([s.at for s in fake.served], 1.0) <= 4
    # asyncio.run ended right after the last answers: their slots were still given back.
    scores = [score for _, score in redis_server.client().zrange(store_keys(TOKEN, 1.0)[0], 0, -1, withscores=True)]
    assert all(score < time.time() * 1000 + 1000 for score in scores), "a lease left: a slot never given back"
    # The last admission found fewer than 4 slots in the window and nothing trims after it: at most 4,
    # and at least the last one. (Exactly 4 holds only if the async part starts within a second of the
    # sync one, which a stalled machine need not do: not asserted.)
    assert 1 <= len(scores) <= 4, scores


def test_redis_killed_mid_run_falls_back_to_local_with_one_warning_each_way(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(StoreHealth, "FIRST_RECHECK", 0.2)
    monkeypatch.setattr(StoreHealth, "MAX_RECHECK", 0.4)
    spec = RedisRateLimit(redis_server.url, limit=1000, window=1.0)
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)
    errors: list[BaseException] = []
    done = threading.Event()

    def work(client: Mixmax) -> None:
        try:
            while not done.is_set():
                client.users.me()
        except BaseException as error:  # any exception is the failure this test looks for
            errors.append(error)

    caplog.set_level(logging.INFO, logger="mixmax_sdk")
    with fake.serve() as server:
        clients = [Mixmax(api_key=TOKEN, base_url=server.base_url, rate_limit=spec) for _ in range(2)]
        # Daemons, and stopped in `finally`: a failed wait must not leave them running (the suite would
        # report the failure, then never exit).
        threads = [threading.Thread(target=work, args=(client,), daemon=True) for client in clients]
        try:
            for thread in threads:
                thread.start()
            wait_for(lambda: len(fake.served) >= 20)
            redis_server.kill()
            served_at_kill = len(fake.served)
            wait_for(lambda: len(fake.served) >= served_at_kill + 50)  # under the local fallback
            redis_server.start()  # back, on the same port, empty
            wait_for(lambda: bool(redis_server.client().keys("mixmax_sdk:*")))
        finally:
            done.set()
            for thread in threads:
                thread.join(timeout=10)
            for client in clients:
                client.close()

    assert errors == []
    assert not any(thread.is_alive() for thread in threads)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2, warnings
    assert "unreachable" in warnings[0] and "limiting in this process only" in warnings[0]
    assert "answers again; sharing its window" in warnings[1]
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert all(s.status == 200 for s in fake.served)


def test_async_clients_fall_back_too(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    spec = RedisRateLimit(redis_server.url, limit=1000, window=1.0)
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)

    async def run(base_url: str) -> int:
        async with AsyncMixmax(api_key=TOKEN, base_url=base_url, rate_limit=spec) as client:
            await asyncio.gather(*(client.users.me() for _ in range(5)))
            redis_server.kill()
            await asyncio.gather(*(client.users.me() for _ in range(10)))
            return 15

    caplog.set_level(logging.WARNING, logger="mixmax_sdk")
    with fake.serve() as server:
        assert asyncio.run(run(server.base_url)) == 15
    assert [s.status for s in fake.served] == [200] * 15
    assert len(caplog.records) == 1 and "unreachable" in caplog.records[0].getMessage()


def test_fallback_raise_gives_a_typed_error_before_sending(redis_server: RedisServer) -> None:
    spec = RedisRateLimit(redis_server.url, limit=10, window=1.0, fallback="raise")
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.add_user("workers@example.com", "Workers", token=TOKEN)

    async def async_call(base_url: str) -> None:
        async with AsyncMixmax(api_key=TOKEN, base_url=base_url, rate_limit=spec) as client:
            await client.users.me()

    with fake.serve() as server, Mixmax(api_key=TOKEN, base_url=server.base_url, rate_limit=spec) as client:
        client.users.me()
        redis_server.kill()
        with pytest.raises(
            APIConnectionError, match=r"Rate limiter: Redis at redis://127\.0\.0\.1:\d+/0 is unreachable"
        ):
            client.users.me()
        with pytest.raises(APIConnectionError, match="Rate limiter: Redis"):
            asyncio.run(async_call(server.base_url))
        assert len(fake.served) == 1  # neither reached the API
        redis_server.start()
        client.users.me()  # a Redis that comes back is used at once
    assert [s.status for s in fake.served] == [200, 200]
    assert len(redis_server.client().zrange(store_keys(TOKEN, 1.0)[0], 0, -1)) == 1


def test_redis_rate_limit_validates_and_hides_the_password() -> None:
    spec = RedisRateLimit("redis://:hunter2@cache:6379/0", limit=60, window=30)
    assert repr(spec) == "RedisRateLimit('redis://:***@cache:6379/0', limit=60, window=30.0, fallback='local')"
    assert spec == RedisRateLimit("redis://:hunter2@cache:6379/0", limit=60, window=30.0)
    for bad, message in [
        (lambda: RedisRateLimit("http://cache:6379"), "url must be a redis://"),
        (lambda: RedisRateLimit("redis://cache", limit=0), "limit must be a positive int"),
        (lambda: RedisRateLimit("redis://cache", window=float("nan")), "window must be"),
        (lambda: RedisRateLimit("redis://cache", fallback="ignore"), "fallback must be 'local' or 'raise'"),  # type: ignore[arg-type]
    ]:
        with pytest.raises(MixmaxValidationError, match=message):
            bad()
    with pytest.raises(MixmaxValidationError, match="a RedisRateLimit or None"):
        Mixmax(api_key=TOKEN, rate_limit="redis://cache")  # type: ignore[arg-type]


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_release_cut_short_by_the_end_of_asyncio_run_still_reaches_redis(redis_server: RedisServer) -> None:
    """The async release is a task; asyncio.run cancels it if the coroutine returns at once. The slot
    must still be given back, or it would stay held in every process for the whole lease."""
    limiter = RedisLimiter(RedisRateLimit(redis_server.url, limit=5, window=60.0), TOKEN, SystemClock())

    async def answer_and_leave() -> None:
        limiter.release(await limiter.aacquire())

    asyncio.run(answer_and_leave())
    scores = [score for _, score in redis_server.client().zrange(store_keys(TOKEN, 60.0)[0], 0, -1, withscores=True)]
    assert len(scores) == 1 and scores[0] <= time.time() * 1000 + 50  # completed, not leased 120 s ahead
