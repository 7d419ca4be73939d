"""What the client and its retry transport tell each other through httpx's per-request `extensions`.

The client builds an `httpx.Request`; the retry transport (`_retry.py`) wraps whatever transport
sends it, including one a user passed in, so a request can carry nothing else to it. Inbound, a
request's `RequestPolicy` (only when it differs from the transport's defaults); outbound, a
response's `RetryHistory` (only when an attempt was retried). Each sits under one key of its own and
is read through one typed accessor; httpx's own `extensions["timeout"]` stays as httpx defines it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import httpx

__all__ = [
    "HISTORY",
    "POLICY",
    "RequestPolicy",
    "RetryHistory",
    "after_ambiguous_retry",
    "policy_for",
    "request_policy",
    "retry_history",
]

POLICY = "mixmax_sdk.policy"
HISTORY = "mixmax_sdk.history"


@dataclass(frozen=True, slots=True)
class RequestPolicy:
    """How the retry transport treats one request, where it differs from the transport's defaults
    (the pool's client's, which a client derived by `with_options(...)` does not share)."""

    max_retries: int
    retry_safe: bool
    """Repeatable after an ambiguous failure, whatever the method (see `_retry.py`)."""
    max_response_bytes: int | None


@functools.lru_cache(maxsize=256)
def policy_for(max_retries: int, retry_safe: bool, max_response_bytes: int | None) -> RequestPolicy:
    """The (immutable, so shared) policy with these values. Building a frozen dataclass costs about
    five times a dict literal on every request that needs one; a cached one costs what the literal did."""
    return RequestPolicy(max_retries, retry_safe, max_response_bytes)


@dataclass
class RetryHistory:
    """What happened before the final answer, on a response whose request was retried."""

    attempts: int = 1
    failures: list[str] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)
    # True when an earlier attempt may have been acted on by the server (a timeout, a dropped
    # connection or a 5xx after the request was sent): its effects may already be there.
    ambiguous: bool = False


def request_policy(request: httpx.Request) -> RequestPolicy | None:
    """The request's own policy, or None: the transport's defaults apply."""
    policy: RequestPolicy | None = request.extensions.get(POLICY)
    return policy


def retry_history(response: httpx.Response) -> RetryHistory | None:
    """The retries before this answer, or None when the first attempt gave it."""
    history: RetryHistory | None = response.extensions.get(HISTORY)
    return history


def after_ambiguous_retry(response: httpx.Response) -> bool:
    """Whether an earlier attempt of this answer's request may have been acted on by the server."""
    history = retry_history(response)
    return history is not None and history.ambiguous
