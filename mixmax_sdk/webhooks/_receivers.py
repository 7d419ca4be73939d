"""Framework-agnostic receivers: a WSGI app and an ASGI app (standard library only).

Each checks the secret in the URL (before reading the body), parses the event, calls the handler and
answers at once: 200 `{"ok": true}`; 405 for a method other than POST; 403 for a missing or wrong
secret; 400 for a malformed Content-Length (anything but one run of ASCII digits), a body shorter than
it, or a body that is not a JSON object; 411/413 for a missing or too large Content-Length; 408 for a
body not received in time. Only a 200 means the handler ran. A handler that raises gets a 500 with a
fixed body - the exception is logged on the `mixmax_sdk.webhooks` logger, never sent back. Mixmax may
run rules minutes after the trigger and does not document retries, so a handler should be quick and
idempotent (hand slow work to a queue).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..errors import MixmaxValidationError, WebhookPayloadError
from ._events import WebhookEvent, parse_event
from ._secret import secret_from_query, verify_secret

__all__ = ["asgi_app", "wsgi_app"]

log: logging.Logger = logging.getLogger("mixmax_sdk.webhooks")

MAX_BODY = 1024 * 1024
"""Bodies above this many bytes are refused (413); Mixmax's documented events are a few kilobytes."""

BODY_TIMEOUT = 10.0
"""Seconds `asgi_app` waits for a whole body before answering 408 (an ASGI server such as uvicorn does not)."""

# RFC 9110's Content-Length is 1*DIGIT, and only ASCII digits: `str.isdigit()` also takes "²" or "٣",
# which `int()` then refuses or reads. 18 digits keep any value a machine integer, as servers do.
_LENGTH = re.compile(r"[0-9]{1,18}")

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
    408: "Request Timeout",
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
            raise MixmaxValidationError("secret must be a non-empty string, or None to accept any caller")
        self.secret = secret
        self.max_body = max_body

    def before_body(self, method: str, query_string: str | bytes, lengths: Sequence[str]) -> _Answer | int | None:
        """An answer to give without reading the body, or else the declared length (None: none declared).

        `lengths` holds every Content-Length value the request carries (none, one, or several).
        """
        if method != "POST":
            return _Answer(405, {"error": "only POST is accepted"})
        if self.secret is not None and not verify_secret(secret_from_query(query_string), self.secret):
            return _Answer(403, {"error": "wrong or missing secret"})
        if not lengths:
            return None
        # Several values (repeated headers, or "5, 7" once merged) could mean a request smuggled past
        # a proxy that read another one: refused, even when they agree.
        if len(lengths) > 1 or not _LENGTH.fullmatch(lengths[0]):
            return _Answer(400, {"error": "malformed Content-Length: one number of bytes in ASCII digits is required"})
        length = int(lengths[0])
        if length > self.max_body:
            return _Answer(413, {"error": f"body larger than {self.max_body} bytes"})
        return length

    @staticmethod
    def parse(body: bytes) -> WebhookEvent | _Answer:
        try:
            return parse_event(body)
        except WebhookPayloadError as exc:
            return _Answer(400, {"error": str(exc)})


def _wsgi_lengths(environ: dict[str, Any]) -> list[str]:
    # PEP 3333: CONTENT_LENGTH "may be empty or absent" when the request declares none.
    value = environ.get("CONTENT_LENGTH")
    return [value] if value else []


def _asgi_lengths(scope: Scope) -> list[str]:
    return [value.decode("latin-1") for name, value in scope.get("headers", []) if name.lower() == b"content-length"]


def wsgi_app(
    handler: SyncHandler, *, secret: str | None, max_body: int = MAX_BODY
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A WSGI application that delivers each webhook event to `handler(event)`.

    The body is read from `wsgi.input` as the hosting server provides it, and WSGI gives an app no way
    to bound that read: the server must. Behind the public internet, use one that does - gunicorn's
    `--timeout` (its sync workers block on the read), waitress (which buffers bodies itself,
    `channel_timeout`), a reverse proxy's `client_body_timeout` (nginx) in front, or `mixmax webhooks
    listen --timeout`. A read the server aborts with `TimeoutError` is answered 408, a body that ends
    before its Content-Length 400; the handler is not called for either.

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
    length = gate.before_body(
        environ.get("REQUEST_METHOD", ""), environ.get("QUERY_STRING", ""), _wsgi_lengths(environ)
    )
    if isinstance(length, _Answer):
        return length
    if length is None:  # reading a socket with no length could wait for ever
        return _Answer(411, {"error": "Content-Length is required"})
    body = _read_body(environ["wsgi.input"], length)
    if isinstance(body, _Answer):
        return body
    event = gate.parse(body)
    if isinstance(event, _Answer):
        return event
    return _call_sync(handler, event)


def _read_body(stream: Any, length: int) -> bytes | _Answer:
    chunks: list[bytes] = []
    size = 0
    try:
        while size < length:  # a stream may return less than asked before its end
            chunk = stream.read(length - size)
            if not chunk:
                return _Answer(400, {"error": f"body ended after {size} of {length} bytes"})
            chunks.append(chunk)
            size += len(chunk)
    except TimeoutError:
        return _Answer(408, {"error": "body not received in time"})
    except OSError:
        return _Answer(400, {"error": "body could not be read"})
    return b"".join(chunks)


def _call_sync(handler: SyncHandler, event: WebhookEvent) -> _Answer:
    try:
        handler(event)
    except Exception:
        log.exception("webhook handler failed")
        return HANDLER_FAILED
    return OK


def asgi_app(
    handler: AsyncHandler,
    *,
    secret: str | None,
    max_body: int = MAX_BODY,
    body_timeout: float = BODY_TIMEOUT,
) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI application that delivers each webhook event to `handler(event)` (awaited if it returns
    an awaitable; a plain function runs on the event loop, so keep it quick).

    Args: as for `wsgi_app`, and
        body_timeout: seconds to wait for the whole body (uvicorn, for one, bounds no body); a body
            not complete by then is answered 408 and the handler is not called.

    What comes before the app is called - a caller that connects and sends nothing, or half its
    headers - only the server or a proxy in front can bound; uvicorn does not, so on the public
    internet put a reverse proxy in front (nginx's `client_header_timeout`).
    """
    if not body_timeout > 0:
        raise MixmaxValidationError(f"body_timeout must be a positive number of seconds, not {body_timeout!r}")
    gate = _Gate(secret, max_body)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        answer, body_read = await _asgi_answer(gate, handler, scope, receive, body_timeout)
        payload = answer.bytes
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        if not body_read:  # the rest of the body is still on the way: this connection cannot carry another request
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


async def _asgi_answer(
    gate: _Gate, handler: AsyncHandler, scope: Scope, receive: Receive, body_timeout: float
) -> tuple[_Answer, bool]:
    """The answer, and whether the whole body was read."""
    early = gate.before_body(scope.get("method", ""), scope.get("query_string", b""), _asgi_lengths(scope))
    if isinstance(early, _Answer):
        return early, False
    try:
        async with asyncio.timeout(body_timeout):
            body = await _receive_body(gate, receive)
    except TimeoutError:
        return _Answer(408, {"error": f"body not received within {body_timeout:g} s"}), False
    if isinstance(body, _Answer):
        return body, False
    event = gate.parse(body)
    if isinstance(event, _Answer):
        return event, True
    try:
        result = handler(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        log.exception("webhook handler failed")
        return HANDLER_FAILED, True
    return OK, True


async def _receive_body(gate: _Gate, receive: Receive) -> bytes | _Answer:
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
            return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
