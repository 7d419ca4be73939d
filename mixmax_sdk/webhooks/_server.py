"""The HTTP server behind `mixmax webhooks listen`, fit to face the public internet.

wsgiref parses the requests; on top of it each connection gets a thread of its own (so an idle or slow
caller never holds up another), one deadline for sending its whole request, headers and body (so a
caller dripping a byte at a time cannot stretch it, as it could a per-read socket timeout), and a
bounded number of connections open at once.
"""

from __future__ import annotations

import io
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from ..errors import MixmaxValidationError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

__all__ = ["DEFAULT_MAX_CONNECTIONS", "DEFAULT_TIMEOUT", "WebhookServer"]

DEFAULT_TIMEOUT = 10.0
"""Seconds a caller has to send its whole request once connected."""

DEFAULT_MAX_CONNECTIONS = 256
"""Connections handled at once; one more is answered 503 and closed."""

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _raw_answer(status: str, error: str) -> bytes:
    body = json.dumps({"error": error}).encode()
    head = f"HTTP/1.0 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    head += "Connection: close\r\n\r\n"
    return head.encode("latin-1") + body


class _DeadlineStream(io.RawIOBase):
    """A connection whose reads all end by one deadline; writes get the timeout afresh."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        self._sock = sock
        self._timeout = timeout
        self._deadline = time.monotonic() + timeout
        self.received = 0

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("request not received in time")
        self._sock.settimeout(remaining)
        count = self._sock.recv_into(memoryview(buffer))
        self.received += count
        return count

    def write(self, data: ReadableBuffer) -> int:
        self._sock.settimeout(self._timeout)
        self._sock.sendall(data)
        return len(memoryview(data))


class _Handler(WSGIRequestHandler):
    server: WebhookServer

    def setup(self) -> None:
        # Not StreamRequestHandler.setup: its makefile() streams would read without the deadline (and,
        # left open, keep the socket from closing).
        self.connection = self.request
        self.stream = _DeadlineStream(self.request, self.server.timeout_seconds)
        self.rfile = io.BufferedReader(self.stream)
        self.wfile = self.stream  # type: ignore[assignment]

    def handle(self) -> None:
        try:
            super().handle()  # a body read past the deadline is answered 408 by the webhook app itself
        except TimeoutError:
            if self.stream.received:  # a caller that sent nothing is just closed
                self.server.report(f"{self.client_address[0]} -> 408 Request Timeout (headers incomplete)")
                self.stream.write(_raw_answer("408 Request Timeout", "request not received in time"))
        except OSError:
            pass  # the caller went away; there is no one to answer

    def get_environ(self) -> dict[str, Any]:
        environ: dict[str, Any] = super().get_environ()
        # wsgiref passes on the first Content-Length only: pass them all, so that several are refused.
        # Optional whitespace around a field value is not part of it (RFC 9112, section 5).
        lengths = [value.strip(" \t") for value in self.headers.get_all("Content-Length") or []]
        if lengths:
            environ["CONTENT_LENGTH"] = ", ".join(lengths)
        return environ

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the app reports every request it refuses; see `report` for the ones it never sees


class WebhookServer(socketserver.ThreadingMixIn, WSGIServer):
    """Serves `app`, a connection per daemon thread, each request bounded by `timeout` seconds.

    `report(line)` is told of each connection refused before the app saw it (over the limit, or a
    request not complete in time). `close(wait=True)` lets the connections in progress finish (each
    within `timeout`); `close(wait=False)` abandons them.
    """

    daemon_threads = True  # so ThreadingMixIn does not track them: `close` waits for them itself
    request_queue_size = socket.SOMAXCONN  # wsgiref's 5 would drop a burst of connections

    def __init__(
        self,
        address: tuple[str, int],
        app: WsgiApp,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        report: Callable[[str], None] = lambda line: None,
    ) -> None:
        if not timeout > 0:
            raise MixmaxValidationError(f"timeout must be a positive number of seconds, not {timeout!r}")
        if max_connections < 1:
            raise MixmaxValidationError(f"max_connections must be at least 1, not {max_connections!r}")
        self.timeout_seconds = timeout
        self.max_connections = max_connections
        self.report = report
        self._open = 0
        self._changed = threading.Condition()
        super().__init__(address, _Handler)
        self.set_app(app)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._changed:
            full = self._open >= self.max_connections
            if not full:
                self._open += 1
        if full:
            self.report(f"{client_address[0]} -> 503 Service Unavailable (too many connections)")
            try:
                request.setblocking(False)  # the accepting thread never waits on a caller
                request.send(_raw_answer("503 Service Unavailable", "too many connections"))
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._closed_one()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._closed_one()

    def _closed_one(self) -> None:
        with self._changed:
            self._open -= 1
            self._changed.notify_all()

    def close(self, *, wait: bool) -> None:
        self.server_close()
        if wait:
            with self._changed:
                self._changed.wait_for(lambda: self._open == 0)
