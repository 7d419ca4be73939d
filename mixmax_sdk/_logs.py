"""Logging: the stdlib logger `mixmax_sdk`. `MIXMAX_LOG=debug` (or `info`) sets it up on stderr; any
other non-empty value is named in one warning line on stderr, and logging stays off.

At debug level every attempt is logged with method, path, status, attempt number and elapsed time;
never headers, bodies or query strings (which may hold addresses). As a second line of defence a
filter blanks any API token a client has registered, wherever it would appear in a record.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

logger = logging.getLogger("mixmax_sdk")

_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(secret: str) -> None:
    """A value that must never appear in a log record (each client registers its token)."""
    if len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        with _lock:
            secrets = tuple(_secrets)
        if not secrets:
            return True
        from .errors import REDACTED  # here: `import mixmax_sdk` sets up logging without loading httpx

        message = record.getMessage()
        redacted = message
        for secret in secrets:
            redacted = redacted.replace(secret, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


LEVELS = ("debug", "info")  # what MIXMAX_LOG accepts (any case)
_warned = False


def setup_from_env() -> None:
    global _warned
    value = os.environ.get("MIXMAX_LOG", "")
    level = value.strip().lower()
    if level not in LEVELS:
        if level and not _warned:
            # The logger is not set up, so a log record would go nowhere: say it on stderr, once.
            _warned = True
            sys.stderr.write(
                f"mixmax_sdk: MIXMAX_LOG={value!r} is not a level the SDK knows ({' or '.join(LEVELS)}); "
                "logging stays off\n"
            )
        return
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


# On the logger itself, so records logged through it are redacted whichever handler shows them.
logger.addFilter(RedactingFilter())
