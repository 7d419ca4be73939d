"""The exceptions the SDK raises. Every one derives from `MixmaxError`.

`MixmaxValidationError` is raised before any request for bad input. A request that reached the API
and failed raises an `APIStatusError` subclass chosen by status code; one that never got an answer
raises `APIConnectionError` (or its subclass `APITimeoutError`). A 2xx answer whose body does not fit
the documented shape raises `APIResponseValidationError`.
"""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx

from ._constants import TOKEN_HEADER

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MixmaxError",
    "MixmaxValidationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

REDACTED = "[redacted]"


class MixmaxError(Exception):
    """Base class of every exception raised by mixmax_sdk."""


class MixmaxValidationError(MixmaxError, ValueError):
    """Bad input, caught before any request was sent."""


class APIError(MixmaxError):
    """A request was attempted and did not succeed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = redact_request(request) if request is not None else None


class APIConnectionError(APIError):
    """No response: DNS, TCP, TLS or protocol failure."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status.

    `message` is the API's own `message` when the body carries one; `body` is the decoded JSON body
    (or the text, for a non-JSON answer such as an HTML error page); `response` is the httpx response.
    """

    def __init__(self, status_code: int, message: str, body: object, response: httpx.Response) -> None:
        super().__init__(f"Error code: {status_code} - {message}", request=response.request)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.response = response


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: no API token, or an unknown one."""


class PermissionDeniedError(APIStatusError):
    """403: e.g. the workspace lacks the `mixmaxApi` feature for Meeting endpoints."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429: more than 120 requests per minute. `retry_after` is in seconds, when the API said."""

    def __init__(self, status_code: int, message: str, body: object, response: httpx.Response) -> None:
        super().__init__(status_code, message, body, response)
        self.retry_after = parse_retry_after(response.headers.get("Retry-After"), now=time.time())


class InternalServerError(APIStatusError):
    """5xx."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API documents (not JSON, truncated, wrong shape)."""

    def __init__(self, response: httpx.Response, message: str, *, body: object = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response, chosen by status; works for non-JSON bodies too."""
    body = decode_body(response)
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = response.reason_phrase or "HTTP error"
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(status, message, body, response)


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """`Retry-After` as seconds: a number of seconds, or an HTTP date (RFC 9110) read against `now`
    (epoch seconds)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError):
            return None
    return max(seconds, 0.0)


def redact_request(request: httpx.Request) -> httpx.Request:
    """Blank the API token in a request an exception keeps, so printing `exc.request.headers` is safe."""
    if TOKEN_HEADER in request.headers:
        request.headers[TOKEN_HEADER] = REDACTED
    return request
