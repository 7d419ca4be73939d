"""The fake over real HTTP on loopback (a background thread), for demos, benchmarks and contract tests."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

from ._fake import FakeMixmax
from ._transport import BASE_PATH
from ._wire import FakeRequest


class FakeServer:
    """`with fake.serve() as server: Mixmax(base_url=server.base_url, api_key=fake.demo_token)`."""

    def __init__(self, fake: FakeMixmax, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._httpd = ThreadingHTTPServer((host, port), _handler_for(fake))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}{BASE_PATH}"

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-mixmax", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

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


def _handler_for(fake: FakeMixmax) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "FakeMixmax/1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in separate writes; without this, Nagle's algorithm and delayed
            # ACKs add ~40 ms to every keep-alive request.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

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
            self.wfile.write(response.body)

        def __getattr__(self, name: str) -> object:
            # Every method, known or not (TRACE, QUERY, ...), goes through the fake, which answers 405.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def log_message(self, format: str, *args: object) -> None:
            return  # quiet: tests and benchmarks read their own output

    return Handler
