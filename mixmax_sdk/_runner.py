"""Runners send `Call`s. `SyncRunner` and `AsyncRunner` differ only in `send` being awaited; request
building, error translation and response handling live once, in `_RunnerBase`."""

from __future__ import annotations

import logging
import platform
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from ._call import Call
from ._constants import TOKEN_HEADER
from ._options import ClientOptions
from ._ratelimit import SlidingWindowLimiter, limiter_for
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__
from .errors import APIConnectionError, APITimeoutError, make_status_error
from .pagination import AsyncPager, Plan, SyncPager

T = TypeVar("T")
log = logging.getLogger("mixmax_sdk")

USER_AGENT = f"mixmax-sdk-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


class _RunnerBase:
    mode = "?"

    def __init__(self, options: ClientOptions, owns_http: bool) -> None:
        self.options = options
        self._owns_http = owns_http

    def build_request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self.options.default_headers,
            TOKEN_HEADER: self.options.api_key,
        }
        return http.build_request(
            call.method,
            self.options.base_url + call.path,
            params=call.params or None,
            json=call.json,
            headers=headers,
            timeout=self.options.timeout,
            extensions={"mixmax": {"max_retries": self.options.max_retries, "retry_safe": call.retry_safe}},
        )

    def transport_parts(self) -> tuple[RetryPolicy, SlidingWindowLimiter | None]:
        options = self.options
        limiter = limiter_for(options.rate_limit, options.api_key, options.clock)
        return RetryPolicy(max_retries=options.max_retries), limiter

    @contextmanager
    def transport_errors(self, request: httpx.Request) -> Iterator[None]:
        """httpx transport failures as the SDK's typed errors (messages never include headers)."""
        try:
            yield
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"Request timed out: {request.method} {request.url.path}", request=request) from exc
        except httpx.DecodingError as exc:
            # The body could not be decoded as its Content-Encoding claims; the server may have acted.
            raise APIConnectionError(
                f"Undecodable response body: {request.method} {request.url.path}: {exc}", request=request
            ) from exc
        except httpx.HTTPError as exc:  # TransportError, and whatever else httpx raises while sending
            raise APIConnectionError(
                f"Connection error: {request.method} {request.url.path}: {type(exc).__name__}: {exc}", request=request
            ) from exc

    @staticmethod
    def finish(call: Call[T], response: httpx.Response) -> T:
        if response.is_success:
            return call.parse(response)
        history = response.extensions.get("mixmax_history")
        if response.status_code == 404 and call.method == "DELETE" and getattr(history, "ambiguous", False):
            # An earlier attempt may have deleted it before failing; gone is what DELETE asked for.
            log.debug("DELETE %s: 404 after an ambiguous earlier attempt; taken as deleted", response.request.url.path)
            return call.parse(response)
        raise make_status_error(response)


class SyncRunner(_RunnerBase):
    mode = "sync"

    def __init__(self, options: ClientOptions, http: httpx.Client | None = None, *, shared: bool = False) -> None:
        """`http`: the user's client (wrapped: retries and rate limiting still apply; it stays theirs to
        close), or, with `shared=True`, the SDK client of the runner this one derives from."""
        super().__init__(options, owns_http=not shared)
        if shared and http is not None:
            self.http = http
        else:
            policy, limiter = self.transport_parts()
            inner: httpx.BaseTransport | httpx.Client = http if http is not None else httpx.HTTPTransport()
            transport = RetryTransport(inner, policy=policy, clock=options.clock, limiter=limiter)
            self.http = httpx.Client(transport=transport, timeout=options.timeout)

    def run(self, call: Call[T]) -> T:
        request = self.build_request(self.http, call)
        with self.transport_errors(request):
            response = self.http.send(request)
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> SyncPager[T]:
        return SyncPager(self, plan)

    def derive(self, options: ClientOptions) -> SyncRunner:
        return SyncRunner(options, self.http, shared=True)

    def close(self) -> None:
        if self._owns_http:
            self.http.close()


class AsyncRunner(_RunnerBase):
    mode = "async"

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient | None = None, *, shared: bool = False) -> None:
        super().__init__(options, owns_http=not shared)
        if shared and http is not None:
            self.http = http
        else:
            policy, limiter = self.transport_parts()
            inner: httpx.AsyncBaseTransport | httpx.AsyncClient = (
                http if http is not None else httpx.AsyncHTTPTransport()
            )
            transport = AsyncRetryTransport(inner, policy=policy, clock=options.clock, limiter=limiter)
            self.http = httpx.AsyncClient(transport=transport, timeout=options.timeout)

    def run(self, call: Call[T]) -> Awaitable[T]:
        return self._run(call)

    async def _run(self, call: Call[T]) -> T:
        request = self.build_request(self.http, call)
        with self.transport_errors(request):
            response = await self.http.send(request)
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> AsyncPager[T]:
        return AsyncPager(self, plan)

    def derive(self, options: ClientOptions) -> AsyncRunner:
        return AsyncRunner(options, self.http, shared=True)

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()
