"""The exceptions the SDK raises. Every one derives from `MixmaxError`.

`MixmaxValidationError` is raised before any request for bad input. A request that reached the API
and failed raises an `APIStatusError` subclass chosen by status code; one that never got an answer
raises `APIConnectionError` (or its subclass `APITimeoutError`). A 2xx answer whose body does not fit
the documented shape raises `APIResponseValidationError`.
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from typing import Any, cast

import httpx

from ._bulk_result import AddRecipientsResult
from ._constants import TOKEN_HEADER

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkAddError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidRecipientsError",
    "MixmaxError",
    "MixmaxValidationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
]

REDACTED = "[redacted]"


class MixmaxError(Exception):
    """Base class of every exception raised by mixmax_sdk.

    Every one pickles (e.g. out of a `ProcessPoolExecutor` worker) with its class and attributes; the
    constructors take keyword arguments, so pickle's default (calling the class with `args`) would fail.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[MixmaxError], args: tuple[Any, ...], state: dict[str, Any]) -> MixmaxError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class MixmaxValidationError(MixmaxError, ValueError):
    """Bad input, caught before any request was sent."""


class ClientClosedError(MixmaxError, RuntimeError):
    """A call on a client that has been closed (or on one derived from it by `with_options` /
    `with_raw_response`, which share its connections); nothing was sent. Also a `RuntimeError`, what
    the SDK raised for this before it had a class of its own."""


class WebhookPayloadError(MixmaxError, ValueError):
    """A webhook request body that is not a Mixmax event: not JSON, or not a JSON object
    (`mixmax_sdk.webhooks.parse_event`), or, when parsing strictly, one that deviates from the spec."""


class InvalidRecipientsError(MixmaxValidationError):
    """Some rows given to `add_recipients` are invalid, so nothing was sent (`skip_invalid=True` sends
    the others). `problems` maps each invalid row's position to `(email as given, what is wrong)`."""

    problems: dict[int, tuple[str, str]]

    SHOWN = 20  # problems spelled out in the message; all of them are in `problems`

    def __init__(self, problems: dict[int, tuple[str, str]], *, total: int) -> None:
        lines = [message for _, message in list(problems.values())[: self.SHOWN]]
        if len(problems) > self.SHOWN:
            lines.append(f"... and {len(problems) - self.SHOWN} more")
        head = f"{len(problems)} of {total} recipients are invalid; nothing was sent (skip_invalid=True sends the rest)"
        super().__init__(head + ":\n  " + "\n  ".join(lines))
        self.problems = problems


class BulkAddError(MixmaxError):
    """A request of a bulk `add_recipients` finally failed (retries exhausted, 401, ...).

    `result` accounts for every input row: the API's statuses for the requests that were answered,
    `error` for the rows of the failed request (`result.unconfirmed`: they may or may not have been
    added; sending them again is safe, added ones come back `duplicated`) and `not_sent` for the
    rest. `error` is the failure (`errors` all of them, when concurrent requests failed too); it is
    also the `__cause__`.

    What `add_recipients` raises is also an instance of `type(error)`, with its attributes
    (`status_code`, `message`, `body`, `response`, `request`, `retry_after`, `location`, ...): the
    `except InternalServerError` written for one request catches it for any number of rows. When
    several requests failed with different errors, `error` (and so the class) is the one of the
    failed request that comes first in input order. `str()` is the bulk summary below.
    """

    result: AddRecipientsResult
    error: MixmaxError
    errors: list[MixmaxError]

    cause_class: type[MixmaxError] | None = None
    """The request's error class this class also derives from (None on `BulkAddError` itself)."""

    def __init__(self, result: AddRecipientsResult, errors: list[MixmaxError], *, chunks: int) -> None:
        counts = result.counts()
        settled = len(result) - counts.get("not_sent", 0) - len(result.unconfirmed_rows)
        # Not super(): in a class made by `bulk_add_error` the next `__init__` is the cause's, whose
        # state is copied below instead of being rebuilt from arguments it was never given.
        Exception.__init__(
            self,
            f"add_recipients stopped: {len(errors)} of {chunks} requests failed ({errors[0]}); "
            f"{settled} rows have a final status, {len(result.unconfirmed_rows)} are unconfirmed, "
            f"{counts.get('not_sent', 0)} were not sent",
        )
        if self.cause_class is not None:
            self.__dict__.update({k: v for k, v in errors[0].__dict__.items() if not k.startswith("__")})
        self.result, self.error, self.errors = result, errors[0], errors

    def __reduce__(self) -> tuple[Any, ...]:
        # A class made at run time cannot be found by name: rebuild it from the cause's class.
        if self.cause_class is None:
            return super().__reduce__()
        return _rebuild_bulk, (self.cause_class, self.args, self.__dict__)


_BULK_CLASSES: dict[type[MixmaxError], type[BulkAddError]] = {}


def bulk_add_error(result: AddRecipientsResult, errors: list[MixmaxError], *, chunks: int) -> BulkAddError:
    """The `BulkAddError` for a bulk call whose requests failed with `errors` (in input order), of the
    class that is both `BulkAddError` and the first one's class (see `BulkAddError`)."""
    return bulk_add_error_class(type(errors[0]))(result, errors, chunks=chunks)


def bulk_add_error_class(cause: type[MixmaxError]) -> type[BulkAddError]:
    """`BulkAddError[cause]`: derived from both, made once per cause class (plain `BulkAddError` for a
    cause that cannot be combined with it)."""
    known = _BULK_CLASSES.get(cause)
    if known is not None:
        return known
    if issubclass(cause, BulkAddError) or cause is MixmaxError:
        return BulkAddError
    name = f"BulkAddError[{cause.__name__}]"
    namespace = {"__module__": __name__, "__qualname__": name, "__doc__": BulkAddError.__doc__, "cause_class": cause}
    try:
        made = cast("type[BulkAddError]", type(name, (BulkAddError, cause), namespace))
    except TypeError:  # e.g. a layout conflict with a built-in base of the cause
        return BulkAddError
    return _BULK_CLASSES.setdefault(cause, made)  # a race loses its class to the first one stored


def _rebuild_bulk(cause: type[MixmaxError], args: tuple[Any, ...], state: dict[str, Any]) -> MixmaxError:
    return _rebuild(bulk_add_error_class(cause), args, state)


class APIError(MixmaxError):
    """A request was attempted and did not succeed."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        # A hostile or echoing server may put the token in a Location, a message or a body.
        message = scrub(message, token_of(request))
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

    status_code: int
    body: object
    response: httpx.Response

    def __init__(self, status_code: int, message: str, body: object, response: httpx.Response) -> None:
        # "404 GET /v1/sequences/abc: Not found." - where, then what. The path is as sent (ids
        # included); the query string is left out (it may hold addresses), the token never appears.
        request = response.request
        token = token_of(request)
        message = scrub(message, token)
        scrub_response(response, token)
        super().__init__(f"{status_code} {request.method} {request.url.path}: {message}", request=request)
        self.message = message
        self.status_code = status_code
        self.body = scrub(body, token)
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


class RedirectError(APIStatusError):
    """3xx: the SDK never follows redirects, so the API token cannot leave the base URL's origin.

    `location` is where the server pointed (a `base_url` that misses `/v1` or uses http:// instead of
    https:// is the usual cause).
    """

    location: str | None

    def __init__(self, status_code: int, message: str, body: object, response: httpx.Response) -> None:
        self.location = scrub(response.headers.get("location"), token_of(response.request))
        super().__init__(status_code, f"redirected to {self.location!r}, not followed. {message}", body, response)


class RateLimitError(APIStatusError):
    """429: more than 120 requests per minute. `retry_after` is in seconds, when the API said."""

    retry_after: float | None

    def __init__(self, status_code: int, message: str, body: object, response: httpx.Response) -> None:
        super().__init__(status_code, message, body, response)
        self.retry_after = parse_retry_after(response.headers.get("Retry-After"), now=time.time())


class InternalServerError(APIStatusError):
    """5xx."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API documents (not JSON, truncated, wrong shape); or,
    as `ResponseTooLargeError`, an answer of any status too large to read."""

    response: httpx.Response
    status_code: int
    body: object

    def __init__(self, response: httpx.Response, message: str, *, body: object = None) -> None:
        token = token_of(response.request)
        scrub_response(response, token)
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = scrub(body, token)


class ResponseTooLargeError(APIResponseValidationError):
    """An answer (of any status) larger than `max_response_bytes`: its declared Content-Length, or
    the bytes decoded so far (a small compressed body can expand to gigabytes). Reading stopped at
    once, the connection was closed and nothing read was kept; it is not retried.

    `limit` is the limit, `bytes_read` the decoded bytes that had come when reading stopped (0 when
    the Content-Length alone was over the limit), `response` the answer without its body (status and
    headers; its body was never read). Raise the limit, or pass `max_response_bytes=None`, to accept it.
    """

    limit: int
    bytes_read: int

    def __init__(self, response: httpx.Response, *, limit: int, bytes_read: int, declared: int | None = None) -> None:
        request = response.request
        what = (
            f"declares Content-Length {declared:,}"
            if declared is not None
            else f"had sent more than that ({bytes_read:,} bytes decoded) when reading stopped"
        )
        super().__init__(
            response,
            f"The answer to {request.method} {request.url.path} ({response.status_code}) is larger than "
            f"max_response_bytes={limit:,}: it {what}. Pass a larger max_response_bytes (or None for no "
            "limit) to the client or to the call to accept it.",
        )
        self.limit = limit
        self.bytes_read = bytes_read


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response, *, hint: str | None = None) -> APIStatusError:
    """The exception for a non-2xx response, chosen by status; works for non-JSON bodies too."""
    body = decode_body(response)
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = response.reason_phrase or "HTTP error"
    if hint:
        message = f"{message} {hint}"
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (
        InternalServerError if status >= 500 else RedirectError if 300 <= status < 400 else APIStatusError
    )
    return cls(status, message, body, response)


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python's stack
        return body_text(response)


def body_text(response: httpx.Response) -> str:
    """The body as text, whatever charset the server claims (an unknown one would raise LookupError)."""
    try:
        return response.text
    except (LookupError, ValueError):
        return response.content.decode("utf-8", "replace")


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """`Retry-After` as seconds: a number of seconds, or an HTTP date (RFC 9110) read against `now`
    (epoch seconds).

    Anything else - garbage, NaN, infinity, a negative number, an absurd date - is None, as if the header
    were absent.
    """
    if not value:
        return None
    is_date = False
    try:
        seconds = float(value)
    except ValueError:
        is_date = True
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    if not math.isfinite(seconds) or (seconds < 0 and not is_date):
        return None
    return max(seconds, 0.0)  # a date in the past: retry now


def token_of(request: httpx.Request | None) -> str | None:
    """The token a request carries (None once redacted), to scrub it from what an exception keeps."""
    token = request.headers.get(TOKEN_HEADER) if request is not None else None
    return token if token and token != REDACTED else None


def scrub(value: Any, token: str | None) -> Any:
    """`value` with every occurrence of `token` in its strings (nested in lists and dicts) redacted."""
    if not token:
        return value
    if isinstance(value, str):
        return value.replace(token, REDACTED)
    if isinstance(value, list):
        return [scrub(v, token) for v in value]
    if isinstance(value, dict):
        return {scrub(k, token): scrub(v, token) for k, v in value.items()}
    return value


def scrub_response(response: httpx.Response, token: str | None) -> None:
    """Redact a token a server echoed back (in a header or the body) from the response an exception keeps."""
    if not token:
        return
    for name, value in response.headers.multi_items():
        if token in value:
            response.headers[name] = value.replace(token, REDACTED)
    content = getattr(response, "_content", None)  # only a body that was read; never read one here
    if isinstance(content, bytes) and token.encode() in content:
        response._content = content.replace(token.encode(), REDACTED.encode())


def redact_request(request: httpx.Request) -> httpx.Request:
    """Blank the API token in a request an exception keeps, so printing `exc.request.headers` is safe."""
    if TOKEN_HEADER in request.headers:
        request.headers[TOKEN_HEADER] = REDACTED
    return request
