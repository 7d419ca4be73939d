"""Client-side rate limiting: never more than `limit` requests *started* in any sliding window.

Mixmax allows 120 requests per minute per user and IP, counted over the last 60 seconds. A token
bucket that bursts 120 and then refills at 2/s would start ~130 requests in some 60-second span and
be refused; this limiter keeps the start times of the last window and admits a request only when
fewer than `limit` started within it. One limiter is shared by every thread and task of a client.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Mapping

from ._clock import Clock

log = logging.getLogger("mixmax_sdk")


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._starts: deque[float] = deque()
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a slot and return 0, or return how long to wait before asking again."""
        with self._lock:
            now = self.clock.now()
            if now < self._blocked_until:
                return self._blocked_until - now
            while self._starts and self._starts[0] <= now - self.window:
                self._starts.popleft()
            if len(self._starts) < self.limit:
                self._starts.append(now)
                return 0.0
            return self._starts[0] + self.window - now

    def acquire(self) -> None:
        while (wait := self.reserve()) > 0:
            log.debug("rate limiter: waiting %.2fs for a slot", wait)
            self.clock.sleep(wait)

    async def aacquire(self) -> None:
        while (wait := self.reserve()) > 0:
            log.debug("rate limiter: waiting %.2fs for a slot", wait)
            await self.clock.asleep(wait)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn from `X-RateLimit-*` headers when the API sends them: a lower limit, or none left."""
        limit = _int(headers.get("x-ratelimit-limit"))
        remaining = _int(headers.get("x-ratelimit-remaining"))
        reset = _int(headers.get("x-ratelimit-reset"))
        with self._lock:
            if limit is not None and 0 < limit < self.limit:
                log.info("rate limiter: the API reports a limit of %d per window; adopting it", limit)
                self.limit = limit
            if remaining == 0 and reset is not None:
                # Reset is epoch seconds (or, from some servers, seconds from now).
                wait = reset - self.clock.time() if reset > 1_000_000_000 else float(reset)
                if wait > 0:
                    self._blocked_until = max(self._blocked_until, self.clock.now() + min(wait, self.window))


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None
