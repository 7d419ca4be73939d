"""What to tell the user when an import stopped on a failed request: the advice that fits the failure.

Running the same command again continues an import (the journal skips the confirmed rows), but that
only helps when the failure may be gone next time: a dropped connection, a timeout, a 429, a 5xx.
A wrong token or sequence id fails the same way again, so for those the message says what to check.
"""

from __future__ import annotations

from ..errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    MixmaxError,
    NotFoundError,
    PermissionDeniedError,
)
from ._common import AUTH_HINT, ROWS_FAILED, USAGE

__all__ = ["RERUN", "import_failure", "rerun_helps"]

RERUN = "run the same command again to continue where it stopped"
TRANSIENT_STATUSES = frozenset({408, 429})


def rerun_helps(error: MixmaxError) -> bool:
    """Whether the same request may succeed later: no answer at all, a 408/429, or a 5xx."""
    if isinstance(error, APIConnectionError):  # timeouts included
        return True
    return isinstance(error, APIStatusError) and (error.status_code in TRANSIENT_STATUSES or error.status_code >= 500)


def import_failure(error: MixmaxError, sequence_id: str) -> tuple[str, int]:
    """The one line (without `error: `) and the exit code for an import stopped by `error`."""
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return f"{error}; {AUTH_HINT}", USAGE
    if isinstance(error, NotFoundError):
        return f"{error}; check the sequence id {sequence_id!r} (`mixmax sequences list` shows yours)", ROWS_FAILED
    if rerun_helps(error):
        return f"{error}; {RERUN}", ROWS_FAILED
    return str(error), ROWS_FAILED
