"""Whether the shared rate limit asks its store (Redis) or the local fallback, and when to look again.

A plan with no I/O, shared by the sync and async paths of `RedisLimiter`. While the store is down,
requests never wait on it: they run on the local limiter, and once per back-off period (1 s, 2 s,
4 s, ... at most 30 s) a single request probes the store with a short timeout. A store that accepts
connections and never answers therefore costs each back-off period one short probe, not a full
timeout per request.
"""

from __future__ import annotations

import enum
import threading

from ._clock import Clock


class Route(enum.Enum):
    STORE = "store"  # the store answers: ask it, with the normal timeout
    PROBE = "probe"  # the store is down and a re-check is due: this caller asks it, with a short timeout
    LOCAL = "local"  # the store is down: the local limiter decides, nothing waits on the store


class StoreHealth:
    FIRST_RECHECK = 1.0  # seconds from the failure to the first re-check
    MAX_RECHECK = 30.0  # the back-off doubles up to this

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.down = False
        self._next_check = 0.0
        self._interval = self.FIRST_RECHECK
        self._lock = threading.Lock()

    def route(self) -> Route:
        """Where this request goes. At most one caller per back-off period gets `PROBE`."""
        with self._lock:
            if not self.down:
                return Route.STORE
            now = self.clock.now()
            if now < self._next_check:
                return Route.LOCAL
            # Scheduled when the probe starts, not when it ends: however long it waits (or if it is
            # cancelled), no other request probes before the next period.
            self._next_check = now + self._interval
            self._interval = min(self._interval * 2, self.MAX_RECHECK)
            return Route.PROBE

    def next_check_in(self) -> float:
        with self._lock:
            return max(self._next_check - self.clock.now(), 0.0)

    def failed(self, route: Route) -> bool:
        """The store did not answer a request sent on `route`; True when this takes it down (warn once)."""
        with self._lock:
            if route is not Route.STORE or self.down:
                return False  # a failed probe: the next one is already scheduled
            self.down = True
            self._next_check = self.clock.now() + self.FIRST_RECHECK
            self._interval = min(self.FIRST_RECHECK * 2, self.MAX_RECHECK)
            return True

    def answered(self) -> bool:
        """The store answered; True when this brings it back (log once)."""
        with self._lock:
            if not self.down:
                return False
            self.down = False
            self._interval = self.FIRST_RECHECK
            return True
