"""Time, injectable: the retry back-off and the rate limiter ask a clock to sleep, so tests (and the
fake Mixmax's `FakeClock`) can make waiting instant and deterministic."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never goes backwards (for windows and elapsed times)."""

    def time(self) -> float:
        """Seconds since the Unix epoch (to read `X-RateLimit-Reset` and HTTP dates)."""

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(seconds, 0.0))

    async def asleep(self, seconds: float) -> None:
        import asyncio  # only async code pays for importing asyncio

        await asyncio.sleep(max(seconds, 0.0))
