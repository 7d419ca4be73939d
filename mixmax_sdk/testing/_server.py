"""The fake over real HTTP on loopback (a background thread), for demos, benchmarks and contract tests."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

from ._fake import FakeMixmax
from ._transport import BASE_PATH
from ._wire import FakeRequest, trickled


class FakeServer:
    """`with fake.serve() as server: Mixmax(base_url=server.base_url, api_key=fake.demo_token)`."""

    def __init__(self, fake: FakeMixmax, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._httpd = self._listen(host, port)
        self._thread: threading.Thread | None = None

    def _listen(self, host: str, port: int) -> ThreadingHTTPServer:
        httpd = _QuietHTTPServer((host, port), _handler_for(self.fake, self._connections, self._lock))
        httpd.daemon_threads = True
        return httpd

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}{BASE_PATH}"

    def start(self) -> Self:
        # A short poll keeps stop() quick (tests start and stop a server per case).
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-mixmax", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is None:  # not listening (refusing connections), or never started
            self._httpd.server_close()
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
        self._thread = None

    def refuse_connections(self) -> None:
        """Go down: stop listening (new connections are refused: the request never leaves the client)
        and close every open keep-alive connection, so the client's next request must connect anew."""
        self.stop()
        with self._lock:
            open_connections = list(self._connections)
        for connection in open_connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def accept_connections(self) -> None:
        """Come back up on the same address after `refuse_connections()`."""
        if self._thread is not None:
            return
        host, port = self._httpd.server_address[:2]
        self._httpd = self._listen(str(host), int(port))
        self.start()

    def serve_forever(self) -> None:
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class _QuietHTTPServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (a timeout, a refused or dropped connection under test) is expected here;
        # anything else still goes to stderr.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _handler_for(
    fake: FakeMixmax, connections: set[socket.socket], lock: threading.Lock
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "FakeMixmax/1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in separate writes; without this, Nagle's algorithm and delayed
            # ACKs add ~40 ms to every keep-alive request.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with lock:
                connections.add(self.connection)

        def finish(self) -> None:
            with lock:
                connections.discard(self.connection)
            with contextlib.suppress(OSError):
                super().finish()

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = parts.path
            request = FakeRequest(
                method=self.command,
                path=path[len(BASE_PATH) :] if path.startswith(BASE_PATH + "/") else "/__outside_base_path__" + path,
                query={k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            response = fake.handle(request)
            if response.action is not None:  # drop or refuse: close without a word
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if response.delay:
                fake.clock.pass_time(response.delay)
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if not response.trickle:
                self.wfile.write(response.body)
                return
            self.wfile.flush()
            for byte in trickled(response.body, response.trickle, fake.clock):
                self.wfile.write(byte)
                self.wfile.flush()

        def __getattr__(self, name: str) -> object:
            # Every method, known or not (TRACE, QUERY, ...), goes through the fake, which answers 405.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def log_message(self, format: str, *args: object) -> None:
            return  # quiet: tests and benchmarks read their own output

    return Handler
