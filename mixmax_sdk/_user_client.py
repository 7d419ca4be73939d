"""What a user's `http_client=` brings to the SDK. Each setting of an httpx client is honoured, with
one precedence (the SDK's explicit argument > the client's setting > the SDK's default), or refused
at construction; none is silently dropped:

- `base_url`: used when neither `base_url=` nor `MIXMAX_BASE_URL` is given (and checked like them:
  https, or plain http to a loopback host only).
- `timeout`: used unless `timeout=` is given. A client always has one, and httpx's default (5 s)
  cannot be told from a chosen 5 s: that one counts as not chosen, and the SDK's 60 s applies.
- `params`: the query of every request, under `with_options(default_query=)`, a method's own
  parameters and `extra_query`.
- `headers`: sent, under the SDK's `Accept`, `User-Agent` and `X-API-Token` and `default_headers=`.
- `cookies`: sent, and what responses set goes in its jar.
- `auth`, `event_hooks`, `transport`, `mounts`, `proxy`, `trust_env`, `verify`, `cert`, `limits`,
  `http1`/`http2`, `default_encoding`: used (the SDK sends through the client's own transports).
- `follow_redirects`, `max_redirects`: a redirect is never followed, so that the token stays on the
  base URL's origin; a 3xx raises `RedirectError`.

The SDK's `proxy=` and `trust_env=` configure connections of its own, which it does not open when
given a client: with `http_client=` they are refused (set them on the client).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx

from .errors import MixmaxValidationError

HttpClient = httpx.Client | httpx.AsyncClient


@dataclass(frozen=True)
class Borrowed:
    """The settings of a user's client that the SDK's options take (None: the client has none)."""

    base_url: str | None = None
    timeout: httpx.Timeout | None = None
    query: dict[str, Any] = field(default_factory=dict)


@cache
def _httpx_default_timeout() -> httpx.Timeout:
    """What a client has when not told otherwise, read off one rather than copied from httpx."""
    with httpx.Client(transport=httpx.BaseTransport()) as client:
        return client.timeout


def borrow(http_client: object, *, proxy: object, trust_env: object) -> Borrowed:
    """The client's settings the SDK adopts; refuses SDK options that a client makes meaningless."""
    if http_client is None:
        return Borrowed()
    if not isinstance(http_client, HttpClient):
        raise MixmaxValidationError(
            "http_client must be an httpx.Client (an httpx.AsyncClient for AsyncMixmax), "
            f"not {type(http_client).__name__}"
        )
    for name, given in (("proxy", proxy is not None), ("trust_env", isinstance(trust_env, bool))):
        if given:
            raise MixmaxValidationError(
                f"{name}= configures the SDK's own connections, and with http_client= the SDK sends through "
                f"yours: set it there (httpx.{type(http_client).__name__}({name}=...)), not on the SDK"
            )
    base_url = str(http_client.base_url).rstrip("/") or None
    timeout = http_client.timeout if http_client.timeout != _httpx_default_timeout() else None
    query: dict[str, Any] = {}
    for key in http_client.params:
        values = http_client.params.get_list(key)  # a repeated parameter stays repeated
        query[key] = values[0] if len(values) == 1 else values
    return Borrowed(base_url, timeout, query)


def default_encoding(http_client: HttpClient | None) -> str | Callable[[bytes], str]:
    """How the user's client decodes a text body without a charset. httpx keeps the setting private
    (`_default_encoding`) and has no public reader; tests/test_user_client.py pins the name."""
    if http_client is None:
        return "utf-8"
    encoding: str | Callable[[bytes], str] = http_client._default_encoding
    return encoding
