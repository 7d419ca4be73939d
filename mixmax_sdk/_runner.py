"""Runners send `Call`s. `SyncRunner` and `AsyncRunner` differ only in `send` being awaited; request
building, error translation and response handling live once, in `_RunnerBase`."""

from __future__ import annotations

import logging
import platform
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._call import Call
from ._constants import TOKEN_HEADER
from ._deadline import install as install_deadline
from ._options import ClientOptions
from ._ratelimit import SlidingWindowLimiter, limiter_for
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__
from .errors import APIConnectionError, APITimeoutError, make_status_error

if TYPE_CHECKING:
    from httpx._client import UseClientDefault

    from ._raw import RawResponse
    from .pagination import AsyncPager, Page, Plan, SyncPager

T = TypeVar("T")
log: logging.Logger = logging.getLogger("mixmax_sdk")

USER_AGENT = f"mixmax-sdk-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


def client_headers(options: ClientOptions) -> dict[str, str]:
    """The headers of every request of a client with these options."""
    return {
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
        **options.default_headers,
        TOKEN_HEADER: options.api_key,
    }


Own = TypeVar("Own", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def own_transport(transport: Own) -> Own:
    """The SDK's own transport, its connections keeping each attempt's whole-answer deadline."""
    install_deadline(transport)
    return transport


class _RunnerBase:
    kind = "?"

    def __init__(self, options: ClientOptions, owns_http: bool, raw: bool = False) -> None:
        self.options = options
        self._owns_http = owns_http
        self.raw: bool = raw  # `with_raw_response`: successes come back as `RawResponse`
        self.answered: bool = False  # whether any request of this client got a 2xx (for the base_url hint)
        # Headers, timeout and retry budget are set once on the httpx client and its retry transport
        # (`sent_*`), so that a request says nothing when it wants the same. A runner that shares its
        # parent's pool but wants others (`with_options(...)`) sends them with each request.
        self.sent_headers: dict[str, str] = client_headers(options)
        self.sent_timeout: httpx.Timeout = options.timeout
        self.sent_retries: int = options.max_retries
        self.extra_headers: dict[str, str] | None = None
        self.timeout_arg: httpx.Timeout | UseClientDefault = httpx.USE_CLIENT_DEFAULT

    def adopt_headers(self, user_http: httpx.Client | httpx.AsyncClient | None) -> None:
        """A user's `http_client=` keeps its own default headers (a proxy's or gateway's, say); the SDK's
        (Accept, User-Agent, the token, `default_headers`) win where both set one."""
        if user_http is not None:
            merged = httpx.Headers(user_http.headers)
            for name, value in self.sent_headers.items():
                merged[name] = value  # case-insensitive: replaces the user's Accept, User-Agent, token
            self.sent_headers = dict(merged.items())

    def share_client(self, parent: _RunnerBase) -> None:
        """This runner sends through `parent`'s httpx client, which was set up for `parent.sent_*`."""
        wanted, self.sent_headers = self.sent_headers, parent.sent_headers
        self.extra_headers = None if wanted == parent.sent_headers else wanted
        self.sent_timeout, self.sent_retries = parent.sent_timeout, parent.sent_retries
        if self.options.timeout != self.sent_timeout:
            self.timeout_arg = self.options.timeout

    @property
    def mode(self) -> str:
        return f"{self.kind}, raw" if self.raw else self.kind

    def build_request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        options, per_call = self.options, call.per_call
        headers = self.extra_headers
        params, body = call.params, call.json
        timeout, max_retries = self.timeout_arg, options.max_retries
        if options.default_query:
            params = {**options.default_query, **params}
        if per_call is not None:
            if per_call.headers:
                headers = {**(headers or {}), **per_call.headers, TOKEN_HEADER: options.api_key}
            if per_call.query:
                params = {**params, **per_call.query}
            if per_call.body:
                body = {**(body if isinstance(body, dict) else {}), **per_call.body}
            timeout = per_call.timeout if per_call.timeout is not None else timeout
            max_retries = per_call.max_retries if per_call.max_retries is not None else max_retries
        # Without the extension the retry transport applies its own budget (the client's) and the
        # method's idempotency.
        retrying = max_retries != self.sent_retries or call.retry_safe
        return http.build_request(
            call.method,
            options.base_url + call.path,
            params=params or None,
            json=body,
            headers=headers,
            timeout=timeout,
            extensions={"mixmax": {"max_retries": max_retries, "retry_safe": call.retry_safe}} if retrying else None,
        )

    limiter: SlidingWindowLimiter | None = None

    def transport_parts(self) -> tuple[RetryPolicy, SlidingWindowLimiter | None]:
        options = self.options
        self.limiter = limiter_for(options.rate_limit, options.api_key, options.clock)
        return RetryPolicy(max_retries=options.max_retries), self.limiter

    @staticmethod
    def transport_error(request: httpx.Request, exc: httpx.HTTPError) -> APIConnectionError:
        """An httpx failure as the SDK's typed error (messages never include headers). The runners call
        it from a plain `except`: a context manager would cost a generator on every request."""
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
            history = response.extensions.get("mixmax_history")
            if not (status == 404 and call.method == "DELETE" and getattr(history, "ambiguous", False)):
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

    def __init__(
        self, options: ClientOptions, http: httpx.Client | None = None, *, shared: bool = False, raw: bool = False
    ) -> None:
        """`http`: the user's client (wrapped: retries and rate limiting still apply; it stays theirs to
        close), or, with `shared=True`, the SDK client of the runner this one derives from."""
        super().__init__(options, owns_http=not shared, raw=raw)
        self.user_http: httpx.Client | None = None if shared else http
        self.http: httpx.Client
        if shared and http is not None:
            self.http = http
        else:
            policy, limiter = self.transport_parts()
            self.adopt_headers(http)
            inner: httpx.BaseTransport | httpx.Client = (
                http if http is not None else own_transport(httpx.HTTPTransport())
            )
            transport = RetryTransport(inner, policy=policy, clock=options.clock, limiter=limiter)
            self.http = httpx.Client(transport=transport, timeout=options.timeout, headers=self.sent_headers)

    def run(self, call: Call[T]) -> Any:
        request = self.build_request(self.http, call)
        try:
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            raise self.transport_error(request, exc) from exc
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> SyncPager[T] | RawResponse[Page[T]]:
        from .pagination import SyncPager

        return self.run(plan.first) if self.raw else SyncPager(self, plan)

    def derive(self, options: ClientOptions, *, raw: bool | None = None) -> SyncRunner:
        raw = self.raw if raw is None else raw
        if options.api_key != self.options.api_key or options.rate_limit != self.options.rate_limit:
            # Another key means another limiter, so another wrapper around the same (user's) client.
            return SyncRunner(options, self.user_http, raw=raw)
        runner = SyncRunner(options, self.http, shared=True, raw=raw)
        runner.user_http, runner.limiter = self.user_http, self.limiter
        runner.share_client(self)
        return runner

    def close(self) -> None:
        if self._owns_http:
            self.http.close()


class AsyncRunner(_RunnerBase):
    kind = "async"

    def __init__(
        self,
        options: ClientOptions,
        http: httpx.AsyncClient | None = None,
        *,
        shared: bool = False,
        raw: bool = False,
    ) -> None:
        super().__init__(options, owns_http=not shared, raw=raw)
        self.user_http: httpx.AsyncClient | None = None if shared else http
        self.http: httpx.AsyncClient
        if shared and http is not None:
            self.http = http
        else:
            policy, limiter = self.transport_parts()
            self.adopt_headers(http)
            inner: httpx.AsyncBaseTransport | httpx.AsyncClient = (
                http if http is not None else own_transport(httpx.AsyncHTTPTransport())
            )
            transport = AsyncRetryTransport(inner, policy=policy, clock=options.clock, limiter=limiter)
            self.http = httpx.AsyncClient(transport=transport, timeout=options.timeout, headers=self.sent_headers)

    def run(self, call: Call[T]) -> Coroutine[Any, Any, Any]:
        return self._run(call)

    async def _run(self, call: Call[T]) -> Any:
        request = self.build_request(self.http, call)
        try:
            response = await self.http.send(request)
        except httpx.HTTPError as exc:
            raise self.transport_error(request, exc) from exc
        return self.finish(call, response)

    def pager(self, plan: Plan[T]) -> AsyncPager[T] | Coroutine[Any, Any, RawResponse[Page[T]]]:
        from .pagination import AsyncPager

        return self.run(plan.first) if self.raw else AsyncPager(self, plan)

    def derive(self, options: ClientOptions, *, raw: bool | None = None) -> AsyncRunner:
        raw = self.raw if raw is None else raw
        if options.api_key != self.options.api_key or options.rate_limit != self.options.rate_limit:
            return AsyncRunner(options, self.user_http, raw=raw)
        runner = AsyncRunner(options, self.http, shared=True, raw=raw)
        runner.user_http, runner.limiter = self.user_http, self.limiter
        runner.share_client(self)
        return runner

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()
