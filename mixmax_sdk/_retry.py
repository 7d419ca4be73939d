"""Retries, as a wrapper around an httpx transport (so code using the generated layer directly gets
them too, and vcrpy still works beneath). One policy, one decision procedure, two thin drivers.

What is retried: connection errors, timeouts, 408, 429, 500, 502, 503, 504. How long to wait: the
`Retry-After` the API sent (seconds or an HTTP date), or exponential back-off with jitter. A
`Retry-After` beyond `max_retry_after` is not slept on: the 429 is returned, and the SDK raises
`RateLimitError` at once. What may be repeated:

* GET, PUT, PATCH, DELETE (and HEAD/OPTIONS): any retryable failure;
* POST: only when the server cannot have acted - a 429, or a connection that failed before the
  request was sent - unless the request is marked `retry_safe`. `add_recipients` is: Mixmax answers
  an address that is already in the sequence with `duplicated`, so repeating it adds nobody twice.

Each request's budget comes from `request.extensions["mixmax"]` (set by the SDK per call, so
`with_options(max_retries=...)` works); without it the policy's defaults apply.
"""

from __future__ import annotations

import email.utils
import logging
import random
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._clock import Clock
from ._ratelimit import SlidingWindowLimiter

log = logging.getLogger("mixmax_sdk")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
# Failures that happen before a single byte of the request reached the server.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Statuses after which the server cannot have acted on the request.
NOT_ACTED_STATUSES = frozenset({429})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def backoff(self, retry: int) -> float:
        """0.5 s, 1 s, 2 s ... capped at 8 s, each shortened by up to 25% of jitter."""
        delay: float = min(self.initial_delay * 2**retry, self.max_delay) * (1 - 0.25 * self.jitter())
        return delay


@dataclass
class RetryHistory:
    """What happened before the final answer; kept in `response.extensions["mixmax_history"]`."""

    attempts: int = 1
    failures: list[str] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)
    # True when an earlier attempt may have been acted on by the server (a timeout, a dropped
    # connection or a 5xx after the request was sent): its effects may already be there.
    ambiguous: bool = False


Attempt = httpx.Response | httpx.TransportError
"""What a driver reports back for a send: the response, or the transport error."""


def _retry_after(response: httpx.Response, clock: Clock) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(when.timestamp() - clock.time(), 0.0)


def attempts(
    request: httpx.Request, policy: RetryPolicy, clock: Clock
) -> Generator[float | None, Attempt | None, httpx.Response]:
    """The retry procedure as a generator: yields None to ask for a send (the driver answers with the
    response or the transport error) or a number of seconds to sleep; returns the final response or
    raises the final transport error."""
    options: dict[str, Any] = request.extensions.get("mixmax", {})
    budget = options.get("max_retries", policy.max_retries)
    retry_safe = options.get("retry_safe", False) or request.method in IDEMPOTENT_METHODS
    history = RetryHistory()
    started = clock.now()
    while True:
        outcome = yield None
        assert outcome is not None
        retry = history.attempts - 1
        status = outcome.status_code if isinstance(outcome, httpx.Response) else None
        what = str(status) if status is not None else type(outcome).__name__
        delay: float | None = None
        if retry < budget:
            if isinstance(outcome, httpx.TransportError):
                if retry_safe or isinstance(outcome, NOT_SENT_ERRORS):
                    delay = policy.backoff(retry)
            elif status in RETRY_STATUSES and (retry_safe or status in NOT_ACTED_STATUSES):
                after = _retry_after(outcome, clock)
                if after is None:
                    delay = policy.backoff(retry)
                elif after <= policy.max_retry_after:
                    delay = after
                else:
                    log.info(
                        "%s %s: Retry-After %.0fs is beyond the %.0fs cap; not waiting",
                        request.method,
                        request.url.path,
                        after,
                        policy.max_retry_after,
                    )
        log.debug(
            "%s %s -> %s (attempt %d, %.3fs)%s",
            request.method,
            request.url.path,
            what,
            history.attempts,
            clock.now() - started,
            f"; retrying in {delay:.2f}s" if delay is not None else "",
        )
        if delay is None:
            if isinstance(outcome, httpx.TransportError):
                raise outcome
            outcome.extensions["mixmax_history"] = history
            return outcome
        if isinstance(outcome, httpx.Response):
            outcome.close()
            history.ambiguous = history.ambiguous or status not in NOT_ACTED_STATUSES
        else:
            history.ambiguous = history.ambiguous or not isinstance(outcome, NOT_SENT_ERRORS)
        history.failures.append(what)
        history.sleeps.append(delay)
        yield delay
        history.attempts += 1


class RetryTransport(httpx.BaseTransport):
    """Retries and rate limiting around a sync transport (or a whole `httpx.Client`)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.Client,
        *,
        policy: RetryPolicy,
        clock: Clock,
        limiter: SlidingWindowLimiter | None,
    ) -> None:
        self.inner, self.policy, self.clock, self.limiter = inner, policy, clock, limiter

    def _send(self, request: httpx.Request) -> Attempt:
        slot = self.limiter.acquire() if self.limiter is not None else None
        try:
            if isinstance(self.inner, httpx.Client):
                response = self.inner.send(request)
            else:
                response = self.inner.handle_request(request)
                response.read()
        except httpx.TransportError as exc:
            return exc
        finally:
            if self.limiter is not None:
                self.limiter.release(slot)
        if self.limiter is not None:
            self.limiter.observe(response.headers)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = attempts(request, self.policy, self.clock)
        step = next(steps)
        while True:
            outcome = None
            if step is None:
                outcome = self._send(request)
            else:
                self.clock.sleep(step)
            try:
                step = steps.send(outcome)
            except StopIteration as done:
                final: httpx.Response = done.value
                return final

    def close(self) -> None:
        if not isinstance(self.inner, httpx.Client):  # a client passed in by the user stays theirs to close
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async driver of the same procedure (`attempts`)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | httpx.AsyncClient,
        *,
        policy: RetryPolicy,
        clock: Clock,
        limiter: SlidingWindowLimiter | None,
    ) -> None:
        self.inner, self.policy, self.clock, self.limiter = inner, policy, clock, limiter

    async def _send(self, request: httpx.Request) -> Attempt:
        slot = await self.limiter.aacquire() if self.limiter is not None else None
        try:
            if isinstance(self.inner, httpx.AsyncClient):
                response = await self.inner.send(request)
            else:
                response = await self.inner.handle_async_request(request)
                await response.aread()
        except httpx.TransportError as exc:
            return exc
        finally:
            if self.limiter is not None:
                self.limiter.release(slot)
        if self.limiter is not None:
            self.limiter.observe(response.headers)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = attempts(request, self.policy, self.clock)
        step = next(steps)
        while True:
            outcome = None
            if step is None:
                outcome = await self._send(request)
            else:
                await self.clock.asleep(step)
            try:
                step = steps.send(outcome)
            except StopIteration as done:
                final: httpx.Response = done.value
                return final

    async def aclose(self) -> None:
        if not isinstance(self.inner, httpx.AsyncClient):
            await self.inner.aclose()
