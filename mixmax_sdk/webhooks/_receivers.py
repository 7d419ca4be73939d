"""Framework-agnostic receivers: a WSGI app and an ASGI app (standard library only).

Each checks the secret in the URL (before reading the body), parses the event, calls the handler and
answers at once: 200 `{"ok": true}`; 405 for a method other than POST; 403 for a missing or wrong
secret; 411/413 for a missing or too large Content-Length; 400 for a body that is not a JSON object.
A handler that raises gets a 500 with a fixed body - the exception is logged on the
`mixmax_sdk.webhooks` logger, never sent back. Mixmax may run rules minutes after the trigger and does
not document retries, so a handler should be quick and idempotent (hand slow work to a queue).
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..errors import WebhookPayloadError
from ._events import WebhookEvent, parse_event
from ._secret import secret_from_query, verify_secret

__all__ = ["asgi_app", "wsgi_app"]

log: logging.Logger = logging.getLogger("mixmax_sdk.webhooks")

MAX_BODY = 1024 * 1024
"""Bodies above this many bytes are refused (413); Mixmax's documented events are a few kilobytes."""

SyncHandler = Callable[[WebhookEvent], object]
AsyncHandler = Callable[[WebhookEvent], Awaitable[object] | object]
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class _Answer:
    status: int
    body: dict[str, Any]

    @cached_property  # OK and HANDLER_FAILED are module constants: their JSON is encoded once
    def bytes(self) -> bytes:
        return json.dumps(self.body).encode()


_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    500: "Internal Server Error",
}
OK = _Answer(200, {"ok": True})
HANDLER_FAILED = _Answer(500, {"error": "the webhook handler failed"})


class _Gate:
    """What both apps decide before and after reading the body."""

    def __init__(self, secret: str | None, max_body: int) -> None:
        if secret is not None and not secret:
            raise ValueError("secret must be a non-empty string, or None to accept any caller")
        self.secret = secret
        self.max_body = max_body

    def before_body(self, method: str, query_string: str | bytes, length: int | None) -> _Answer | None:
        if method != "POST":
            return _Answer(405, {"error": "only POST is accepted"})
        if self.secret is not None and not verify_secret(secret_from_query(query_string), self.secret):
            return _Answer(403, {"error": "wrong or missing secret"})
        if length is not None and length > self.max_body:
            return _Answer(413, {"error": f"body larger than {self.max_body} bytes"})
        return None

    @staticmethod
    def parse(body: bytes) -> WebhookEvent | _Answer:
        try:
            return parse_event(body)
        except WebhookPayloadError as exc:
            return _Answer(400, {"error": str(exc)})


def _length(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def _asgi_length(scope: Scope) -> int | None:
    # The last Content-Length wins, as when the headers were read into a dict.
    values = [value for name, value in scope.get("headers", []) if name.lower() == b"content-length"]
    return _length(values[-1].decode("latin-1")) if values else None


def wsgi_app(
    handler: SyncHandler, *, secret: str | None, max_body: int = MAX_BODY
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A WSGI application that delivers each webhook event to `handler(event)`.

    Args:
        handler: called with the typed event (`parse_event`); its return value is ignored.
        secret: the secret the webhook URL carries (`?secret=...`), or None to accept any caller
            (explicitly: Mixmax does not sign its webhooks, so then anyone can post events).
        max_body: the largest body accepted, in bytes.
    """
    gate = _Gate(secret, max_body)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer = _wsgi_answer(gate, handler, environ)
        payload = answer.bytes
        start_response(
            f"{answer.status} {_REASONS[answer.status]}",
            [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
        )
        return [payload]

    return app


def _wsgi_answer(gate: _Gate, handler: SyncHandler, environ: dict[str, Any]) -> _Answer:
    try:
        length = _length(environ.get("CONTENT_LENGTH"))
        early = gate.before_body(environ.get("REQUEST_METHOD", ""), environ.get("QUERY_STRING", ""), length)
        if early is not None:
            return early
        if length is None:  # reading a socket with no length could wait for ever
            return _Answer(411, {"error": "Content-Length is required"})
        event = gate.parse(environ["wsgi.input"].read(length))
        if isinstance(event, _Answer):
            return event
        handler(event)
        return OK
    except Exception:
        log.exception("webhook handler failed")
        return HANDLER_FAILED


def asgi_app(
    handler: AsyncHandler, *, secret: str | None, max_body: int = MAX_BODY
) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI application that delivers each webhook event to `handler(event)` (awaited if it returns
    an awaitable; a plain function runs on the event loop, so keep it quick).

    Args: as for `wsgi_app`.
    """
    gate = _Gate(secret, max_body)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        answer = await _asgi_answer(gate, handler, scope, receive)
        payload = answer.bytes
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    return app


async def _asgi_answer(gate: _Gate, handler: AsyncHandler, scope: Scope, receive: Receive) -> _Answer:
    try:
        early = gate.before_body(scope.get("method", ""), scope.get("query_string", b""), _asgi_length(scope))
        if early is not None:
            return early
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return _Answer(400, {"error": "client disconnected"})
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > gate.max_body:  # a chunked body has no Content-Length to refuse it by
                return _Answer(413, {"error": f"body larger than {gate.max_body} bytes"})
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        event = gate.parse(b"".join(chunks))
        if isinstance(event, _Answer):
            return event
        result = handler(event)
        if inspect.isawaitable(result):
            await result
        return OK
    except Exception:
        log.exception("webhook handler failed")
        return HANDLER_FAILED


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
