"""Real HTTP on 127.0.0.1 for the proxy and `http_client` tests: `Origin`, a server (plain or TLS)
that records every request exactly as it arrived and answers from a script, and `ForwardProxy`, a
forwarding proxy that really moves the bytes over sockets: an absolute-form request is sent on as one
upstream request, a CONNECT opens a tunnel whose bytes it pumps without understanding them. Both
count what they saw. Threads are daemons; `stop()` (the context managers) releases them."""

from __future__ import annotations

import contextlib
import http.client
import json
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urlsplit

USER = {"_id": "u1", "email": "ada@example.com", "name": "Ada"}
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer", "upgrade"}


@dataclass
class Seen:
    """One request as a server read it: the request line's method and target, every header in order."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    def header(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]


@dataclass
class Answer:
    status: int = 200
    body: bytes = json.dumps(USER).encode()
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    close: bool = False  # close the connection after answering (the client must connect anew)
    hold: threading.Event | None = None  # answer only once this is set (or after 30 s)
    trickle: float = 0.0  # seconds between the bytes of the whole answer (status line included)


class _Server:
    handler: type[BaseHTTPRequestHandler]

    def __init__(self, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, 0), self._handler())
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def record(self, handler: BaseHTTPRequestHandler, body: bytes = b"") -> Seen:
        seen = Seen(handler.command, handler.path, list(handler.headers.items()), body)
        with self.lock:
            self.seen.append(seen)
        return seen

    def start(self) -> Self:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Origin(_Server):
    """`answers` are used in order, one per request; after them every request gets `Answer()`."""

    def __init__(self, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        super().__init__(tls, host)
        self.answers: list[Answer] = []

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        origin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                origin.record(self, body)
                with origin.lock:
                    answer = origin.answers.pop(0) if origin.answers else Answer()
                if answer.hold is not None:
                    answer.hold.wait(30)
                head = [f"HTTP/1.1 {answer.status} {http.client.responses.get(answer.status, 'Status')}"]
                head += [f"{name}: {value}" for name, value in answer.headers.items()]
                head += [f"Content-Length: {len(answer.body)}"] + (["Connection: close"] if answer.close else [])
                raw = ("\r\n".join(head) + "\r\n\r\n").encode() + answer.body
                if answer.trickle:
                    for i in range(len(raw)):
                        self.wfile.write(raw[i : i + 1])
                        time.sleep(answer.trickle)
                else:
                    self.wfile.write(raw)
                self.close_connection = answer.close

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = answer

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler


class ForwardProxy(_Server):
    """`seen` holds what the proxy itself read: each forwarded request, each CONNECT line. The bytes
    it pumped through tunnels (TLS records, for an https origin) are in `tunnelled`."""

    def __init__(self) -> None:
        super().__init__()
        self.tunnelled = bytearray()

    @property
    def lines(self) -> list[str]:
        with self.lock:
            return [f"{seen.method} {seen.target}" for seen in self.seen]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_CONNECT(self) -> None:
                proxy.record(self)
                host, port = self.path.rsplit(":", 1)
                upstream = socket.create_connection((host, int(port)), timeout=10)
                self.send_response_only(200, "Connection established")
                self.end_headers()
                self.close_connection = True
                try:
                    self.pump(self.connection, upstream)
                finally:
                    upstream.close()

            def pump(self, client: socket.socket, upstream: socket.socket) -> None:
                peers = {client: upstream, upstream: client}
                while True:
                    ready, _, _ = select.select(list(peers), [], [], 30)
                    if not ready:
                        return
                    for sock in ready:
                        try:
                            data = sock.recv(65536)
                        except OSError:
                            return
                        if not data:
                            return
                        with proxy.lock:
                            proxy.tunnelled += data
                        peers[sock].sendall(data)

            def forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.record(self, body)
                target = urlsplit(self.path)
                assert target.scheme == "http" and target.hostname, f"not an absolute http URL: {self.path}"
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
                try:
                    path = target.path + (f"?{target.query}" if target.query else "")
                    upstream.request(self.command, path, body=body or None, headers=headers)
                    response = upstream.getresponse()
                    data = response.read()
                    self.send_response_only(response.status, response.reason)
                    for name, value in response.getheaders():
                        if name.lower() not in HOP_BY_HOP | {"content-length", "transfer-encoding"}:
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                finally:
                    upstream.close()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler


def tls_server_context(ca: Any) -> ssl.SSLContext:
    """A server context whose certificate, for 127.0.0.1 and localhost, the trustme `ca` signed."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@contextlib.contextmanager
def running(*servers: _Server) -> Any:
    for server in servers:
        server.start()
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()
