"""mixmax_sdk: the typed Python SDK for the Mixmax REST API.

from mixmax_sdk import Mixmax
with Mixmax() as client:                      # token from MIXMAX_API_KEY
    me = client.users.me()
    for sequence in client.sequences.list():  # every page, lazily
        print(sequence.name)
"""

from typing import TYPE_CHECKING

from mixmax_openapi.types import UNSET, Unset

from ._client import AsyncMixmax, AsyncRawMixmax, Mixmax, MixmaxClient, RawMixmax
from ._drift import DriftRecord, clear_drift_report, drift_report
from ._logs import setup_from_env as _setup_logging
from ._ratelimit import LocalRateLimit, RateLimitState
from ._raw import RawResponse
from ._resource import RequestOptions
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkAddError,
    ConflictError,
    InternalServerError,
    InvalidRecipientsError,
    MixmaxError,
    MixmaxValidationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    UnprocessableEntityError,
    WebhookPayloadError,
)
from .pagination import AsyncPage, AsyncPager, Page, SyncPage, SyncPager
from .timestamps import as_datetime, to_epoch_ms

if TYPE_CHECKING:
    from ._redis_ratelimit import RedisRateLimit

_setup_logging()


def __getattr__(name: str) -> object:
    # RedisRateLimit's module is loaded on first use, so `import mixmax_sdk` stays as light as it was.
    if name == "RedisRateLimit":
        from ._redis_ratelimit import RedisRateLimit

        return RedisRateLimit
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMixmax",
    "AsyncPage",
    "AsyncPager",
    "AsyncRawMixmax",
    "AuthenticationError",
    "BadRequestError",
    "BulkAddError",
    "ConflictError",
    "DriftRecord",
    "InternalServerError",
    "InvalidRecipientsError",
    "LocalRateLimit",
    "Mixmax",
    "MixmaxClient",
    "MixmaxError",
    "MixmaxValidationError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitState",
    "RawMixmax",
    "RawResponse",
    "RedirectError",
    "RedisRateLimit",
    "RequestOptions",
    "SyncPage",
    "SyncPager",
    "UnprocessableEntityError",
    "Unset",
    "WebhookPayloadError",
    "__version__",
    "as_datetime",
    "clear_drift_report",
    "drift_report",
    "to_epoch_ms",
]
