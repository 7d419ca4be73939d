"""The fault matrix over real loopback sockets, for `Mixmax` and `AsyncMixmax` alike.

tests/test_fault_matrix.py runs the matrix over in-memory transports, which hide what only real sockets
and a real event loop show (an async retry that crashed on every retryable answer went unnoticed
there). Here every case goes through the fake Mixmax's HTTP server: real connections, real read
timeouts, real refused connections, real keep-alive reuse. Back-off runs on a `FastForwardClock`
(it really sleeps, or awaits, a hundredth of each wait). Each case asserts the outcome (the result,
or the exact exception class), the attempts the server saw, the waits the client asked for, and for
add-recipients that every address is in the sequence exactly once with every input row accounted for."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from conftest import HTTP_FAULT_STATS
from loopback_calls import ADDRESSES, BACKOFF, Outcome, _first_tag, _onboarding, run_call

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BulkAddError,
    InternalServerError,
    MixmaxError,
    RateLimitError,
)
from mixmax_sdk.errors import bulk_add_error_class
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock, Fault

LATE = 1.0  # how long the "timeout" fault holds its answer: well past READ_TIMEOUT


# Each fault kind, as the Fault to program (built when armed, so an HTTP date is read off the clock
# the client uses); None means the server is down: connections are refused.
FaultMaker = Callable[[FastForwardClock], dict[str, Any] | None]


FAULTS: dict[str, FaultMaker] = {
    "408": lambda clock: {"kind": "status", "status": 408},
    "429": lambda clock: {"kind": "status", "status": 429},
    "429 Retry-After seconds": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "2"}},
    "429 Retry-After HTTP-date": lambda clock: {
        "kind": "status",
        "status": 429,
        "headers": {"Retry-After": email.utils.formatdate(clock.time() + 3, usegmt=True)},
    },
    "429 Retry-After beyond cap": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "120"}},
    # A header no wait can be read from: the retry waits the first back-off step instead.
    "429 Retry-After nan": lambda clock: {"kind": "status", "status": 429, "headers": {"Retry-After": "nan"}},
    "500": lambda clock: {"kind": "status", "status": 500},
    "502 HTML page": lambda clock: {"kind": "html", "status": 502},
    "503 Retry-After seconds": lambda clock: {"kind": "status", "status": 503, "headers": {"Retry-After": "1"}},
    "504": lambda clock: {"kind": "status", "status": 504},
    "500 after acting": lambda clock: {"kind": "status", "status": 500, "after_processing": True},
    "504 after acting": lambda clock: {"kind": "status", "status": 504, "after_processing": True},
    "timeout": lambda clock: {"kind": "delay", "delay": LATE},  # the server acts; the answer comes too late
    "dropped": lambda clock: {"kind": "drop"},
    "dropped after acting": lambda clock: {"kind": "drop", "after_processing": True},
    "refused": lambda clock: None,
    "truncated JSON": lambda clock: {"kind": "truncated", "after_processing": True},
}


SERVER_ACTED = {"500 after acting", "504 after acting", "timeout", "dropped after acting", "truncated JSON"}


# After these the server cannot have acted: even a non-idempotent POST is repeated, and a retry of
# add-recipients is not ambiguous.
NOT_ACTED = {"429", "429 Retry-After seconds", "429 Retry-After HTTP-date", "429 Retry-After nan", "refused"}


FAILS_RIGHT_AWAY: dict[str, type[MixmaxError]] = {
    "429 Retry-After beyond cap": RateLimitError,
    "truncated JSON": APIResponseValidationError,
}


# What a non-idempotent POST raises when it failed after it may have been sent (it is not repeated).
POST_ERROR: dict[str, type[MixmaxError]] = {
    "408": APIStatusError,
    "500": InternalServerError,
    "502 HTML page": InternalServerError,
    "503 Retry-After seconds": InternalServerError,
    "504": InternalServerError,
    "500 after acting": InternalServerError,
    "504 after acting": InternalServerError,
    "timeout": APITimeoutError,
    "dropped": APIConnectionError,
    "dropped after acting": APIConnectionError,
}


# The wait before the one retry, as (lowest, highest) seconds: Retry-After when sent, else the first
# exponential back-off step (0.5 s less up to 25% of jitter).
WAIT: dict[str, tuple[float, float]] = {
    "429 Retry-After seconds": (2.0, 2.0),
    "429 Retry-After HTTP-date": (1.0, 3.0),  # an HTTP date has whole seconds, and time passes
    "503 Retry-After seconds": (1.0, 1.0),
}


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # glob below the base URL
    before: int = 0  # matching requests of the call before the faulted one (list: page 1)
    later: int = 0  # matching requests after it when the call succeeds (list: page 3)


REQUESTS = {
    "GET": Request("GET", "/users/me"),
    "list": Request("GET", "/sequences", before=1, later=1),
    "POST create": Request("POST", "/messages"),
    "POST add-recipients": Request("POST", "/sequences/*/recipients"),
    "DELETE": Request("DELETE", "/snippettags/*"),
}


def expected(fault: str, request: str) -> tuple[type[MixmaxError] | None, int]:
    """(the exception class, or None for success; the faulted request's attempts the server sees)."""
    seen = 1 if fault == "refused" else 2  # a refused attempt never reaches the server
    if fault == "truncated JSON" and request == "DELETE":
        return None, 1  # a DELETE reads no body: the 200 is all that counts
    if fault in FAILS_RIGHT_AWAY:
        return FAILS_RIGHT_AWAY[fault], 1
    if request == "POST create" and fault not in NOT_ACTED:
        return POST_ERROR[fault], 1
    return None, seen


# -------------------------------------------------------------------------------------- the matrix
CASES = [(fault, request, mode) for fault in FAULTS for request in REQUESTS for mode in ("sync", "async")]


@pytest.mark.parametrize(("fault", "request_kind", "mode"), CASES, ids=[" x ".join(c) for c in CASES])
def test_fault_matrix_over_http(served: FakeServer, fault: str, request_kind: str, mode: str) -> None:
    fake, clock, target = served.fake, FastForwardClock(scale=0.01), REQUESTS[request_kind]
    error_class, attempts = expected(fault, request_kind)
    tag = _first_tag(fake) if request_kind == "DELETE" else None
    refused = []

    def arm() -> None:
        spec = FAULTS[fault](clock)
        if spec is not None:
            fake.faults.add(Fault(method=target.method, path=target.path, **spec))
            return
        served.refuse_connections()
        refused.append(1)

        def back_up(_: float) -> None:  # the server is up again by the end of the back-off
            served.accept_connections()

        clock.on_sleep.append(back_up)

    before = len(fake.served)
    outcome = run_call(mode, served, clock, request_kind, arm)

    if error_class is None:
        assert outcome.error is None, repr(outcome.error)
    elif request_kind == "POST add-recipients":
        # A request of add_recipients that finally fails raises BulkAddError (the cause in `.error`) of a
        # class that is the cause's too, so the `except` written for the one request still catches it.
        assert type(outcome.error) is bulk_add_error_class(error_class), repr(outcome.error)
        assert isinstance(outcome.error, BulkAddError) and isinstance(outcome.error, error_class)
        assert type(outcome.error.error) is error_class, repr(outcome.error.error)
        assert len(outcome.error.result.unconfirmed) == len(ADDRESSES)
    else:
        assert type(outcome.error) is error_class, repr(outcome.error)
    seen = [s for s in fake.served[before:] if s.method == target.method and _matches(s.path, target.path)]
    assert len(seen) == target.before + attempts + (target.later if error_class is None else 0)
    assert fake.faults.pending == 0

    retried = error_class is None and not (fault == "truncated JSON" and request_kind == "DELETE")
    if retried:
        low, high = WAIT.get(fault, BACKOFF)
        assert len(clock.sleeps) == 1 and low <= clock.sleeps[0] <= high, clock.sleeps
    else:
        assert clock.sleeps == []
    # The async client awaits every wait to its end; the sync one never touches the event loop.
    assert clock.awaited == (clock.sleeps if mode == "async" else [])

    _check_effect(fake, fault, request_kind, outcome, tag)
    HTTP_FAULT_STATS.kinds.add(fault)
    HTTP_FAULT_STATS.requests.add(request_kind)
    HTTP_FAULT_STATS.clients.add(mode)
    HTTP_FAULT_STATS.faults += fake.faults.injected + len(refused)
    HTTP_FAULT_STATS.wire += len(fake.served) - before


def _matches(path: str, glob: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(path, glob)


def _check_effect(fake: FakeMixmax, fault: str, request_kind: str, outcome: Outcome, tag: str | None) -> None:
    """What the call did to the server's state, exactly."""
    acted = fault in SERVER_ACTED
    if request_kind == "GET" and outcome.error is None:
        assert outcome.result.email == "ada@example.com"
    elif request_kind == "list" and outcome.error is None:
        ids = [s.id for s in outcome.result]
        assert ids == [s["_id"] for s in fake.store.newest_first("sequences")], "every sequence once, in order"
    elif request_kind == "POST create":
        created = [m for m in fake.store.newest_first("messages") if m.get("subject") == "Hi"]
        assert len(created) == (1 if outcome.error is None or acted else 0), "a POST is never acted on twice"
    elif request_kind == "DELETE":
        assert tag is not None
        gone = fake.store.get("snippettags", tag) is None
        assert gone == (outcome.error is None or acted)
    elif request_kind == "POST add-recipients":
        _check_recipients(fake, outcome, ambiguous=fault not in NOT_ACTED, acted=acted)


def _check_recipients(fake: FakeMixmax, outcome: Outcome, *, ambiguous: bool, acted: bool) -> None:
    present = [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]
    should_be_there = outcome.error is None or acted
    lost = [a for a in ADDRESSES if a not in present] if should_be_there else []
    doubled = [a for a in ADDRESSES if present.count(a) > 1]
    HTTP_FAULT_STATS.lost += len(lost)
    HTTP_FAULT_STATS.duplicated += len(doubled)
    assert lost == [] and doubled == []
    assert sorted(set(present) & set(ADDRESSES)) == (sorted(ADDRESSES) if should_be_there else [])
    if outcome.error is not None:
        return
    result = outcome.result
    assert sorted(r.email for r in result.succeeded + result.added_by_earlier_attempt) == sorted(ADDRESSES)
    assert result.failed == [] and result.duplicated == []
    assert result.after_ambiguous_retry == ambiguous
    # What an attempt that failed had already done is neither a failure nor a new success.
    assert len(result.added_by_earlier_attempt) == (3 if acted else 0)
    assert len(result.succeeded) == (0 if acted else 3)
