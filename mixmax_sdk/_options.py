"""Client configuration: resolved and validated once, at construction."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from ._clock import Clock, SystemClock
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    TOKEN_HEADER,
)
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
    rate_limit: int | None = DEFAULT_RATE_LIMIT
    clock: Clock = field(default_factory=SystemClock, repr=False)

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
        rate_limit: int | _Default | None = DEFAULT,
        clock: Clock | None = None,
    ) -> ClientOptions:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        if not isinstance(key, str) or not key.strip():
            raise MixmaxValidationError(
                f"No Mixmax API key: pass api_key=... or set the {API_KEY_ENV} environment variable "
                "(create one in Mixmax under Settings > Integrations > API)."
            )
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        return cls(
            api_key=key.strip(),
            base_url=_check_base_url(url, allow_insecure_http),
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, _Default) else _as_timeout(timeout),
            max_retries=DEFAULT_MAX_RETRIES if isinstance(max_retries, _Default) else _check_retries(max_retries),
            default_headers=_check_headers(default_headers),
            rate_limit=DEFAULT_RATE_LIMIT if isinstance(rate_limit, _Default) else _check_rate_limit(rate_limit),
            clock=clock if clock is not None else SystemClock(),
        )

    def evolve(self, *, timeout: TimeoutTypes | _Default, max_retries: int | _Default) -> ClientOptions:
        return dataclasses.replace(
            self,
            timeout=self.timeout if isinstance(timeout, _Default) else _as_timeout(timeout),
            max_retries=self.max_retries if isinstance(max_retries, _Default) else _check_retries(max_retries),
        )


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise MixmaxValidationError(f"timeout must be a positive number of seconds, httpx.Timeout or None: {timeout!r}")
    return httpx.Timeout(float(timeout))


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise MixmaxValidationError(f"max_retries must be an int >= 0: {max_retries!r}")
    return max_retries


def _check_rate_limit(rate_limit: int | None) -> int | None:
    if rate_limit is not None and (isinstance(rate_limit, bool) or not isinstance(rate_limit, int) or rate_limit < 1):
        raise MixmaxValidationError(f"rate_limit must be a positive int (requests per minute) or None: {rate_limit!r}")
    return rate_limit


def _check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    checked = dict(headers or {})
    for name, value in checked.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise MixmaxValidationError("default_headers must map strings to strings")
        if name.lower() == TOKEN_HEADER.lower():
            raise MixmaxValidationError("pass the token as api_key=, not as a default header")
    return checked


def _check_base_url(url: str, allow_insecure_http: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise MixmaxValidationError(f"base_url must be an http(s) URL: {url!r}")
    if parts.username or parts.password:
        raise MixmaxValidationError("base_url must not carry credentials")
    if parts.query or parts.fragment:
        raise MixmaxValidationError(f"base_url must not carry a query or fragment: {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise MixmaxValidationError(
            f"Refusing plain http:// to {parts.hostname}: the API token would travel unencrypted. "
            "Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
