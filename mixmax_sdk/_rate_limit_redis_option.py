"""`RedisRateLimit`: the value a user passes as `rate_limit=`. It imports no Redis client: that happens
only when a client is built with it (the `redis` extra)."""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from ._clock import Clock
from ._constants import DEFAULT_RATE_LIMIT, RATE_WINDOW
from ._extras import install_hint
from ._rate_limit_local import SharedRateLimit, SlidingWindowLimiter, key_hash, shared_limiter
from .errors import MixmaxValidationError

Fallback = Literal["local", "raise"]


@dataclass(frozen=True, slots=True)
class RedisRateLimit(SharedRateLimit):
    """One sliding window per API key, shared through Redis by every process and host that uses it.

    `Mixmax(rate_limit=RedisRateLimit("redis://localhost:6379/0"))`: every client in any process using
    the same API key and the same Redis starts at most `limit` requests per sliding `window` seconds
    (requests in flight count, as with the local limiter). When Redis is unreachable (it refuses, or
    does not answer within a second), `fallback="local"` limits in this process alone: requests no
    longer wait on Redis, one request re-checks it after 1 s, then 2, 4, ... at most 30 s (waiting at
    most 0.2 s for it), and the shared window is used again once it answers (one WARNING on
    `mixmax_sdk` each way). `fallback="raise"` raises `APIConnectionError` before the request is sent.
    Keys in Redis are named after a hash of the API key; the key itself is never written there.
    Without redis-py installed, constructing one raises `MixmaxValidationError`.
    """

    url: str = field(repr=False)
    limit: int = DEFAULT_RATE_LIMIT
    window: float = RATE_WINDOW
    fallback: Fallback = "local"

    def __init__(
        self, url: str, *, limit: int = DEFAULT_RATE_LIMIT, window: float = RATE_WINDOW, fallback: Fallback = "local"
    ) -> None:
        if not isinstance(url, str) or urlsplit(url).scheme not in {"redis", "rediss", "unix"}:
            raise MixmaxValidationError("url must be a redis://, rediss:// or unix:// URL")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise MixmaxValidationError(f"limit must be a positive int, not {limit!r}")
        if not isinstance(window, int | float) or not math.isfinite(window) or window < 0.001:
            raise MixmaxValidationError(f"window must be a finite number of seconds >= 0.001, not {window!r}")
        if fallback not in ("local", "raise"):
            raise MixmaxValidationError(f"fallback must be 'local' or 'raise', not {fallback!r}")
        if importlib.util.find_spec("redis") is None:  # finds it without importing it
            raise missing_redis()
        for name, value in (("url", url), ("limit", limit), ("window", float(window)), ("fallback", fallback)):
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        settings = f"limit={self.limit}, window={self.window}, fallback={self.fallback!r}"
        return f"RedisRateLimit({safe_url(self.url)!r}, {settings})"

    def limiter(self, api_key: str, clock: Clock) -> SlidingWindowLimiter:
        try:
            from ._rate_limit_redis import RedisLimiter  # the redis package, only now
        except ModuleNotFoundError as error:
            if error.name is None or error.name.partition(".")[0] != "redis":
                raise
            raise missing_redis() from error

        key = ("redis", self.url, key_hash(api_key), self.limit, self.window, self.fallback)
        return shared_limiter(key, clock, lambda: RedisLimiter(self, api_key, clock))


def missing_redis() -> MixmaxValidationError:
    return MixmaxValidationError(f"RedisRateLimit needs redis-py, an optional extra: {install_hint('redis')}")


def safe_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
