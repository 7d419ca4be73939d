"""Authenticity without signatures: Mixmax documents no signature, timestamp header or shared secret
for its webhooks (openapi/EVIDENCE.md, "Webhook events"), so the one thing a receiver can check is an
unguessable secret it put in the webhook URL itself."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._validate import check_url
from ..errors import MixmaxValidationError

__all__ = ["SECRET_PARAM", "new_secret", "secret_from_query", "secret_url", "verify_secret"]

SECRET_PARAM = "secret"
"""The query parameter of the webhook URL that carries the secret."""


def new_secret() -> str:
    """A fresh random secret: 32 bytes from `secrets`, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


def verify_secret(received: str | bytes | None, expected: str | bytes) -> bool:
    """Whether `received` is `expected`, compared in constant time (no timing hint of how much matched).

    Text is compared as its UTF-8 bytes, so a str and the bytes it encodes to match. Whatever the
    caller sends - None, text with lone surrogates, bytes that are not UTF-8, another type - the
    answer is True or False, never an exception. An empty `expected` (or one that is neither str nor
    bytes) is a configuration mistake and raises `MixmaxValidationError` rather than accepting
    everything.
    """
    if not isinstance(expected, str | bytes | bytearray | memoryview):
        raise MixmaxValidationError(f"the expected webhook secret must be str or bytes, not {type(expected).__name__}")
    if not expected:
        raise MixmaxValidationError("the expected webhook secret is empty")
    if not isinstance(received, str | bytes | bytearray | memoryview):
        return False
    return hmac.compare_digest(_as_bytes(received), _as_bytes(expected))


def _as_bytes(value: str | bytes | bytearray | memoryview) -> bytes:
    # "surrogatepass": a str holding a lone surrogate (from a lenient decoder upstream) still has bytes
    # to compare; they are not valid UTF-8, so no valid text secret encodes to them.
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)


def secret_url(url: str, secret: str) -> str:
    """`url` with `?secret=...` set (replacing any secret already there; other parameters kept)."""
    checked = check_url(url, "url")
    assert checked is not None
    if not secret:
        raise MixmaxValidationError("the webhook secret is empty")
    parts = urlsplit(checked)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != SECRET_PARAM]
    query.append((SECRET_PARAM, secret))
    return urlunsplit(parts._replace(query=urlencode(query)))


def secret_from_query(query_string: str | bytes) -> str | None:
    """The secret in a request's query string (None when absent)."""
    text = query_string.decode("latin-1") if isinstance(query_string, bytes) else query_string
    for key, value in parse_qsl(text, keep_blank_values=True):
        if key == SECRET_PARAM:
            return value
    return None
