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

A request's own budget, `retry_safe` and size limit come in its `RequestPolicy` (`_extensions.py`,
set by the SDK per call, so `with_options(max_retries=...)` works); without one the transport's
defaults apply.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import httpx

from ._body import BodyReader
from ._clock import Clock, WaitReason, announce_wait
from ._constants import DEFAULT_MAX_RESPONSE_BYTES
from ._deadline import DEADLINE
from ._extensions import HISTORY, RetryHistory, request_policy
from ._rate_limit_local import SlidingWindowLimiter
from .errors import parse_retry_after

log: logging.Logger = logging.getLogger("mixmax_sdk")

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


Attempt = httpx.Response | httpx.TransportError
"""What a driver reports back for a send: the response, or the transport error."""


class RetryRun:
    """The retry procedure for one request, as a state machine both drivers share: `feed()` each
    attempt's outcome (the response, or the transport error); while `delay` is set, sleep that long and
    send again; finally `result()` returns the answer or raises the last error. The drivers build one
    only when a first attempt is not final (`first_is_final`)."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy, clock: Clock, started: float | None = None) -> None:
        own = request_policy(request)
        self.request, self.policy, self.clock = request, policy, clock
        self.budget: int = policy.max_retries if own is None else own.max_retries
        self.retry_safe: bool = (own is not None and own.retry_safe) or request.method in IDEMPOTENT_METHODS
        self.history = RetryHistory(attempts=0)
        self.delay: float | None = None
        self._outcome: Attempt | None = None
        self._started = clock.now() if started is None else started

    def feed(self, outcome: Attempt | None) -> None:
        assert outcome is not None, "a send always ends in a response or a transport error"
        history = self.history
        history.attempts += 1
        self._outcome, self.delay = outcome, self._decide(outcome, history.attempts - 1)
        status = outcome.status_code if isinstance(outcome, httpx.Response) else None
        what = str(status) if status is not None else type(outcome).__name__
        if log.isEnabledFor(logging.DEBUG):
            log_attempt(self.request, what, history.attempts, self.clock.now() - self._started, self.delay)
        if self.delay is None:
            return
        # Both drivers read the body before feeding it (which closes the stream), so nothing is closed
        # here: a sync close() on an async response raises.
        if isinstance(outcome, httpx.Response):
            history.ambiguous = history.ambiguous or status not in NOT_ACTED_STATUSES
        else:
            history.ambiguous = history.ambiguous or not isinstance(outcome, NOT_SENT_ERRORS)
        history.failures.append(what)
        history.sleeps.append(self.delay)

    def _decide(self, outcome: Attempt, retry: int) -> float | None:
        """Seconds to wait before the next attempt, or None for no more attempts."""
        if retry >= self.budget:
            return None
        if isinstance(outcome, httpx.TransportError):
            return self.policy.backoff(retry) if self.retry_safe or isinstance(outcome, NOT_SENT_ERRORS) else None
        status = outcome.status_code
        if status not in RETRY_STATUSES or not (self.retry_safe or status in NOT_ACTED_STATUSES):
            return None
        after = parse_retry_after(outcome.headers.get("retry-after"), now=self.clock.time())
        if after is None:
            return self.policy.backoff(retry)
        if after > self.policy.max_retry_after:
            log.info(
                "%s %s: Retry-After %.0fs is beyond the %.0fs cap; not waiting",
                self.request.method,
                self.request.url.path,
                after,
                self.policy.max_retry_after,
            )
            return None
        return after

    @property
    def waiting_for(self) -> WaitReason:
        """What the coming `delay` waits for: a 429's Retry-After is the rate limit, anything else a retry."""
        outcome = self._outcome
        return "rate_limit" if isinstance(outcome, httpx.Response) and outcome.status_code == 429 else "retry"

    def result(self) -> httpx.Response:
        outcome = self._outcome
        if isinstance(outcome, httpx.TransportError):
            raise outcome
        assert outcome is not None, "result() before any send"
        outcome.extensions[HISTORY] = self.history
        return outcome


def log_attempt(request: httpx.Request, what: str, attempt: int, elapsed: float, delay: float | None) -> None:
    log.debug(
        "%s %s -> %s (attempt %d, %.3fs)%s",
        request.method,
        request.url.path,
        what,
        attempt,
        elapsed,
        f"; retrying in {delay:.2f}s" if delay is not None else "",
    )


def first_is_final(outcome: Attempt | None) -> TypeGuard[httpx.Response]:
    """Whether a first attempt's outcome is the answer whatever the budget: most are, and for them no
    `RetryRun` (nor its history) is built."""
    return isinstance(outcome, httpx.Response) and outcome.status_code not in RETRY_STATUSES


def attempt_deadline(request: httpx.Request) -> float | None:
    """When this attempt must be over (monotonic seconds): the read timeout bounds the whole answer.

    httpx applies its read timeout to each read, so a server trickling one byte at a time could hold
    a call for ever. The drivers hand it to the SDK's own connections (`_deadline.DEADLINE`), and the
    body reader checks it between chunks as well (for a user's transport, whose connections are not
    the SDK's).
    """
    timeout = request.extensions.get("timeout", {}).get("read")
    return None if timeout is None else time.monotonic() + timeout


class _Wrapper:
    """What both drivers share: their parts, and settling a send with the rate limiter.

    `inner` is a transport (the SDK's own), or the `httpx.Client` a user passed as `http_client`. For
    the latter the SDK sends through that client's transport (or the one mounted for the URL: its
    proxies) and calls its event hooks once per attempt, as its own `send` would, instead of going
    through a second client: only a client with `auth` (whose flow may need several requests) or a
    closed one (which must refuse) goes through its `send`. Redirects are never followed either way.
    """

    def __init__(
        self,
        inner: Any,
        *,
        policy: RetryPolicy,
        clock: Clock,
        limiter: SlidingWindowLimiter | None,
        owned: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """`owned`: `inner` is a client the SDK built (routing to proxies), closed with this wrapper."""
        self.inner, self.policy, self.clock, self.limiter = inner, policy, clock, limiter
        self.owned = owned
        self.max_response_bytes = max_response_bytes  # unless the request's `RequestPolicy` says otherwise

    def _reader(self, request: httpx.Request, response: httpx.Response, deadline: float | None) -> BodyReader:
        own = request_policy(request)
        return BodyReader(
            request, response, deadline, self.max_response_bytes if own is None else own.max_response_bytes
        )

    def _settle(self, slot: object, outcome: Attempt | None) -> None:
        """Give the slot back (the request is over) and learn from the answer's rate-limit headers."""
        assert self.limiter is not None
        self.limiter.release(slot)
        if isinstance(outcome, httpx.Response):
            self.limiter.observe(outcome.headers)


class RetryTransport(_Wrapper, httpx.BaseTransport):
    """Retries and rate limiting around a sync transport (or a user's `httpx.Client`)."""

    inner: httpx.BaseTransport | httpx.Client

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        inner = self.inner
        if not isinstance(inner, httpx.Client):
            return inner.handle_request(request)
        # httpx's own routing (mounts, proxies); private, so an httpx without it falls back to `send`.
        route: Callable[[httpx.URL], httpx.BaseTransport] | None = getattr(inner, "_transport_for_url", None)
        if inner.auth is not None or inner.is_closed or route is None:
            # Never follow a redirect, whatever the user's client says: the token must stay on origin.
            return inner.send(request, stream=True, follow_redirects=False)
        hooks = inner.event_hooks
        for hook in hooks["request"]:
            hook(request)
        response = route(request.url).handle_request(request)
        if hooks["response"]:
            response.request = request
            for hook in hooks["response"]:
                hook(response)
        return response

    def _send(self, request: httpx.Request) -> Attempt | None:
        slot = self.limiter.acquire() if self.limiter is not None else None
        outcome: Attempt | None = None
        try:
            deadline = attempt_deadline(request)
            token = DEADLINE.set(deadline)  # the SDK's own connections wait no longer than the deadline
            try:
                response = self._attempt(request)
                try:  # what Response.read() does, within the deadline and the size limit
                    body = self._reader(request, response, deadline)
                    for chunk in body.chunks():
                        body.feed(chunk)
                    body.finish()
                finally:
                    response.close()  # before the end of the body: closes the connection
            finally:
                DEADLINE.reset(token)
            outcome = response
        except httpx.TransportError as exc:
            outcome = exc
        finally:
            if self.limiter is not None:
                self._settle(slot, outcome)
        return outcome

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = self.clock.now() if log.isEnabledFor(logging.DEBUG) else None  # for the log only
        outcome = self._send(request)
        if first_is_final(outcome):
            if started is not None:
                log_attempt(request, str(outcome.status_code), 1, self.clock.now() - started, None)
            return outcome
        run = RetryRun(request, self.policy, self.clock, started)
        run.feed(outcome)
        while run.delay is not None:
            announce_wait(self.clock, run.delay, run.waiting_for)
            self.clock.sleep(run.delay)
            run.feed(self._send(request))
        return run.result()

    def close(self) -> None:
        if self.owned or not isinstance(self.inner, httpx.Client):  # a user's client stays theirs to close
            self.inner.close()


class AsyncRetryTransport(_Wrapper, httpx.AsyncBaseTransport):
    """The async driver of the same procedure (`RetryRun`)."""

    inner: httpx.AsyncBaseTransport | httpx.AsyncClient

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        inner = self.inner
        if not isinstance(inner, httpx.AsyncClient):
            return await inner.handle_async_request(request)
        route: Callable[[httpx.URL], httpx.AsyncBaseTransport] | None = getattr(inner, "_transport_for_url", None)
        if inner.auth is not None or inner.is_closed or route is None:
            return await inner.send(request, stream=True, follow_redirects=False)
        hooks = inner.event_hooks
        for hook in hooks["request"]:
            await hook(request)
        response = await route(request.url).handle_async_request(request)
        if hooks["response"]:
            response.request = request
            for hook in hooks["response"]:
                await hook(response)
        return response

    async def _send(self, request: httpx.Request) -> Attempt | None:
        slot = await self.limiter.aacquire() if self.limiter is not None else None
        outcome: Attempt | None = None
        try:
            deadline = attempt_deadline(request)
            token = DEADLINE.set(deadline)
            try:
                response = await self._attempt(request)
                try:
                    body = self._reader(request, response, deadline)
                    async for chunk in body.achunks():
                        body.feed(chunk)
                    body.finish()
                finally:
                    await response.aclose()
            finally:
                DEADLINE.reset(token)
            outcome = response
        except httpx.TransportError as exc:
            outcome = exc
        finally:
            if self.limiter is not None:
                self._settle(slot, outcome)
        return outcome

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = self.clock.now() if log.isEnabledFor(logging.DEBUG) else None  # for the log only
        outcome = await self._send(request)
        if first_is_final(outcome):
            if started is not None:
                log_attempt(request, str(outcome.status_code), 1, self.clock.now() - started, None)
            return outcome
        run = RetryRun(request, self.policy, self.clock, started)
        run.feed(outcome)
        while run.delay is not None:
            announce_wait(self.clock, run.delay, run.waiting_for)
            await self.clock.asleep(run.delay)
            run.feed(await self._send(request))
        return run.result()

    async def aclose(self) -> None:
        if self.owned or not isinstance(self.inner, httpx.AsyncClient):
            await self.inner.aclose()
