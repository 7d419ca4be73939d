"""`RawResponse`: what `client.with_raw_response.<group>.<method>(...)` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")

__all__ = ["RawResponse"]

_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """The HTTP answer of a successful call, and its typed value on demand (`parse()`).

    `status_code`, `headers` (e.g. `X-RateLimit-Remaining`) and `http_response` (the httpx response,
    body already read) are there at once; `parse()` builds the typed value the plain method returns,
    once. Failed calls still raise the usual typed errors.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response: httpx.Response = http_response
        self._parse = parse
        self._parsed: T = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The typed value (as the method without `with_raw_response` returns it)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code} {request.method} {request.url.path}]>"
