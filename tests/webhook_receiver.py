"""Real local webhook receivers for tests: the SDK's WSGI app on a threaded wsgiref server, its ASGI
app on uvicorn, each in a thread of this process; and raw-socket callers that behave badly."""

from __future__ import annotations

import re
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from mixmax_sdk import webhooks


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    """wsgiref with a daemon thread per connection: what a threaded WSGI server gives an app."""

    daemon_threads = True


@dataclass
class Receiver:
    url: str
    events: list[webhooks.WebhookEvent] = field(default_factory=list)


@contextmanager
def serving(app: Callable[..., Any]) -> Iterator[str]:
    server: WSGIServer = make_server("127.0.0.1", 0, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/mixmax/webhook"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def receiver(secret: str | None) -> Iterator[Receiver]:
    """Receives events (checking `secret`) into `.events`."""
    events: list[webhooks.WebhookEvent] = []
    with serving(webhooks.wsgi_app(events.append, secret=secret)) as url:
        yield Receiver(url, events)


@contextmanager
def uvicorn_serving(app: Callable[..., Any]) -> Iterator[int]:
    """`app` on a real uvicorn (h11) in a daemon thread; yields its port. Keep-alive is long (60 s),
    so a connection closed sooner was closed because the app's answer said so."""
    import uvicorn

    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="error", lifespan="off", http="h11", timeout_keep_alive=60
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(30)


# ------------------------------------------------------------------ raw-socket callers
@dataclass
class Answer:
    status: str  # the status line, e.g. "HTTP/1.1 408 Request Timeout"
    headers: dict[str, str]  # names in lower case
    body: bytes


def connect(port: int, data: bytes = b"") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    if data:
        sock.sendall(data)
    return sock


def read_answer(sock: socket.socket) -> Answer:
    """One HTTP response from `sock` (its body by Content-Length, or up to the end of the stream)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed before a whole answer: {data!r}")
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, value in (line.split(":", 1) for line in lines)}
    if "content-length" in headers:
        while len(body) < int(headers["content-length"]):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    else:
        body += read_to_end(sock)
    return Answer(status, headers, body)


def read_to_end(sock: socket.socket) -> bytes:
    """Everything `sock` still receives until the peer closes it (fails if that takes 30 s)."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def still_open(sock: socket.socket) -> bool:
    """Whether the peer has neither closed `sock` nor sent anything on it (without waiting)."""
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return True
    finally:
        sock.setblocking(True)
        sock.settimeout(30)
    return False


def post(path: str, body: bytes, *, length: str | None = None, extra: str = "") -> bytes:
    """A raw keep-alive POST with a Content-Length of `length` (default: the true one)."""
    declared = str(len(body)) if length is None else length
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{extra}"
    return (head + f"Content-Length: {declared}\r\n\r\n").encode() + body


def chunked(path: str, chunks: list[bytes]) -> bytes:
    """A raw POST whose body is sent with Transfer-Encoding: chunked (no Content-Length)."""
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    return head.encode() + b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"


def json_status(answer: Answer) -> tuple[int, bytes]:
    match = re.fullmatch(r"HTTP/1\.[01] (\d{3}) .*", answer.status)
    assert match, answer.status
    return int(match.group(1)), answer.body
