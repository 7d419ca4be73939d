"""Added cost of the shared (Redis) rate limiter per request, against the local one, same run.

    .venv/bin/python scripts/bench_redis.py [--redis-url redis://127.0.0.1:6379/0]

Without --redis-url it starts a throwaway `redis-server` on a free loopback port (`make redis-server`
installs one). Three measurements, each the median of ROUNDS runs of N requests:

* the limiter alone, sync: acquire + release per request (one Redis round trip each);
* the limiter alone, async: `await aacquire()` + release (the release is a task; its time is counted);
* the whole SDK: GET /users/me against the fake Mixmax over loopback HTTP, local vs Redis limiter.

The goal is an added cost under 0.5 ms per request.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from mixmax_sdk import LocalRateLimit, Mixmax, RedisRateLimit
from mixmax_sdk._clock import SystemClock
from mixmax_sdk._rate_limit_local import SlidingWindowLimiter
from mixmax_sdk._rate_limit_redis import RedisLimiter
from mixmax_sdk.testing import FakeMixmax, RealClock

N = 500
ROUNDS = 5
GOAL_MS = 0.5
KEY = "bench-token-not-secret"
HIGH = 10**9  # never waits: what is measured is the bookkeeping, not the limiting


def per_request(fn: Callable[[], object]) -> float:
    runs = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(N):
            fn()
        runs.append((time.perf_counter() - start) / N)
    return statistics.median(runs)


def per_request_async(limiter: SlidingWindowLimiter) -> float:
    async def run() -> float:
        runs = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for _ in range(N):
                limiter.release(await limiter.aacquire())
            if isinstance(limiter, RedisLimiter):
                await asyncio.gather(*limiter._releases)
            runs.append((time.perf_counter() - start) / N)
        return statistics.median(runs)

    return asyncio.run(run())


@contextmanager
def throwaway_redis() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("redis-server not found: run `make redis-server`, or pass --redis-url")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as workdir:
        args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        server = subprocess.Popen(args, cwd=workdir, stdout=subprocess.DEVNULL)
        try:
            import redis

            client = redis.Redis(port=port)
            for _ in range(500):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.01)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            server.wait(timeout=10)


def row(name: str, local: float, shared: float) -> None:
    added = (shared - local) * 1e3
    print(f"{name:34} {local * 1e3:9.3f} ms {shared * 1e3:9.3f} ms {added:+9.3f} ms {shared / local:7.2f}x")


def bench(url: str) -> float:
    spec = RedisRateLimit(url, limit=HIGH, window=60.0)
    local = SlidingWindowLimiter(HIGH, 60.0, SystemClock())
    shared = RedisLimiter(spec, KEY, SystemClock())
    for limiter in (local, shared):  # connect, load the script
        limiter.release(limiter.acquire())
    print(f"{'per request':34} {'local':>12} {'redis':>12} {'added':>12} {'ratio':>8}")
    row(
        "limiter acquire + release (sync)",
        per_request(lambda: local.release(local.acquire())),
        per_request(lambda: shared.release(shared.acquire())),
    )
    row("limiter acquire + release (async)", per_request_async(local), per_request_async(shared))

    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with (
        fake.serve() as server,
        Mixmax(api_key=fake.demo_token, base_url=server.base_url, rate_limit=LocalRateLimit(HIGH)) as by_local,
        Mixmax(api_key=fake.demo_token, base_url=server.base_url, rate_limit=spec) as by_redis,
    ):
        by_local.users.me(), by_redis.users.me()
        t_local, t_redis = per_request(by_local.users.me), per_request(by_redis.users.me)
        row("SDK GET /users/me over loopback", t_local, t_redis)
    added_ms = (t_redis - t_local) * 1e3
    verdict = "within" if added_ms < GOAL_MS else "OVER"
    print(f"added cost of the Redis limiter per request: {added_ms:.3f} ms ({verdict} the {GOAL_MS} ms goal)")
    return added_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redis-url", help="an existing Redis (default: start a throwaway redis-server)")
    args = parser.parse_args()
    if args.redis_url:
        bench(args.redis_url)
    else:
        with throwaway_redis() as url:
            bench(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
