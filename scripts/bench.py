"""Overhead of the SDK against raw httpx, measured in the same run against the fake Mixmax over HTTP.

    make bench

Both sides send the same N requests (GET /users/me, then GET /sequences?limit=300) over one
keep-alive connection to the fake on 127.0.0.1. The SDK side includes its whole stack: request
building, the retry wrapper, the rate limiter (set high enough never to wait), parsing into typed
models. Reported as time per request and as a ratio SDK / raw httpx; claims use the ratio only.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import httpx

from mixmax_sdk import Mixmax
from mixmax_sdk.testing import FakeMixmax, RealClock

N = 300
ROUNDS = 5


def timed(fn: Callable[[], object]) -> float:
    best = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(N):
            fn()
        best.append((time.perf_counter() - start) / N)
    return statistics.median(best)


def main() -> int:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        raw = httpx.Client(base_url=server.base_url, headers={"X-API-Token": fake.demo_token})
        sdk = Mixmax(api_key=fake.demo_token, base_url=server.base_url, rate_limit=10**9)
        cases = {
            "GET /users/me": (lambda: raw.get("/users/me").json(), lambda: sdk.users.me()),
            "GET /sequences (1 page)": (
                lambda: raw.get("/sequences", params={"limit": 300}).json(),
                lambda: sdk.sequences.list(limit=300).first_page(),
            ),
        }
        for fn_raw, fn_sdk in cases.values():  # warm up connections and imports
            fn_raw(), fn_sdk()
        print(f"{'case':28} {'raw httpx':>12} {'mixmax-sdk':>12} {'ratio':>7}")
        for name, (fn_raw, fn_sdk) in cases.items():
            t_raw, t_sdk = timed(fn_raw), timed(fn_sdk)
            print(f"{name:28} {t_raw * 1e3:9.3f} ms {t_sdk * 1e3:9.3f} ms {t_sdk / t_raw:6.2f}x")
        raw.close()
        sdk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
