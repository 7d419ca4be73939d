"""`add_recipients` keeps the error contract of a single request, whatever the number of rows.

What it raises when a request finally fails is a `BulkAddError` (with every row accounted for) and
also an instance of that request's own error class, with its attributes: the `except
InternalServerError` (`APITimeoutError`, `RedirectError`, ...) written for one request catches it for
one row, two rows and 10,000 rows alike. Every case runs over real loopback sockets against the fake
Mixmax, for `Mixmax` and `AsyncMixmax`, and checks the exact requests on the wire, the accounting and
a pickle round trip.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from mixmax_openapi.models import AddRecipientsResponse

from mixmax_sdk import (
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncMixmax,
    AuthenticationError,
    BulkAddError,
    InternalServerError,
    Mixmax,
    MixmaxError,
    RateLimitError,
    RedirectError,
)
from mixmax_sdk.errors import bulk_add_error_class, make_status_error
from mixmax_sdk.resources._add_recipients import AddRecipientsPlan, _Answer, _result
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock, Fault, RealClock

PATH = "/sequences/*/recipients"
TRICKLE_TIMEOUT = 0.5  # seconds; the trickled answer needs several seconds, a normal one milliseconds
ELSEWHERE = "http://127.0.0.1:9/v1/sequences"
MALFORMED = {"recipients": [{"email": "p0@example.com", "status": 7}]}


@dataclass(frozen=True)
class Case:
    """One way a request fails for good, as the fake is programmed for it and as the SDK reports it."""

    fault: dict[str, Any]
    cls: type[MixmaxError]
    attempts: int  # how often the failing request is sent (1 + retries when it is retried)
    status: int | None  # the error's status_code (None: no answer)
    served: int  # the status the fake recorded for each attempt
    message: Callable[[str], str]  # the error's `message`, from the request's path
    acted: bool = False  # the server added the rows before it failed
    client: dict[str, Any] = field(default_factory=dict)


CASES = {
    "503": Case(
        {"kind": "status", "status": 503, "body": {"message": "Service unavailable"}},
        InternalServerError,
        3,
        503,
        503,
        lambda path: "Service unavailable",
    ),
    "trickled body": Case(
        {"kind": "trickle", "delay": 0.05},
        APITimeoutError,
        3,
        None,
        200,
        lambda path: f"Request timed out: POST {path}",
        acted=True,
        client={"timeout": TRICKLE_TIMEOUT},
    ),
    "307": Case(
        {"kind": "status", "status": 307, "body": {"message": "Moved"}, "headers": {"Location": ELSEWHERE}},
        RedirectError,
        1,
        307,
        307,
        lambda path: f"redirected to {ELSEWHERE!r}, not followed. Moved",
    ),
    "malformed 200": Case(
        {"kind": "status", "status": 200, "body": MALFORMED},
        APIResponseValidationError,
        1,
        200,
        200,
        lambda path: (
            "The response does not fit AddRecipientsResponse: recipients[0].status: expected string, got integer"
        ),
        client={"strict_responses": True},
    ),
    "401": Case(
        {"kind": "status", "status": 401, "body": {"message": "Invalid API token."}},
        AuthenticationError,
        1,
        401,
        401,
        lambda path: "Invalid API token.",
    ),
    "429": Case(
        {"kind": "status", "status": 429, "body": {"message": "Too many requests"}, "headers": {"Retry-After": "1"}},
        RateLimitError,
        3,
        429,
        429,
        lambda path: "Too many requests",
    ),
}

# rows -> the chunks (of the default 50) answered before the one that fails
SIZES = {1: 0, 2: 0, 10_000: 2}
CHUNK = 50


def _rows(n: int) -> list[dict[str, Any]]:
    return [{"email": f"p{i}@example.com", "variables": {"First name": f"P{i}"}} for i in range(n)]


def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


@pytest.fixture
def served() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    # Wall time on the server, so a trickled answer really takes its time.
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield fake, server


@dataclass
class Sent:
    """A request as it left the client."""

    method: str
    path: str
    query: str
    headers: httpx.Headers
    body: Any


def _add(
    kind: str,
    fake: FakeMixmax,
    server: FakeServer,
    rows: list[dict[str, Any]],
    catch: type[BaseException],
    clock: FastForwardClock,
    **options: Any,
) -> tuple[BaseException, list[Sent]]:
    """`add_recipients(rows)` on a new client of `kind` over loopback, inside `try: ... except catch`
    exactly as code written for one request does it; the error caught and the requests sent."""
    sent: list[Sent] = []
    client_options = {k: options.pop(k) for k in ("timeout", "strict_responses") if k in options}

    def capture(request: httpx.Request) -> None:
        body = json.loads(request.read())
        sent.append(
            Sent(request.method, request.url.path, request.url.query.decode(), httpx.Headers(request.headers), body)
        )

    settings: dict[str, Any] = {
        "api_key": fake.demo_token,
        "base_url": server.base_url,
        "clock": clock,  # back-off really waits, a hundredth of each step
        "rate_limit": None,
        **client_options,
    }
    seq = _onboarding(fake)
    if kind == "sync":
        with Mixmax(http_client=httpx.Client(event_hooks={"request": [capture]}), **settings) as client:
            try:
                client.sequences.sequence(seq).add_recipients(rows, **options)
            except catch as error:
                return error, sent
        raise AssertionError("add_recipients did not fail")

    async def acapture(request: httpx.Request) -> None:
        await request.aread()
        capture(request)

    async def main() -> BaseException:
        http = httpx.AsyncClient(event_hooks={"request": [acapture]})
        async with AsyncMixmax(http_client=http, **settings) as client:
            try:
                await client.sequences.sequence(seq).add_recipients(rows, concurrency=1, **options)
            except catch as error:
                return error
        raise AssertionError("add_recipients did not fail")

    return asyncio.run(main()), sent


def _chunk(rows: list[dict[str, Any]], index: int) -> dict[str, Any]:
    return {"recipients": rows[index * CHUNK : (index + 1) * CHUNK]}


@pytest.mark.parametrize("size", list(SIZES), ids=lambda n: f"{n} rows")
@pytest.mark.parametrize("case_id", list(CASES))
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_single_request_except_clause_catches_a_bulk_failure(
    served: tuple[FakeMixmax, FakeServer], kind: str, case_id: str, size: int
) -> None:
    fake, server = served
    case = CASES[case_id]
    before = SIZES[size]  # requests answered before the failing one
    fake.faults.add(Fault(**case.fault, after=before, times=case.attempts, method="POST", path=PATH))
    rows = _rows(size)
    clock = FastForwardClock()
    caught, sent = _add(kind, fake, server, rows, case.cls, clock, **case.client)

    # The one `except` clause written for a single request caught it; so does `except BulkAddError`.
    assert isinstance(caught, case.cls) and isinstance(caught, BulkAddError) and isinstance(caught, MixmaxError)
    with pytest.raises(BulkAddError) as info:
        raise caught
    error = info.value
    assert type(error).__name__ == f"BulkAddError[{case.cls.__name__}]"
    cause = error.error
    assert type(cause) is case.cls and error.errors == [cause] and error.__cause__ is cause
    seq = _onboarding(fake)
    path = f"/v1/sequences/{seq}/recipients"

    # The request's own attributes, on the exception raised.
    assert error.message == cause.message == case.message(path)  # type: ignore[attr-defined]
    assert getattr(error, "status_code", None) == getattr(cause, "status_code", None) == case.status
    assert error.request is cause.request  # type: ignore[attr-defined]
    assert error.request.method == "POST" and error.request.url.path == path  # type: ignore[attr-defined]
    assert error.request.headers["X-API-Token"] == "[redacted]"  # type: ignore[attr-defined]
    if case.status is not None:
        assert error.response is cause.response  # type: ignore[attr-defined]
        assert error.response.status_code == case.status  # type: ignore[attr-defined]
        assert error.body == cause.body == case.fault["body"]  # type: ignore[attr-defined]
    if isinstance(error, RedirectError):
        assert error.location == ELSEWHERE
    if isinstance(error, RateLimitError):
        assert error.retry_after == 1.0
        assert clock.sleeps == [1.0, 1.0], "Retry-After honoured before each retry"
    if isinstance(error, InternalServerError):
        assert len(clock.sleeps) == 2 and 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0
    if isinstance(error, APIStatusError):
        assert str(cause) == f"{case.status} POST {path}: {case.message(path)}"
    assert str(error) == (
        f"add_recipients stopped: 1 of {max(1, -(-size // CHUNK))} requests failed ({cause}); "
        f"{before * CHUNK} rows have a final status, {min(size, CHUNK)} are unconfirmed, "
        f"{max(0, size - (before + 1) * CHUNK)} were not sent"
    )

    # Every row accounted for: the answered chunks' rows succeeded, the failed one's are unconfirmed,
    # the rest was not sent.
    failed = range(before * CHUNK, min(size, (before + 1) * CHUNK))
    result = error.result
    assert len(result) == size and [r.email for r in result] == [r["email"] for r in rows]
    assert [r.status for r in result] == (
        ["success"] * (before * CHUNK) + ["error"] * len(failed) + ["not_sent"] * (size - failed.stop)
    )
    assert result.unconfirmed_rows == frozenset(failed)
    assert [r.email for r in result.unconfirmed] == [rows[i]["email"] for i in failed]
    assert all(result.recipients[i].errors == [f"The request failed: {cause}"] for i in failed)
    assert len(result.not_sent) == size - failed.stop and result.after_ambiguous_retry is False

    # On the wire: each answered chunk once, the failing one `attempts` times, nothing after it.
    expected = [_chunk(rows, i) for i in range(before)] + [_chunk(rows, before)] * case.attempts
    assert [(s.method, s.path, s.query) for s in sent] == [("POST", path, "")] * len(expected)
    assert [s.body for s in sent] == expected
    assert all(s.headers["x-api-token"] == fake.demo_token for s in sent)
    assert all(s.headers["content-type"] == "application/json" for s in sent)
    statuses = [s.status for s in fake.requests_to("POST", PATH)]
    assert statuses == [200] * before + [case.served] * case.attempts
    present = [r["email"] for r in fake.sequence_recipients(seq) if r["email"].startswith("p")]
    added = [*range(before * CHUNK), *(failed if case.acted else [])]
    assert present == [rows[i]["email"] for i in added], "every row the server acted on is there exactly once"

    # It pickles (e.g. out of a worker process) as the same combined class, with every attribute.
    data = pickle.dumps(error)
    assert fake.demo_token.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error) and isinstance(copy, case.cls) and isinstance(copy, BulkAddError)
    assert str(copy) == str(error) and copy.args == error.args
    for attribute in ("message", "status_code", "body", "retry_after", "location"):
        assert getattr(copy, attribute, None) == getattr(error, attribute, None)
    assert type(copy.error) is case.cls and str(copy.error) == str(cause)
    assert [(r.email, r.status) for r in copy.result] == [(r.email, r.status) for r in result]
    assert copy.result.unconfirmed_rows == result.unconfirmed_rows
    if case.status is not None:
        assert copy.response.status_code == case.status


# ------------------------------------------------------------------------------ several failures
def _status_error(status: int, path: str) -> MixmaxError:
    request = httpx.Request("POST", f"https://api.mixmax.com/v1{path}")
    return make_status_error(httpx.Response(status, json={"message": f"failed {status}"}, request=request))


@pytest.mark.parametrize("order", [[1, 0], [0, 1]], ids=["later chunk fails first", "in input order"])
def test_with_several_failed_requests_the_first_in_input_order_gives_the_class(order: list[int]) -> None:
    """Chunks in flight together may fail in any order and with different errors; the class (and
    `.error`) is the failed chunk's that comes first in the input, whatever finished first."""
    plan = AddRecipientsPlan(
        "s1",
        [f"r{i}@example.com" for i in range(6)],
        scheduled_at=None,
        enrich=None,
        allow_missing_variables=None,
        chunk_size=2,
        skip_invalid=False,
        concurrency=3,
        progress=None,
    )
    started = [plan.next_call(), plan.next_call(), plan.next_call()]
    assert [step[0] for step in started if step is not None] == [0, 1, 2]
    errors = {0: _status_error(503, "/a"), 1: _status_error(401, "/b")}
    for key in order:
        plan.settle(key, error=errors[key])
    answered = [_result(f"r{i}@example.com", "success", []) for i in (4, 5)]
    plan.settle(2, _Answer(answered, AddRecipientsResponse(recipients=answered), ambiguous=False))
    with pytest.raises(InternalServerError) as info:
        plan.result()
    error = info.value
    assert isinstance(error, BulkAddError) and not isinstance(error, AuthenticationError)
    assert error.error is errors[0] and error.errors == [errors[0], errors[1]] and error.status_code == 503
    assert [r.status for r in error.result] == ["error"] * 4 + ["success"] * 2
    assert error.result.unconfirmed_rows == frozenset(range(4))


def test_concurrent_async_failures_of_different_classes_take_the_first_failed_chunks_class(
    served: tuple[FakeMixmax, FakeServer],
) -> None:
    """Over loopback with four requests in flight: the first to arrive gets a 401, the other three a
    503 on every attempt. Which chunk arrives first is up to the sockets; the exception is the class
    of chunk 0's error, the failed chunk that comes first in the input."""
    fake, server = served
    fake.faults.add(Fault(kind="status", status=401, body={"message": "No"}, method="POST", path=PATH))
    fake.faults.add(Fault(kind="status", status=503, body={"message": "Down"}, times=9, method="POST", path=PATH))
    rows = _rows(400)

    async def main() -> BulkAddError:
        async with AsyncMixmax(
            api_key=fake.demo_token, base_url=server.base_url, clock=FastForwardClock(), rate_limit=None
        ) as client:
            try:
                await client.sequences.sequence(_onboarding(fake)).add_recipients(rows, concurrency=4)
            except BulkAddError as error:
                return error
        raise AssertionError("add_recipients did not fail")

    error = asyncio.run(main())
    assert sorted(s.status or 0 for s in fake.requests_to("POST", PATH)) == [401] + [503] * 9
    # `errors` in input order, each read off the request it keeps: chunks 0 to 3, 50 rows each.
    firsts = [json.loads(e.request.content)["recipients"][0]["email"] for e in error.errors]  # type: ignore[attr-defined]
    assert firsts == ["p0@example.com", "p50@example.com", "p100@example.com", "p150@example.com"]
    assert sorted(type(e).__name__ for e in error.errors) == ["AuthenticationError"] + ["InternalServerError"] * 3
    assert error.error is error.errors[0] and type(error) is bulk_add_error_class(type(error.errors[0]))
    assert error.status_code == error.errors[0].status_code  # type: ignore[attr-defined]
    assert [r.status for r in error.result] == ["error"] * 200 + ["not_sent"] * 200
    assert error.result.unconfirmed_rows == frozenset(range(200))


# ------------------------------------------------------------------------------ the class itself
def test_the_combined_class_is_made_once_per_cause_class() -> None:
    made = bulk_add_error_class(InternalServerError)
    assert made is bulk_add_error_class(InternalServerError)
    assert made.__mro__[1:3] == (BulkAddError, InternalServerError) and made.cause_class is InternalServerError
    assert made.__module__ == "mixmax_sdk.errors" and made.__qualname__ == "BulkAddError[InternalServerError]"
    assert bulk_add_error_class(AuthenticationError) is not made
    assert bulk_add_error_class(MixmaxError) is BulkAddError and BulkAddError.cause_class is None


def _worker_raises_a_bulk_error(base_url: str, token: str, sequence_id: str) -> None:
    with Mixmax(api_key=token, base_url=base_url, max_retries=0, rate_limit=None) as client:
        client.sequences.sequence(sequence_id).add_recipients(_rows(3), chunk_size=2)


def test_the_combined_exception_crosses_a_process_pool(served: tuple[FakeMixmax, FakeServer]) -> None:
    fake, server = served
    fake.faults.add(Fault(kind="status", status=401, after=1, method="POST", path=PATH))
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        future = pool.submit(_worker_raises_a_bulk_error, server.base_url, fake.demo_token, _onboarding(fake))
        with pytest.raises(AuthenticationError) as info:
            future.result(timeout=60)
    error = info.value
    assert isinstance(error, BulkAddError) and type(error) is bulk_add_error_class(AuthenticationError)
    assert error.status_code == 401 and [r.status for r in error.result] == ["success", "success", "error"]
