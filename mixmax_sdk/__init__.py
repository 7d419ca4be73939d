"""mixmax_sdk: the typed Python SDK for the Mixmax REST API.

from mixmax_sdk import Mixmax
with Mixmax() as client:                      # token from MIXMAX_API_KEY
    me = client.users.me()
    for sequence in client.sequences.list():  # every page, lazily
        print(sequence.name)
"""

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
)
from .pagination import AsyncPage, AsyncPager, Page, SyncPage, SyncPager
from .timestamps import as_datetime, to_epoch_ms

_setup_logging()

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
    "RequestOptions",
    "SyncPage",
    "SyncPager",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "as_datetime",
    "clear_drift_report",
    "drift_report",
    "to_epoch_ms",
]
