"""`Mixmax` and `AsyncMixmax`: the entry points. Both are `MixmaxClient`, one class written once; they
differ in their runner (and in closing with `close()` or `await aclose()`)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

import httpx

from ._call import Call, raw_json
from ._clock import Clock
from ._groups import ResourceGroups
from ._logs import register_secret
from ._options import DEFAULT, ClientOptions, TimeoutTypes, _Default
from ._rate_limit_local import LocalRateLimit, RateLimitState, SharedRateLimit
from ._resource import Async, M, RawAsync, RawSync, RequestOptions, Resource, Sync, endpoint
from ._runner import AsyncRunner, SyncRunner
from ._validate import check_json
from .errors import MixmaxValidationError

H = TypeVar("H", httpx.Client, httpx.AsyncClient)

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


class MixmaxClient(ResourceGroups[M], Generic[M, H]):
    """The API, one attribute per resource group (`ResourceGroups`, generated from the spec). Use `Mixmax`
    (sync) or `AsyncMixmax` (async)."""

    _runner: SyncRunner | AsyncRunner

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | _Default = DEFAULT,
        max_retries: int | _Default = DEFAULT,
        http_client: H | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        rate_limit: int | LocalRateLimit | SharedRateLimit | _Default | None = DEFAULT,
        clock: Clock | None = None,
        strict_responses: bool = False,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool | _Default = DEFAULT,
        max_response_bytes: int | _Default | None = DEFAULT,
    ) -> None:
        """Create a client.

        Args:
            api_key: the Mixmax API token; defaults to the `MIXMAX_API_KEY` environment variable.
            base_url: defaults to `MIXMAX_BASE_URL`, else `https://api.mixmax.com/v1`.
            timeout: seconds, an `httpx.Timeout`, or None for none; default 60 s (connect 10 s). The
                read timeout bounds each attempt's whole answer (headers and body), not each read.
            max_retries: retries of failed requests that are safe to repeat; default 2.
            http_client: an `httpx.Client` (`httpx.AsyncClient` for `AsyncMixmax`) to send through;
                you close it. Its base_url, timeout, params, headers, cookies, auth, event hooks,
                transport, mounts and proxies apply, each under the SDK's explicit arguments (README:
                "Your own httpx client"); redirects are never followed; retries and rate limiting
                still wrap it.
            default_headers: extra headers for every request.
            allow_insecure_http: permit a plain `http://` base_url to a non-loopback host.
            rate_limit: requests started per sliding minute; default 120 (Mixmax's limit). Shared by
                every thread, task and client in this process that uses the same API key;
                `LocalRateLimit(n, shared=False)` for a window of this client's own,
                `RedisRateLimit(url)` for one window shared by every process using the same Redis, None
                for no client-side limiting.
            clock: where waits happen (retry back-off, rate limiting); tests pass a fake clock.
            strict_responses: raise `APIResponseValidationError` for any response value that does
                not fit the spec (for your CI). By default such a value is kept as it came, and the
                deviation is logged once on `mixmax_sdk.drift` and listed by `drift_report()`.
            proxy: the proxy for every request (a URL such as "http://proxy.example:3128", or an
                `httpx.Proxy`); it wins over the environment.
            trust_env: read `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY` and `SSL_CERT_FILE` /
                `SSL_CERT_DIR` from the environment, as httpx does; default True.
            max_response_bytes: the largest answer accepted, in decoded bytes (a gzip body counts
                as what it expands to); default 64 MiB, None for no limit. A larger one (or a larger
                Content-Length) raises `ResponseTooLargeError` as soon as it shows, without reading
                the rest. Applies to error answers too.
        """
        options = ClientOptions.resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            rate_limit=rate_limit,
            clock=clock,
            strict_responses=strict_responses,
            proxy=proxy,
            trust_env=trust_env,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )
        register_secret(options.api_key)
        super().__init__(self._make_runner(options, http_client))

    def _make_runner(self, options: ClientOptions, http_client: H | None) -> SyncRunner | AsyncRunner:
        raise NotImplementedError  # pragma: no cover - each concrete client says which runner it uses

    @classmethod
    def _from_runner(cls, runner: SyncRunner | AsyncRunner) -> Self:
        client = cls.__new__(cls)
        Resource.__init__(client, runner)
        return client

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | _Default = DEFAULT,
        max_retries: int | _Default = DEFAULT,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        max_response_bytes: int | _Default | None = DEFAULT,
    ) -> Self:
        """A client with other defaults, e.g. `client.with_options(timeout=5, max_retries=0).users.me()`.

        It shares this client's connection pool and rate limit, unless `api_key` changes: another key
        is another rate budget, so that client gets a pool of its own (close it when done).
        `default_headers` and `default_query` are added to this client's own.
        """
        options = self._runner.options.evolve(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            base_url=base_url,
            api_key=api_key,
            max_response_bytes=max_response_bytes,
        )
        if api_key is not None:
            register_secret(options.api_key)
        return self._from_runner(self._runner.derive(options))

    @property
    def rate_limit_state(self) -> RateLimitState | None:
        """What the client-side limiter knows now (None when `rate_limit=None`): requests in the current
        window, and the last `X-RateLimit-*` values the API sent, if it ever sent any."""
        limiter = self._runner.limiter
        return None if limiter is None else limiter.state()

    @property
    def base_url(self) -> str:
        return self._runner.options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._runner.options.timeout

    @property
    def max_retries(self) -> int:
        return self._runner.options.max_retries

    @property
    def max_response_bytes(self) -> int | None:
        return self._runner.options.max_response_bytes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='***')"

    @endpoint
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Any]:
        """Call any path of the API with the client's auth, timeouts, retries and typed errors.

        `path` is relative to the base URL (e.g. "/users/me"). Returns the decoded JSON body, or None
        for an empty one.
        """
        verb = method.upper() if isinstance(method, str) else ""
        if verb not in _METHODS:
            raise MixmaxValidationError(f"method must be one of {sorted(_METHODS)}, not {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or "://" in path:
            raise MixmaxValidationError(f"path must be relative to the base URL and start with '/': {path!r}")
        if params and any(str(key).lower() == "apitoken" for key in params):
            raise MixmaxValidationError("the token goes in api_key=, never in the URL (it would reach logs)")
        if json is not None:
            check_json(json, "json")
        return Call(verb, path, raw_json, params=dict(params or {}), json=json)


class RawMixmax(MixmaxClient[RawSync, httpx.Client]):
    """`client.with_raw_response`: every method returns a `RawResponse` (status, headers, `.parse()`)."""

    _runner: SyncRunner


class AsyncRawMixmax(MixmaxClient[RawAsync, httpx.AsyncClient]):
    """`async_client.with_raw_response`: every method returns a coroutine of a `RawResponse`."""

    _runner: AsyncRunner


class Mixmax(MixmaxClient[Sync, httpx.Client]):
    """The synchronous client. `with Mixmax() as client:` closes its connections on exit."""

    _runner: SyncRunner

    @cached_property
    def with_raw_response(self) -> RawMixmax:
        """The same API, returning the HTTP response of each call: `client.with_raw_response.users.me()`
        gives a `RawResponse[User]` with `.status_code`, `.headers`, `.http_response` and `.parse()`."""
        return RawMixmax._from_runner(self._runner.derive(self._runner.options, raw=True))

    def _make_runner(self, options: ClientOptions, http_client: httpx.Client | None) -> SyncRunner:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise MixmaxValidationError("Mixmax(http_client=...) needs an httpx.Client (AsyncMixmax takes AsyncClient)")
        return SyncRunner(options, http_client)

    def close(self) -> None:
        """Close the connection pool (not an `http_client` you passed in)."""
        self._runner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncMixmax(MixmaxClient[Async, httpx.AsyncClient]):
    """The asynchronous client. `async with AsyncMixmax() as client:` closes its connections on exit."""

    _runner: AsyncRunner

    @cached_property
    def with_raw_response(self) -> AsyncRawMixmax:
        """The same API, returning the HTTP response of each call: `await client.with_raw_response.users.me()`."""
        return AsyncRawMixmax._from_runner(self._runner.derive(self._runner.options, raw=True))

    def _make_runner(self, options: ClientOptions, http_client: httpx.AsyncClient | None) -> AsyncRunner:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise MixmaxValidationError("AsyncMixmax(http_client=...) needs an httpx.AsyncClient")
        return AsyncRunner(options, http_client)

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` you passed in): `await client.close()`."""
        await self._runner.aclose()

    async def aclose(self) -> None:
        """The same as `close()` (the name httpx uses)."""
        await self._runner.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
