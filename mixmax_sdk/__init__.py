"""mixmax_sdk: the typed Python SDK for the Mixmax REST API.

from mixmax_sdk import Mixmax
with Mixmax() as client:                      # token from MIXMAX_API_KEY
    me = client.users.me()
    for sequence in client.sequences.list():  # every page, lazily
        print(sequence.name)
"""

from typing import TYPE_CHECKING, Any

from ._logs import setup_from_env as _setup_logging
from ._version import __version__

if TYPE_CHECKING:
    from mixmax_openapi.types import UNSET, Unset

    from ._client import AsyncMixmax, AsyncRawMixmax, Mixmax, MixmaxClient, RawMixmax
    from ._drift import DriftRecord, clear_drift_report, drift_report
    from ._rate_limit_local import LocalRateLimit, RateLimitState
    from ._rate_limit_redis_option import RedisRateLimit
    from ._raw import RawResponse
    from ._resource import RequestOptions
    from .errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BulkAddError,
        ClientClosedError,
        ConflictError,
        InternalServerError,
        InvalidRecipientsError,
        MixmaxError,
        MixmaxValidationError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RedirectError,
        ResponseTooLargeError,
        UnprocessableEntityError,
        WebhookPayloadError,
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
    "ClientClosedError",
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
    "ResponseTooLargeError",
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

# Every name is loaded on first use rather than at `import mixmax_sdk`. The package is imported in
# every pytest run of every project that installs the SDK (its plugin, mixmax_sdk.testing.pytest_plugin,
# lives inside it), which must not pay for httpx; and a client needs neither the generated layer (nor
# attrs with it), pagination, raw responses, drift reports nor the timestamp helpers to be built.
_LAZY = {
    **dict.fromkeys(("AsyncMixmax", "AsyncRawMixmax", "Mixmax", "MixmaxClient", "RawMixmax"), "mixmax_sdk._client"),
    **dict.fromkeys(("LocalRateLimit", "RateLimitState"), "mixmax_sdk._rate_limit_local"),
    "RequestOptions": "mixmax_sdk._resource",
    # every exception class: the names of __all__ that end in "Error" (one list to keep, not two)
    **dict.fromkeys((name for name in __all__ if name.endswith("Error")), "mixmax_sdk.errors"),
    "UNSET": "mixmax_openapi.types",
    "Unset": "mixmax_openapi.types",
    "DriftRecord": "mixmax_sdk._drift",
    "clear_drift_report": "mixmax_sdk._drift",
    "drift_report": "mixmax_sdk._drift",
    "RawResponse": "mixmax_sdk._raw",
    "AsyncPage": "mixmax_sdk.pagination",
    "AsyncPager": "mixmax_sdk.pagination",
    "Page": "mixmax_sdk.pagination",
    "SyncPage": "mixmax_sdk.pagination",
    "SyncPager": "mixmax_sdk.pagination",
    "as_datetime": "mixmax_sdk.timestamps",
    "to_epoch_ms": "mixmax_sdk.timestamps",
    "RedisRateLimit": "mixmax_sdk._rate_limit_redis_option",  # and redis-py only with it
}


def __getattr__(name: str) -> Any:
    import importlib

    if name == "errors":  # `import mixmax_sdk` then `mixmax_sdk.errors.X`, as when it was loaded eagerly
        return importlib.import_module(".errors", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
