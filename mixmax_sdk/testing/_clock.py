"""Clocks for the fake (and for tests of code that sleeps): real, or fully controlled. Both satisfy the
SDK's `Clock`, so `Mixmax(clock=fake.clock)` makes the SDK's own waits (back-off, rate limiting) run on
the same clock as the fake's rate-limit window."""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable

from .._clock import SystemClock


class RealClock(SystemClock):
    """Wall-clock time; `sleep` really sleeps."""

    def epoch_ms(self) -> int:
        return int(time.time() * 1000)

    def pass_time(self, seconds: float) -> None:
        """Let time pass on the server side (a slow answer)."""
        time.sleep(max(seconds, 0.0))


class FakeClock:
    """A clock that only moves when told to. `sleep(s)` advances it by `s` at once, so code under test
    that waits (rate limits, retries) finishes instantly and deterministically. Thread-safe.

    `sleeps` records every requested sleep, for asserting on back-off behaviour.
    """

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def now(self) -> float:
        with self._lock:
            return self._now

    def pass_time(self, seconds: float) -> None:
        """Let time pass on the server side (a slow answer); not recorded in `sleeps`."""
        self.advance(max(seconds, 0.0))

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._now += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would

    def time(self) -> float:
        """Epoch seconds: this clock's `now()` is epoch-based."""
        return self.now()

    def epoch_ms(self) -> int:
        return int(self.now() * 1000)


class FastForwardClock:
    """Wall time, fast-forwarded: `sleep(s)` really sleeps `s * scale` (`asleep` really awaits
    `asyncio.sleep`, so other tasks run meanwhile) and moves `now()`/`time()` on by the whole `s`.
    For tests over real sockets that must not wait out back-offs, yet must wait for real.

    `sleeps` records every requested sleep; `awaited` only the async ones that were awaited to the
    end (an `asleep` that is called but never awaited shows up in neither). `on_sleep` callbacks run
    at the start of each sleep (e.g. bring a refusing server back up during the back-off).
    """

    def __init__(self, scale: float = 0.01) -> None:
        if not 0.0 <= scale <= 1.0:
            raise ValueError("scale must be within [0, 1]")
        self.scale = scale
        self._skipped = 0.0
        self._lock = threading.Lock()
        self.sleeps: list[float] = []
        self.awaited: list[float] = []
        self.on_sleep: list[Callable[[float], None]] = []

    def now(self) -> float:
        with self._lock:
            return time.monotonic() + self._skipped

    def time(self) -> float:
        with self._lock:
            return time.time() + self._skipped

    def _begin(self, seconds: float) -> float:
        if not math.isfinite(seconds):
            raise ValueError(f"cannot sleep {seconds!r} seconds")  # as time.sleep; asyncio.sleep would hang
        for callback in list(self.on_sleep):
            callback(seconds)
        seconds = max(seconds, 0.0)
        with self._lock:
            self.sleeps.append(seconds)
            self._skipped += seconds * (1.0 - self.scale)
        return seconds * self.scale

    def sleep(self, seconds: float) -> None:
        time.sleep(self._begin(seconds))

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(self._begin(seconds))
        with self._lock:
            self.awaited.append(max(seconds, 0.0))
