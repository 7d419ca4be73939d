"""A whole-answer deadline on the SDK's own connections.

httpx applies its timeouts to each network operation: a server that sends its status line, headers or
body one byte at a time, each byte inside the read timeout, could hold a call for ever. The retry
transport sets a deadline for each attempt (`DEADLINE`); the SDK's own connection pools use a network
backend (`install`) whose every connect, read and write waits no longer than what is left of it, so
an attempt ends at its deadline whichever part of the answer is trickling. (Through a transport of a
user's `http_client`, whose connections the SDK does not own, the deadline is checked between chunks
of the body only.)
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

import httpx

DEADLINE: ContextVar[float | None] = ContextVar("mixmax_attempt_deadline", default=None)
"""When this thread's or task's attempt must be over (monotonic seconds); the retry transport sets it
(with `set`/`reset` inline: a context manager would cost more than the rest of the check)."""


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> bool:
    """Put the deadline-keeping backend under the SDK's own transport; False where this httpx/httpcore
    keeps its pool elsewhere (then only the between-chunks check of the retry transport applies)."""
    from ._deadline_backend import AsyncBackend, Backend  # loads httpcore, which `import httpx` does not

    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        return False
    wrapper: Any = AsyncBackend(backend) if isinstance(transport, httpx.AsyncHTTPTransport) else Backend(backend)
    pool._network_backend = wrapper  # type: ignore[union-attr]
    return True
