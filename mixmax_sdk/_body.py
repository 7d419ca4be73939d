"""Reading an answer's body: within the attempt's deadline and `max_response_bytes`, into one buffer.

The limit counts decoded bytes as they come, so a small gzip body that expands to gigabytes stops
just past the limit; a declared Content-Length over it stops before the body is read at all. Either
way `ResponseTooLargeError` is raised at once: the driver closes the connection, and nothing read is
kept.

Memory: compressed input is decoded a slice at a time (deflate expands at most about 1032:1, so one
step yields at most ~4 MiB), and decoded bytes go into one `BytesIO`, whose buffer grows in place and
becomes the body without a copy (`getvalue()` hands over its own bytes). Below the limit the body is
thus held once while it is read; a list of chunks joined at the end would hold it twice, and the
chunks' memory, freed in the middle of the heap, is often not given back to the system.

`BodyReader` does no I/O; the drivers in `_retry` feed it what they read (`chunks`).
"""

from __future__ import annotations

import io
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, NoReturn

import httpx

from .errors import ResponseTooLargeError

SLICE = 4096
"""Compressed bytes decoded in one step."""


def raise_late(request: httpx.Request) -> NoReturn:
    """The attempt's deadline has passed (checked between chunks of the body)."""
    raise httpx.ReadTimeout("the response did not complete within the timeout", request=request)


class BodyReader:
    """One answer's body as it is read: `feed` each chunk from `chunks`, then `finish`."""

    __slots__ = ("_buffer", "_decoder", "_first", "_sliced", "deadline", "limit", "request", "response", "size")

    def __init__(
        self, request: httpx.Request, response: httpx.Response, deadline: float | None, limit: int | None
    ) -> None:
        self.request, self.response, self.deadline, self.limit = request, response, deadline, limit
        self.size = 0
        # A body that comes in one chunk (most do) is that chunk; a buffer only from the second one.
        self._first: bytes = b""
        self._buffer: io.BytesIO | None = None
        if limit is not None and request.method != "HEAD":
            declared = _content_length(response)
            if declared is not None and declared > limit:
                self._too_large(0, declared)
        # httpx's decoder for the Content-Encoding, fed here slice by slice; private, so an httpx
        # without it leaves decoding to `iter_bytes` (whole network chunks at a time), as does a
        # response built in memory, whose content is there already.
        get_decoder = getattr(response, "_get_content_decoder", None)
        self._decoder: Any = None if get_decoder is None or hasattr(response, "_content") else get_decoder()
        self._sliced = self._decoder is not None and "content-encoding" in response.headers

    def chunks(self) -> Iterator[bytes]:
        """What the sync driver reads: raw bytes when this reader decodes them, else decoded bytes."""
        return self.response.iter_raw() if self._decoder is not None else self.response.iter_bytes()

    def achunks(self) -> AsyncIterator[bytes]:
        return self.response.aiter_raw() if self._decoder is not None else self.response.aiter_bytes()

    def feed(self, data: bytes) -> None:
        decoder = self._decoder
        if decoder is None:
            self._add(data)
        elif not self._sliced:
            self._add(decoder.decode(data))
        else:
            for start in range(0, len(data), SLICE):
                self._add(decoder.decode(data[start : start + SLICE]))
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise_late(self.request)

    def finish(self) -> None:
        """The body, read to its end, becomes the response's content (`response.content`)."""
        if self._decoder is not None:
            self._add(self._decoder.flush())
        buffer, self._buffer = self._buffer, None
        self.response._content = self._first if buffer is None else buffer.getvalue()

    def _add(self, chunk: bytes) -> None:
        if not chunk:
            return
        size = self.size + len(chunk)
        if self.limit is not None and size > self.limit:
            del chunk  # the error's traceback keeps this frame: let it keep nothing of the body
            self._too_large(size, None)
        self.size = size
        if self._buffer is None:
            if not self._first:
                self._first = chunk
                return
            self._buffer = io.BytesIO()
            self._buffer.write(self._first)
            self._first = b""
        self._buffer.write(chunk)

    def _too_large(self, read: int, declared: int | None) -> NoReturn:
        self._first, self._buffer = b"", None
        response, limit = self.response, self.limit
        assert limit is not None
        response.request = self.request
        raise ResponseTooLargeError(response, limit=limit, bytes_read=read, declared=declared)


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None  # h11 refuses a malformed one before we get here; another transport may not
