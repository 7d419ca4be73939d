"""Time, injectable: the retry back-off and the rate limiter ask a clock to sleep, so tests (and the
fake Mixmax's `FakeClock`) can make waiting instant and deterministic."""

from __future__ import annotations

import time
from typing import Literal, Protocol, runtime_checkable


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


WaitReason = Literal["rate_limit", "retry"]
"""Why the SDK is about to sleep: `rate_limit` (the client's limiter, or a 429's Retry-After), `retry`
(back-off before repeating a request that failed)."""


@runtime_checkable
class WaitListener(Protocol):
    """A clock that also wants to hear why each wait happens (the `mixmax` CLI shows it on its progress
    line): it defines `waiting`, called just before `sleep`/`asleep` with the same number of seconds."""

    def waiting(self, seconds: float, reason: WaitReason) -> None: ...


def announce_wait(clock: Clock, seconds: float, reason: WaitReason) -> None:
    """Tell `clock` why the SDK is about to sleep `seconds`, if it listens (most clocks do not)."""
    if isinstance(clock, WaitListener):
        clock.waiting(seconds, reason)
