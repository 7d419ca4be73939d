"""A real local webhook receiver for tests: the SDK's WSGI app on a wsgiref server in a thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from mixmax_sdk import webhooks


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Receiver:
    url: str
    events: list[webhooks.WebhookEvent] = field(default_factory=list)


@contextmanager
def serving(app: Callable[..., Any]) -> Iterator[str]:
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=QuietHandler)
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
