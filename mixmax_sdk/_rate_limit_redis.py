"""The limiter behind `RedisRateLimit`: the local sliding window's rule, kept in Redis for every process.

Why a Lua script and not the `limits` package: its moving window stores the time each hit *started*
(taken from the client's own clock) and offers no way to hold an entry while the request is in flight
or re-time it when it completes. Mixmax counts a request when it arrives, which can be after the start
by any connect and write delay; the local limiter therefore holds a slot until the request completes
and for a window after that, and so must the shared one. The script below keeps a sorted set of slots
scored by when their window runs from: admission plus a lease while in flight, the completion time
once released. Time comes from Redis (`TIME`), so hosts with skewed clocks still share one window.

This class extends the local `SlidingWindowLimiter` and keeps it up to date with this process's own
requests, so that when Redis goes away the fallback already knows what this process sent.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import redis
import redis.asyncio
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.retry import Retry

from ._clock import Clock
from ._rate_limit_local import RateLimitState, SlidingWindowLimiter
from ._rate_limit_redis_option import safe_url
from ._rate_limit_store_health import Route, StoreHealth
from .errors import APIConnectionError

if TYPE_CHECKING:
    from ._rate_limit_redis_option import RedisRateLimit

log: logging.Logger = logging.getLogger("mixmax_sdk")

# KEYS: 1 the slots (sorted set: slot id -> ms from which its window runs), 2 a limit the API reported,
# 3 a block set when the API said none are left. ARGV: 1 op (acquire | release | state), 2 slot id,
# 3 limit, 4 window ms, 5 lease ms, 6 a reported limit to publish (0: none), 7 ms to block (0: none).
# Returns {admitted (or the count for state), ms to wait (-1: every slot is in flight), limit}.
WINDOW_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local op, slot = ARGV[1], ARGV[2]
local limit, window, lease = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if op == 'release' then
  -- now + 1: TIME is cut to the millisecond, and a window must never start before the completion
  redis.call('ZADD', KEYS[1], now + 1, slot)
  redis.call('PEXPIRE', KEYS[1], lease + window)
  return {1, 0, limit}
end
local reported = tonumber(ARGV[6])
if reported > 0 then
  local known = tonumber(redis.call('GET', KEYS[2]))
  if known == nil or reported < known then known = reported end
  redis.call('SET', KEYS[2], known, 'PX', 3600000)
end
local known = tonumber(redis.call('GET', KEYS[2]))
if known ~= nil and known < limit then limit = known end
local block = tonumber(ARGV[7])
if block > 0 and redis.call('PTTL', KEYS[3]) < block then
  redis.call('SET', KEYS[3], '1', 'PX', block)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local held = redis.call('ZCARD', KEYS[1])
if op == 'state' then
  return {held, 0, limit}
end
local blocked = redis.call('PTTL', KEYS[3])
if blocked > 0 then
  return {0, blocked, limit}
end
if held < limit then
  redis.call('ZADD', KEYS[1], now + lease, slot)
  redis.call('PEXPIRE', KEYS[1], lease + window)
  return {1, 0, limit}
end
local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
if oldest > now + 1 then  -- a lease: still in flight (a release is scored at most now + 1)
  return {0, -1, limit}
end
return {0, oldest + window - now, limit}
"""


def store_keys(api_key: str, window: float) -> list[str]:
    """Key names from a hash of the API key (never the key); the braces keep them in one Redis Cluster
    slot, which a multi-key script needs. The window is part of the name: limiters with another window
    must not trim each other's slots."""
    digest = hashlib.sha256(b"mixmax-sdk rate limit\0" + api_key.encode()).hexdigest()[:32]
    base = f"mixmax_sdk:ratelimit:{{{digest}}}:{round(window * 1000)}ms"
    return [f"{base}:slots", f"{base}:limit", f"{base}:block"]


class RedisSlot:
    """A slot admitted through Redis; `asynchronous` says which client gives it back."""

    __slots__ = ("asynchronous", "id")

    def __init__(self, asynchronous: bool) -> None:
        self.id: str = os.urandom(8).hex()
        self.asynchronous = asynchronous


class RedisLimiter(SlidingWindowLimiter):
    """`SlidingWindowLimiter` whose admissions are decided in Redis while it answers."""

    # Seconds a request may stay in flight before its slot is counted as if it completed then. Mixmax
    # counts a request on arrival, within connect + write time of admission (the SDK's default timeouts
    # bound those to 70 s); and the slot of a process that dies mid-request is freed after this.
    LEASE = 120.0
    STORE_TIMEOUT = 1.0  # seconds to connect to or hear from Redis before taking it as unreachable
    # Seconds a re-check (one request per back-off period, see StoreHealth) waits to connect and for
    # the answer: Redis answers in a millisecond when it is up, and the request meanwhile waits.
    PROBE_TIMEOUT = 0.2

    def __init__(self, spec: RedisRateLimit, api_key: str, clock: Clock) -> None:
        super().__init__(spec.limit, spec.window, clock)
        self.spec = spec
        self.keys: list[str] = store_keys(api_key, spec.window)
        self._configured_limit = spec.limit
        self._health = StoreHealth(clock)
        self._sync_scripts: dict[Route, Any] = {}
        self._async_scripts: dict[tuple[asyncio.AbstractEventLoop, Route], Any] = {}
        self._scripts_lock = threading.Lock()
        self._releases: set[asyncio.Task[None]] = set()

    def _client_options(self, asynchronous: bool, route: Route) -> dict[str, Any]:
        if route is Route.PROBE:
            # A re-check while Redis is down: one short try, nothing more.
            timeout, retries = self.PROBE_TIMEOUT, 0
        else:
            # One immediate retry, on a refused or reset connection only: a pooled connection to a
            # Redis that restarted fails once, then reconnects. A timeout is not retried: a Redis that
            # accepts and never answers would make every failure cost the timeout twice.
            timeout, retries = self.STORE_TIMEOUT, 1
        retry_class = AsyncRetry if asynchronous else Retry
        return {
            "socket_timeout": timeout,
            "socket_connect_timeout": timeout,
            "retry": retry_class(NoBackoff(), retries, supported_errors=(RedisConnectionError,)),
        }

    def _script(self, route: Route = Route.STORE) -> Any:
        with self._scripts_lock:
            script = self._sync_scripts.get(route)
            if script is None:
                client = redis.Redis.from_url(self.spec.url, **self._client_options(False, route))
                script = self._sync_scripts[route] = client.register_script(WINDOW_SCRIPT)
            return script

    def _ascript(self, route: Route = Route.STORE) -> Any:
        # An asyncio client's connections belong to the loop that opened them.
        loop = asyncio.get_running_loop()
        script = self._async_scripts.get((loop, route))
        if script is None:
            for old in [old for old in self._async_scripts if old[0].is_closed()]:
                del self._async_scripts[old]
            client = redis.asyncio.Redis.from_url(self.spec.url, **self._client_options(True, route))
            script = self._async_scripts[loop, route] = client.register_script(WINDOW_SCRIPT)
        return script

    # -- what the sync and async paths share -----------------------------------------------------------

    def _args(self, op: str, slot_id: str = "") -> list[str | int]:
        reported = self.limit if self.limit < self._configured_limit else 0
        block_ms = max(0, round((self._blocked_until - self.clock.now()) * 1000))
        lease_ms = round(self.LEASE * 1000)
        return [op, slot_id, self.limit, round(self.window * 1000), lease_ms, reported, block_ms]

    def _answered(self, reply: Sequence[int], slot: RedisSlot) -> tuple[object | None, float]:
        if self._health.answered():
            log.warning("rate limiter: Redis at %s answers again; sharing its window", safe_url(self.spec.url))
        admitted, wait_ms, limit = (int(value) for value in reply)
        with self._lock:
            if limit < self.limit:
                log.info("rate limiter: another process adopted a limit of %d per window; adopting it", limit)
                self.limit = limit
            if admitted:
                self._in_flight.add(slot)  # the local window mirrors this process's requests
                return slot, 0.0
        return None, self.POLL if wait_ms < 0 else wait_ms / 1000

    def _failed(self, error: Exception, route: Route, *, raising: bool) -> None:
        where = safe_url(self.spec.url)
        if self.spec.fallback == "raise":
            # Redis is asked on every request (never taken as down): one that answers again is used at once.
            if raising:
                raise APIConnectionError(
                    f"Rate limiter: Redis at {where} is unreachable ({type(error).__name__}: {error})"
                ) from error
            log.debug("rate limiter: could not give a slot back to Redis at %s; its lease runs out", where)
            return
        if not self._health.failed(route):
            log.debug(
                "rate limiter: Redis at %s still unreachable (%s); next try in %.0fs",
                where,
                type(error).__name__,
                self._health.next_check_in(),
            )
            return
        log.warning(
            "rate limiter: Redis at %s is unreachable (%s: %s); limiting in this process only until it answers",
            where,
            type(error).__name__,
            error,
        )

    # -- the limiter interface -----------------------------------------------------------------------

    def try_acquire(self) -> tuple[object | None, float]:
        route = self._health.route()
        if route is Route.LOCAL:
            return super().try_acquire()
        slot = RedisSlot(asynchronous=False)
        try:
            reply = self._script(route)(keys=self.keys, args=self._args("acquire", slot.id))
        except RedisError as error:
            self._failed(error, route, raising=True)
            return super().try_acquire()
        return self._answered(reply, slot)

    async def atry_acquire(self) -> tuple[object | None, float]:
        route = self._health.route()
        if route is Route.LOCAL:
            return super().try_acquire()
        slot = RedisSlot(asynchronous=True)
        try:
            reply = await self._ascript(route)(keys=self.keys, args=self._args("acquire", slot.id))
        except RedisError as error:
            self._failed(error, route, raising=True)
            return super().try_acquire()
        return self._answered(reply, slot)

    def release(self, slot: object) -> None:
        super().release(slot)
        if not isinstance(slot, RedisSlot):
            return  # admitted by the local fallback: Redis never heard of it
        if self._health.down:
            return  # nothing waits on a Redis that is down: the slot's lease runs out there by itself
        if slot.asynchronous:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None:
                # Not awaited here (release is called synchronously); the task keeps the event loop free.
                task = loop.create_task(self._arelease(slot.id))
                self._releases.add(task)
                task.add_done_callback(lambda done: self._released(done, slot.id))
                return
        self._release_now(slot.id)

    def _released(self, task: asyncio.Task[None], slot_id: str) -> None:
        self._releases.discard(task)
        if task.cancelled():
            # The loop is shutting down (the end of asyncio.run) before the release went out: send it
            # now, or the slot would stay held for the whole lease.
            self._release_now(slot_id)

    def _release_now(self, slot_id: str) -> None:
        try:
            self._script()(keys=self.keys, args=self._args("release", slot_id))
        except RedisError as error:
            self._failed(error, Route.STORE, raising=False)  # the slot's lease runs out by itself

    async def _arelease(self, slot_id: str) -> None:
        try:
            await self._ascript()(keys=self.keys, args=self._args("release", slot_id))
        except RedisError as error:
            self._failed(error, Route.STORE, raising=False)

    def state(self) -> RateLimitState:
        if not self._health.down:
            try:
                held, _, limit = (int(v) for v in self._script()(keys=self.keys, args=self._args("state")))
            except RedisError:
                pass  # a snapshot is no reason to raise; the next request reports the outage
            else:
                return RateLimitState(min(limit, self.limit), self.window, held, *self._reported)
        return super().state()
