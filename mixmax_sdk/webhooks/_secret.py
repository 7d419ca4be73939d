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

    `received` None (no secret in the request) is False; an empty `expected` is a configuration
    mistake and raises `MixmaxValidationError` rather than accepting everything.
    """
    if not expected:
        raise MixmaxValidationError("the expected webhook secret is empty")
    if received is None:
        return False
    a = received.encode() if isinstance(received, str) else bytes(received)
    b = expected.encode() if isinstance(expected, str) else bytes(expected)
    return hmac.compare_digest(a, b)


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
