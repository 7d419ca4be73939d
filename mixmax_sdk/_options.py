"""Client configuration: resolved and validated once, at construction."""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._call import PerCall
from ._clock import Clock, SystemClock
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    TOKEN_HEADER,
)
from ._proxy import ProxyTypes, check_proxy, proxy_routes
from ._rate_limit_local import LocalRateLimit, SharedRateLimit
from ._user_client import borrow
from ._validate import check_json
from .errors import MixmaxValidationError

TimeoutTypes = float | httpx.Timeout | None


class _Default:
    """Sentinel: "not given" (so that `timeout=None`, meaning no timeout, stays expressible)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: _Default = _Default()


@dataclass(frozen=True, slots=True)
class ClientOptions:
    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, str] = field(default_factory=dict)
    default_query: Mapping[str, Any] = field(default_factory=dict)
    rate_limit: LocalRateLimit | SharedRateLimit | None = field(
        default_factory=lambda: LocalRateLimit(DEFAULT_RATE_LIMIT)
    )
    clock: Clock = field(default_factory=SystemClock, repr=False)
    strict_responses: bool = False
    # The SDK's own connections (none when sending through a user's http_client): see `_proxy`.
    proxies: Mapping[str, httpx.Proxy | None] = field(default_factory=dict, repr=False)
    trust_env: bool = True
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | _Default,
        max_retries: int | _Default,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
        rate_limit: int | LocalRateLimit | SharedRateLimit | _Default | None = DEFAULT,
        clock: Clock | None = None,
        strict_responses: bool = False,
        proxy: ProxyTypes | None = None,
        trust_env: bool | _Default = DEFAULT,
        http_client: object = None,
        max_response_bytes: int | _Default | None = DEFAULT,
    ) -> ClientOptions:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        # Precedence: the SDK's explicit argument > the user's client's setting > the SDK's default.
        theirs = borrow(http_client, proxy=proxy, trust_env=trust_env)
        url = base_url or os.environ.get(BASE_URL_ENV) or theirs.base_url or DEFAULT_BASE_URL
        if isinstance(timeout, _Default):
            timeout = DEFAULT_TIMEOUT if theirs.timeout is None else theirs.timeout
        trust = True if isinstance(trust_env, _Default) else _check_flag(trust_env, "trust_env")
        return cls(
            api_key=_check_api_key(key),
            base_url=_check_base_url(url, allow_insecure_http),
            timeout=_as_timeout(timeout),
            max_retries=DEFAULT_MAX_RETRIES if isinstance(max_retries, _Default) else _check_retries(max_retries),
            default_headers=_check_headers(default_headers),
            rate_limit=_check_rate_limit(DEFAULT_RATE_LIMIT if isinstance(rate_limit, _Default) else rate_limit),
            clock=clock if clock is not None else SystemClock(),
            strict_responses=_check_flag(strict_responses, "strict_responses"),
            default_query=_check_query(theirs.query, "http_client.params"),
            proxies=proxy_routes(check_proxy(proxy), trust) if http_client is None else {},
            trust_env=trust,
            max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES
            if isinstance(max_response_bytes, _Default)
            else _check_max_response_bytes(max_response_bytes),
        )

    def evolve(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | _Default = DEFAULT,
        max_retries: int | _Default = DEFAULT,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        allow_insecure_http: bool = False,
        max_response_bytes: int | _Default | None = DEFAULT,
    ) -> ClientOptions:
        """These options with some replaced (headers and query are added to the current ones)."""
        return dataclasses.replace(
            self,
            api_key=self.api_key if api_key is None else _check_api_key(api_key),
            base_url=self.base_url if base_url is None else _check_base_url(base_url, allow_insecure_http),
            timeout=self.timeout if isinstance(timeout, _Default) else _as_timeout(timeout),
            max_retries=self.max_retries if isinstance(max_retries, _Default) else _check_retries(max_retries),
            default_headers={**self.default_headers, **_check_headers(default_headers)},
            default_query={**self.default_query, **_check_query(default_query, "default_query")},
            max_response_bytes=self.max_response_bytes
            if isinstance(max_response_bytes, _Default)
            else _check_max_response_bytes(max_response_bytes),
        )


def _check_flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise MixmaxValidationError(f"{name} must be True or False, not {value!r}")
    return value


def per_call_options(given: dict[str, Any]) -> PerCall:
    """`RequestOptions` passed to one method call, validated like the client's own."""
    return PerCall(
        timeout=_as_timeout(given["timeout"]) if "timeout" in given else None,
        max_retries=_check_retries(given["max_retries"]) if "max_retries" in given else None,
        headers=_check_headers(given.get("extra_headers"), "extra_headers"),
        query=_check_query(given.get("extra_query"), "extra_query"),
        body=_check_body(given.get("extra_body")),
        max_response_bytes=_check_max_response_bytes(given["max_response_bytes"])
        if "max_response_bytes" in given
        else ...,
    )


_QUERY_SCALARS = (str, int, float, bool)


def _check_query(query: Mapping[str, Any] | None, name: str) -> dict[str, Any]:
    if query is None:
        return {}
    if not isinstance(query, Mapping) or not all(isinstance(k, str) and k for k in query):
        raise MixmaxValidationError(f"{name} must be a mapping with non-empty string keys")
    for key, value in query.items():
        if key.lower() == "apitoken":
            raise MixmaxValidationError("the token goes in api_key=, never in the URL (it would reach logs)")
        values = value if isinstance(value, list | tuple) else [value]
        if not all(isinstance(v, _QUERY_SCALARS) for v in values):
            raise MixmaxValidationError(f"{name}[{key!r}] must be a string, number, bool or a list of them")
    return dict(query)


def _check_body(body: Mapping[str, Any] | None) -> dict[str, Any]:
    if body is None:
        return {}
    if not isinstance(body, Mapping) or not all(isinstance(k, str) for k in body):
        raise MixmaxValidationError("extra_body must be a mapping with string keys")
    return dict(check_json(dict(body), "extra_body"))


MAX_RETRIES_CAP = 100
# RFC 9110: a header name is a token; a value is visible ASCII, spaces and tabs (httpx encodes ASCII).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\x20-\x7e\t]*")
_API_KEY = re.compile(r"[\x21-\x7e]+")


def _check_api_key(key: object) -> str:
    if not isinstance(key, str) or not key.strip():
        raise MixmaxValidationError(
            f"No Mixmax API key: pass api_key=... or set the {API_KEY_ENV} environment variable "
            "(create one in Mixmax under Settings > Integrations > API)."
        )
    if _API_KEY.fullmatch(key) is None:
        # Never echo the key: say where the offending character is, not what the key is.
        position = next(i for i, ch in enumerate(key) if _API_KEY.fullmatch(ch) is None)
        raise MixmaxValidationError(
            f"The API key must be printable ASCII without spaces; character {position} of {len(key)} is not "
            "(a stray newline or space from a file or environment variable?)"
        )
    return key


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            _check_seconds(getattr(timeout, part), f"timeout.{part}")
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    return httpx.Timeout(_check_seconds(timeout, "timeout"))


def _check_seconds(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise MixmaxValidationError(
            f"{name} must be a finite positive number of seconds (or None for no limit), not {value!r}"
        )
    return float(value)


def _check_max_response_bytes(limit: object) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise MixmaxValidationError(
            f"max_response_bytes must be a positive int (bytes of decoded body) or None for no limit: {limit!r}"
        )
    return limit


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or not 0 <= max_retries <= MAX_RETRIES_CAP:
        raise MixmaxValidationError(f"max_retries must be an int from 0 to {MAX_RETRIES_CAP}: {max_retries!r}")
    return max_retries


def _check_rate_limit(rate_limit: object) -> LocalRateLimit | SharedRateLimit | None:
    if rate_limit is None or isinstance(rate_limit, LocalRateLimit | SharedRateLimit):
        return rate_limit
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int) or rate_limit < 1:
        raise MixmaxValidationError(
            "rate_limit must be a positive int (requests per minute), a LocalRateLimit, a RedisRateLimit "
            f"or None: {rate_limit!r}"
        )
    return LocalRateLimit(rate_limit)


def _check_headers(headers: Mapping[str, str] | None, what: str = "default_headers") -> dict[str, str]:
    if headers is not None and not isinstance(headers, Mapping):
        raise MixmaxValidationError(f"{what} must be a mapping of header names to values")
    checked = dict(headers or {})
    for name, value in checked.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise MixmaxValidationError(f"{what} must map strings to strings")
        if _HEADER_NAME.fullmatch(name) is None:
            raise MixmaxValidationError(f"{name!r} is not a valid HTTP header name")
        if _HEADER_VALUE.fullmatch(value) is None:
            raise MixmaxValidationError(
                f"the value of header {name!r} must be printable ASCII (no line breaks or control characters)"
            )
        if name.lower() == TOKEN_HEADER.lower():
            raise MixmaxValidationError(f"pass the token as api_key=, not in {what}")
    return checked


def _check_base_url(url: str, allow_insecure_http: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise MixmaxValidationError(f"base_url must be an http(s) URL: {url!r}")
    if parts.username or parts.password:
        raise MixmaxValidationError("base_url must not carry credentials")
    if parts.query or parts.fragment:
        raise MixmaxValidationError(f"base_url must not carry a query or fragment: {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise MixmaxValidationError(
            f"Refusing plain http:// to {parts.hostname}: the API token would travel unencrypted. "
            "Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (a loopback address, or `localhost`)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
