"""Runners send `Call`s. `SyncRunner` and `AsyncRunner` differ only in `send` being awaited; request
building, error translation and response handling live once, in `_RunnerBase`.

A runner sends through its retry transport directly, not through an `httpx.Client`: the client-level
parts of a request (headers, timeout, base URL) are computed once per client instead of merged per
request, and what `httpx.Client.send` would add that the SDK has a use for is done here, in
`received` (the request on the response, its `elapsed`, the cookie jar, httpx's INFO log line). What
the SDK has no use for is skipped: an auth flow (the token is a header; a user's client with `auth`
is still sent through by its own `send`, see `_retry`) and redirects (never followed).
"""

from __future__ import annotations

import logging
import platform
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._call import Call
from ._constants import TOKEN_HEADER
from ._extensions import POLICY, after_ambiguous_retry, policy_for
from ._options import ClientOptions
from ._proxy import own_connections
from ._rate_limit_local import SlidingWindowLimiter, limiter_for
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._user_client import default_encoding
from ._version import __version__
from .errors import APIConnectionError, APITimeoutError, ClientClosedError, make_status_error

if TYPE_CHECKING:
    from ._batch import Batch
    from ._raw import RawResponse
    from .pagination import AsyncPager, Page, Plan, SyncPager

T = TypeVar("T")
log: logging.Logger = logging.getLogger("mixmax_sdk")
httpx_log: logging.Logger = logging.getLogger("httpx")

USER_AGENT = f"mixmax-sdk-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"
CLOSED = "Cannot send a request, as the client has been closed."  # httpx's words, for the same mistake
USERS_CLIENT_CLOSED = "Cannot send a request, as the client has been closed (the http_client given to the SDK)."


@cache
def httpx_default_headers() -> httpx.Headers:
    """What an `httpx.Client` sends unless told otherwise (Accept-Encoding for the decoders installed,
    Connection: keep-alive, ...), read off a client rather than copied, so that it follows httpx."""
    with httpx.Client(transport=httpx.BaseTransport()) as client:
        return client.headers


def client_headers(options: ClientOptions, user_http: httpx.Client | httpx.AsyncClient | None) -> httpx.Headers:
    """The headers of every request of a client with these options. A user's `http_client=` keeps its
    own default headers (a proxy's or gateway's, say); the SDK's (Accept, User-Agent, the token,
    `default_headers`) win where both set one."""
    headers = httpx.Headers(user_http.headers if user_http is not None else httpx_default_headers())
    headers.update({"Accept": "application/json", "User-Agent": USER_AGENT, **options.default_headers})
    headers[TOKEN_HEADER] = options.api_key
    return headers


Wrapped = TypeVar("Wrapped", RetryTransport, AsyncRetryTransport)


@dataclass(eq=False)
class Pool(Generic[Wrapped]):
    """What a client sends through, shared with the clients `with_options` derives from it: the
    connections (behind retries and the rate limiter), the cookie jar, and whether it is closed."""

    transport: Wrapped
    cookies: httpx.Cookies = field(default_factory=httpx.Cookies)
    closed: bool = False


class _RunnerBase:
    kind = "?"
    pool: Pool[Any]

    def __init__(
        self,
        options: ClientOptions,
        http: Any = None,
        *,
        pool: Pool[Any] | None = None,
        raw: bool = False,
    ) -> None:
        """`http`: the user's client (wrapped: retries and rate limiting still apply; it stays theirs to
        close). `pool`: the pool of the runner this one derives from, to share."""
        self.options = options
        self.user_http = http
        self.raw: bool = raw  # `with_raw_response`: successes come back as `RawResponse`
        self.answered: bool = False  # whether any request of this client got a 2xx (for the base_url hint)
        # Computed once per client: a request that wants the client's settings only copies them.
        self.headers: httpx.Headers = client_headers(options, http)
        self.timeout: dict[str, float | None] = options.timeout.as_dict()
        self.default_encoding: Any = default_encoding(http)  # a user's client decodes text as it was told to
        self._owns_pool = pool is None
        if pool is None:
            pool = self.new_pool(
                RetryPolicy(max_retries=options.max_retries),
                limiter_for(options.rate_limit, options.api_key, options.clock),
            )
            if http is not None:
                pool.cookies = http.cookies  # what responses set goes in the user's jar
        self.pool = pool

    def new_pool(self, policy: RetryPolicy, limiter: SlidingWindowLimiter | None) -> Pool[Any]:
        """Connections of the SDK's own (through a proxy where one applies), or the user's client."""
        owned = self.user_http is None
        asynchronous = self.kind == "async"
        inner = (
            own_connections(self.options.proxies, self.options.trust_env, asynchronous=asynchronous)
            if owned
            else self.user_http
        )
        wrapper = AsyncRetryTransport if asynchronous else RetryTransport
        return Pool(wrapper(inner, policy=policy, clock=self.options.clock, limiter=limiter, owned=owned))

    @property
    def limiter(self) -> SlidingWindowLimiter | None:
        return self.pool.transport.limiter  # type: ignore[no-any-return]

    @property
    def mode(self) -> str:
        return f"{self.kind}, raw" if self.raw else self.kind

    def derive(self, options: ClientOptions, *, raw: bool | None = None) -> Self:
        """A runner for `with_options` / `with_raw_response`: the same pool, unless the key or the rate
        limit changes (another key is another limiter, so another wrapper around the same user's client)."""
        raw = self.raw if raw is None else raw
        if options.api_key != self.options.api_key or options.rate_limit != self.options.rate_limit:
            return type(self)(options, self.user_http, raw=raw)
        return type(self)(options, self.user_http, pool=self.pool, raw=raw)

    def build_request(self, call: Call[Any], cookies: httpx.Cookies) -> httpx.Request:
        options, per_call = self.options, call.per_call
        headers, params, body = self.headers, call.params, call.json
        timeout, max_retries, limit = self.timeout, options.max_retries, options.max_response_bytes
        if options.default_query:
            params = {**options.default_query, **params}
        if per_call is not None:
            if per_call.headers:
                headers = httpx.Headers(headers)
                headers.update(per_call.headers)
                headers[TOKEN_HEADER] = options.api_key
            if per_call.query:
                params = {**params, **per_call.query}
            if per_call.body:
                body = {**(body if isinstance(body, dict) else {}), **per_call.body}
            if per_call.timeout is not None:
                timeout = per_call.timeout.as_dict()
            if per_call.max_retries is not None:
                max_retries = per_call.max_retries
            if per_call.max_response_bytes is not ...:
                limit = per_call.max_response_bytes
        extensions: dict[str, Any] = {"timeout": timeout}
        transport = self.pool.transport
        if max_retries != transport.policy.max_retries or call.retry_safe or limit != transport.max_response_bytes:
            # Without it the retry transport applies its own budget (the pool's client's, which a client
            # derived by `with_options(max_retries=...)` does not share), the method's idempotency and
            # the default size limit.
            extensions[POLICY] = policy_for(max_retries, call.retry_safe, limit)
        url: httpx.URL | str = options.base_url + call.path
        if params:
            # A path that brings a query of its own (`client.request`) keeps it: httpx would replace it.
            url = httpx.URL(url, params=params) if "?" not in call.path else httpx.URL(url).copy_merge_params(params)
        return httpx.Request(
            call.method, url, headers=headers, json=body, cookies=cookies or None, extensions=extensions
        )

    def received(self, pool: Pool[Any], request: httpx.Request, response: httpx.Response, started: float) -> None:
        """What `httpx.Client` does with a response that the SDK keeps doing."""
        response.request = request
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        response.default_encoding = self.default_encoding
        if "set-cookie" in response.headers:
            pool.cookies.extract_cookies(response)
        if httpx_log.isEnabledFor(logging.INFO):  # the line httpx logs for every request it sends
            httpx_log.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )

    def closed_error(self) -> ClientClosedError:
        """Why nothing can be sent: this client (or the one it derives from) was closed, or the user's
        `http_client` was (httpx would raise a bare RuntimeError from inside the retry loop)."""
        return ClientClosedError(CLOSED if self.pool.closed else USERS_CLIENT_CLOSED)

    @staticmethod
    def transport_error(request: httpx.Request, exc: httpx.HTTPError) -> APIConnectionError:
        """An httpx failure as the SDK's typed error (messages never include headers). The runners call
        it from a plain `except`: a context manager would cost a generator on every request."""
        if isinstance(exc, httpx.RequestError):
            exc.request = request  # as httpx.Client does, for whoever reads the cause
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out: {request.method} {request.url.path}", request=request)
        if isinstance(exc, httpx.DecodingError):
            # The body could not be decoded as its Content-Encoding claims; the server may have acted.
            return APIConnectionError(
                f"Undecodable response body: {request.method} {request.url.path}: {exc}", request=request
            )
        # TransportError, and whatever else httpx raises while sending
        return APIConnectionError(
            f"Connection error: {request.method} {request.url.path}: {type(exc).__name__}: {exc}", request=request
        )

    def finish(self, call: Call[T], response: httpx.Response) -> Any:
        """The parsed value (or `RawResponse`) of a 2xx; the typed error of anything else."""
        status = response.status_code
        if not response.is_success:
            if not (status == 404 and call.method == "DELETE" and after_ambiguous_retry(response)):
                hint = None
                if status == 404 and not self.answered:
                    hint = (
                        f"No request of this client has succeeded yet: is base_url {self.options.base_url!r} "
                        "right? (Mixmax's is https://api.mixmax.com/v1)"
                    )
                raise make_status_error(response, hint=hint)
            # An earlier attempt may have deleted it before failing; gone is what DELETE asked for.
            log.debug("DELETE %s: 404 after an ambiguous earlier attempt; taken as deleted", response.request.url.path)
        else:
            self.answered = True
        parse = call.parse
        if self.options.strict_responses:
            from ._drift import strictly

            parse = strictly(parse)
        if self.raw:
            from ._raw import RawResponse

            return RawResponse(response, parse)
        return parse(response)


class SyncRunner(_RunnerBase):
    kind = "sync"

    pool: Pool[RetryTransport]
    user_http: httpx.Client | None

    def run(self, call: Call[T]) -> Any:
        pool = self.pool
        request = self.build_request(call, pool.cookies)
        if pool.closed or (self.user_http is not None and self.user_http.is_closed):
            raise self.closed_error()
        started = time.perf_counter()
        try:
            response = pool.transport.handle_request(request)
        except httpx.HTTPError as exc:
            raise self.transport_error(request, exc) from exc
        self.received(pool, request, response, started)
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> SyncPager[T] | RawResponse[Page[T]]:
        from .pagination import SyncPager

        return self.run(plan.first) if self.raw else SyncPager(self, plan)

    def batch(self, batch: Batch[T]) -> Any:
        from ._batch import drive_sync, one_call

        # The batch's calls carry its per-call options.
        return self.run(one_call(batch)) if self.raw else drive_sync(self, batch)

    def close(self) -> None:
        if self._owns_pool and not self.pool.closed:
            self.pool.closed = True
            self.pool.transport.close()


class AsyncRunner(_RunnerBase):
    kind = "async"

    pool: Pool[AsyncRetryTransport]
    user_http: httpx.AsyncClient | None

    def run(self, call: Call[T]) -> Coroutine[Any, Any, Any]:
        return self._run(call)

    async def _run(self, call: Call[T]) -> Any:
        pool = self.pool
        request = self.build_request(call, pool.cookies)
        if pool.closed or (self.user_http is not None and self.user_http.is_closed):
            raise self.closed_error()
        started = time.perf_counter()
        try:
            response = await pool.transport.handle_async_request(request)
        except httpx.HTTPError as exc:
            raise self.transport_error(request, exc) from exc
        self.received(pool, request, response, started)
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> AsyncPager[T] | Coroutine[Any, Any, RawResponse[Page[T]]]:
        from .pagination import AsyncPager

        return self.run(plan.first) if self.raw else AsyncPager(self, plan)

    def batch(self, batch: Batch[T]) -> Coroutine[Any, Any, Any]:
        from ._batch import drive_async, one_call

        return self.run(one_call(batch)) if self.raw else drive_async(self, batch)

    async def aclose(self) -> None:
        if self._owns_pool and not self.pool.closed:
            self.pool.closed = True
            await self.pool.transport.aclose()
