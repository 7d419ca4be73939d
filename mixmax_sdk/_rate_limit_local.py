"""Client-side rate limiting: never more than `limit` requests *started* in any sliding window.

Mixmax allows 120 requests per minute per user and IP, counted over the last 60 seconds. A token
bucket that bursts 120 and then refills at 2/s would start ~130 requests in some 60-second span and
be refused; this limiter remembers the last window's requests instead and admits one only when fewer
than `limit` are within it. One limiter is shared by every thread and task of a client.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import weakref
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._clock import Clock, SystemClock, announce_wait
from ._constants import DEFAULT_RATE_LIMIT, RATE_WINDOW
from .errors import MixmaxValidationError

log: logging.Logger = logging.getLogger("mixmax_sdk")


@dataclass(frozen=True, slots=True)
class LocalRateLimit:
    """In-process rate limiting: at most `limit` requests started per sliding `window` seconds.

    `rate_limit=120` means `LocalRateLimit(120)`. Mixmax counts per user, so by default every client in
    the process that uses the same API key (and limit) shares one window; `shared=False` gives a
    client a window of its own (for a test, or a key you know no one else uses).
    """

    limit: int = DEFAULT_RATE_LIMIT
    window: float = RATE_WINDOW
    shared: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise MixmaxValidationError(f"limit must be a positive int, not {self.limit!r}")
        if not isinstance(self.window, int | float) or not math.isfinite(self.window) or self.window <= 0:
            raise MixmaxValidationError(f"window must be a finite positive number of seconds, not {self.window!r}")


@dataclass(frozen=True, slots=True)
class RateLimitState:
    """A snapshot of a client's rate limiting: `client.rate_limit_state`.

    `limit` and `window` are what the limiter enforces (a lower limit the API reported is adopted);
    `in_window` counts requests in flight or finished within the last window. `reported_*` are the
    last `X-RateLimit-Limit` / `-Remaining` / `-Reset` values the API sent (None: never sent; Mixmax
    does not document them).
    """

    limit: int
    window: float
    in_window: int
    reported_limit: int | None = None
    reported_remaining: int | None = None
    reported_reset: int | None = None


class SharedRateLimit(ABC):
    """A rate limit kept in a store that several processes share (`RedisRateLimit`).

    Its own module builds the limiter, so the store's client library is imported only when a client
    actually uses one.
    """

    __slots__ = ()

    @abstractmethod
    def limiter(self, api_key: str, clock: Clock) -> SlidingWindowLimiter:
        """The limiter for a new client with this API key (shared in-process like the local one)."""


# Limiters shared per (kind, API key hash, settings..., clock) while some client uses them.
_shared: weakref.WeakValueDictionary[tuple[object, ...], SlidingWindowLimiter] = weakref.WeakValueDictionary()
_shared_lock = threading.Lock()


def key_hash(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def shared_limiter(
    key: tuple[object, ...], clock: Clock, build: Callable[[], SlidingWindowLimiter]
) -> SlidingWindowLimiter:
    """The limiter registered under `key` (and `clock`) in this process, built on first use."""
    # Every SystemClock is the same clock; any other (a test's fake clock) is its own time line.
    clock_key: object = SystemClock if type(clock) is SystemClock else id(clock)
    with _shared_lock:
        limiter = _shared.get((*key, clock_key))
        if limiter is None:
            limiter = _shared[(*key, clock_key)] = build()
        return limiter


def limiter_for(
    spec: LocalRateLimit | SharedRateLimit | None, api_key: str, clock: Clock
) -> SlidingWindowLimiter | None:
    """The limiter a new client uses: None (off), its own, or the one its API key shares in this process."""
    if spec is None:
        return None
    if isinstance(spec, SharedRateLimit):
        return spec.limiter(api_key, clock)
    if not spec.shared:
        return SlidingWindowLimiter(spec.limit, spec.window, clock)
    key = ("local", key_hash(api_key), spec.limit, spec.window)
    return shared_limiter(key, clock, lambda: SlidingWindowLimiter(spec.limit, spec.window, clock))


class SlidingWindowLimiter:
    """Admits a request only while fewer than `limit` are in flight or finished within the window.

    A request holds its slot from admission until it completes, and then for `window` seconds after
    its completion. The server counts a request when it arrives, which is after its admission and
    before its completion; so counting from completion is never too early, and a request still in
    flight (however long it takes) can never fall out of the window. That keeps the server's own
    sliding window at or under the limit whatever the latency.
    """

    POLL = 0.05  # seconds between looks when every slot is held by a request still in flight

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit: int = limit
        self.window: float = window
        self.clock: Clock = clock
        self._in_flight: set[object] = set()
        self._finished: deque[float] = deque()
        self._blocked_until = 0.0
        self._reported: tuple[int | None, int | None, int | None] = (None, None, None)
        self._lock = threading.Lock()

    def try_acquire(self) -> tuple[object | None, float]:
        """A slot and 0, or None and how long to wait before asking again."""
        with self._lock:
            now = self.clock.now()
            if now < self._blocked_until:
                return None, self._blocked_until - now
            while self._finished and self._finished[0] <= now - self.window:
                self._finished.popleft()
            if len(self._in_flight) + len(self._finished) < self.limit:
                slot = object()
                self._in_flight.add(slot)
                return slot, 0.0
            wait = self._finished[0] + self.window - now if self._finished else self.POLL
            return None, max(wait, 0.0)

    def state(self) -> RateLimitState:
        with self._lock:
            now = self.clock.now()
            recent = sum(1 for finished in self._finished if finished > now - self.window)
            return RateLimitState(self.limit, self.window, len(self._in_flight) + recent, *self._reported)

    def release(self, slot: object) -> None:
        """The request holding `slot` has completed (answered or failed)."""
        with self._lock:
            self._in_flight.discard(slot)
            self._finished.append(self.clock.now())

    async def atry_acquire(self) -> tuple[object | None, float]:
        """`try_acquire` for the async driver: a limiter whose state is elsewhere (Redis) awaits it."""
        return self.try_acquire()

    def acquire(self) -> object:
        slot, wait = self.try_acquire()
        while slot is None:
            self.clock.sleep(self._waiting(wait))
            slot, wait = self.try_acquire()
        return slot

    async def aacquire(self) -> object:
        slot, wait = await self.atry_acquire()
        while slot is None:
            await self.clock.asleep(self._waiting(wait))
            slot, wait = await self.atry_acquire()
        return slot

    def _waiting(self, wait: float) -> float:
        """No slot is free for `wait` seconds: say so (log, wait listeners) before sleeping."""
        log.debug("rate limiter: waiting %.2fs for a slot", wait)
        announce_wait(self.clock, wait, "rate_limit")
        return wait

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn from `X-RateLimit-*` headers when the API sends them: a lower limit, or none left."""
        if "x-ratelimit-limit" not in headers and "x-ratelimit-remaining" not in headers:
            return  # the usual case: Mixmax documents no such headers
        limit = _count(headers.get("x-ratelimit-limit"))
        remaining = _count(headers.get("x-ratelimit-remaining"))
        reset = _count(headers.get("x-ratelimit-reset"))
        with self._lock:
            self._reported = (limit, remaining, reset)
            if limit is not None and 0 < limit < self.limit:
                log.info("rate limiter: the API reports a limit of %d per window; adopting it", limit)
                self.limit = limit
            if remaining == 0 and reset is not None:
                # Reset is epoch seconds (or, from some servers, seconds from now).
                wait = reset - self.clock.time() if reset > 1_000_000_000 else float(reset)
                if wait > 0:
                    self._blocked_until = max(self._blocked_until, self.clock.now() + min(wait, self.window))


def _count(value: str | None) -> int | None:
    """A non-negative whole number from a header; anything else (garbage, NaN, infinity, negative,
    absurdly large) is ignored: a bad header must never turn an answer into an exception."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if not math.isfinite(number) or not 0 <= number < 1e13:
        return None
    return int(number)
