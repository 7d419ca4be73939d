"""Hostile input and hostile servers: configuration refused up front, only `MixmaxError`s out, exceptions
that pickle, cursors that cycle, bodies that trickle, one rate limit per API key. Both clients."""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import pickle
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import TEST_TOKEN, Driver

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncMixmax,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LocalRateLimit,
    Mixmax,
    MixmaxError,
    MixmaxValidationError,
    NotFoundError,
    RateLimitError,
    RedirectError,
)
from mixmax_sdk._validate import check_email
from mixmax_sdk.testing import FakeMixmax

Handler = Callable[[httpx.Request], httpx.Response]
ME = {"_id": "u1", "email": "ada@example.com", "name": "Ada"}


def fast_clock() -> Any:
    from mixmax_sdk.testing import FakeClock

    return FakeClock()


@pytest.fixture(params=["sync", "async"])
def mock(request: pytest.FixtureRequest) -> Iterator[Callable[..., Driver]]:
    """`mock(handler, **client_kwargs)`: a Driver whose client answers through `handler`, in-process."""
    made: list[tuple[Any, asyncio.Runner | None]] = []

    def make(handler: Handler, **kwargs: Any) -> Driver:
        kwargs.setdefault("clock", fast_clock())
        kwargs.setdefault("base_url", "https://api.mixmax.com/v1")
        if request.param == "sync":
            client: Mixmax | AsyncMixmax = Mixmax(
                api_key=TEST_TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
            )
            loop = None
        else:
            loop = asyncio.Runner()
            client = AsyncMixmax(
                api_key=TEST_TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs
            )
        made.append((client, loop))
        return Driver(client, loop)

    yield make
    for _client, loop in made:
        if loop is not None:
            loop.close()


# ------------------------------------------------------------------------------ configuration
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"api_key": "tok\r\nX-Injected: 1"}, "character 3 of 18 is not"),
        ({"api_key": "tok en"}, "printable ASCII without spaces"),
        ({"api_key": "tok\n"}, "a stray newline"),
        ({"api_key": "tökén"}, "printable ASCII"),
        ({"default_headers": {"X Bad": "1"}}, "not a valid HTTP header name"),
        ({"default_headers": {"X-Ok": "a\r\nX-Injected: 1"}}, "must be printable ASCII"),
        ({"default_headers": {"X-Ok": "café"}}, "must be printable ASCII"),
        ({"default_headers": ["X-Ok"]}, "must be a mapping"),
        ({"timeout": float("nan")}, "timeout must be a finite positive number"),
        ({"timeout": float("inf")}, "timeout must be a finite positive number"),
        ({"timeout": httpx.Timeout(5.0, read=float("nan"))}, "timeout.read must be a finite positive number"),
        ({"timeout": httpx.Timeout(5.0, connect=0)}, "timeout.connect must be a finite positive number"),
        ({"max_retries": 10**9}, "max_retries must be an int from 0 to 100"),
        ({"max_retries": 1.5}, "max_retries must be an int from 0 to 100"),
        ({"rate_limit": 0}, "rate_limit must be a positive int"),
        ({"rate_limit": "120"}, "rate_limit must be a positive int"),
        ({"base_url": "https://user:secret@api.mixmax.com/v1"}, "must not carry credentials"),
    ],
)
def test_bad_configuration_is_refused_before_any_request(kwargs: dict[str, Any], message: str) -> None:
    kwargs.setdefault("api_key", TEST_TOKEN)
    for cls in (Mixmax, AsyncMixmax):
        with pytest.raises(MixmaxValidationError) as info:
            cls(**kwargs)
        assert message in str(info.value)
        # The key itself is never echoed, even when it is what is wrong.
        assert str(kwargs["api_key"]) not in str(info.value) or kwargs["api_key"] == TEST_TOKEN


@pytest.mark.parametrize(("limit", "window"), [(0, 60.0), (True, 60.0), (10, float("nan")), (10, -1.0)])
def test_bad_local_rate_limit_is_refused(limit: Any, window: Any) -> None:
    with pytest.raises(MixmaxValidationError):
        LocalRateLimit(limit, window)


# ------------------------------------------------------------------------------ emails
@pytest.mark.parametrize(
    "address", ["ada@example.com\n", "ada@example.com\r", "ada@exa\x00mple.com", "ad\ta@example.com", "\nada@x.io"]
)
def test_email_checks_match_the_whole_string(address: str) -> None:
    with pytest.raises(MixmaxValidationError):
        check_email(address)
    assert check_email("ada.l+tag@sub.example.co") == "ada.l+tag@sub.example.co"


def test_an_address_with_a_trailing_newline_never_reaches_the_wire(mock: Callable[..., Driver]) -> None:
    seen: list[httpx.Request] = []
    d = mock(lambda request: seen.append(request) or httpx.Response(200, json={}))
    with pytest.raises(MixmaxValidationError, match=r"recipients\[1\] is not a valid email address"):
        d(d.client.sequences.sequence("s1").add_recipients(["ok@example.com", "ada@example.com\n"]))
    assert seen == []


# ------------------------------------------------------------------------------ only MixmaxErrors
@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-Limit": "inf", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1e400"},
        {"X-RateLimit-Limit": "nan", "X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "nan"},
        {"X-RateLimit-Limit": "-5", "X-RateLimit-Remaining": "-1", "X-RateLimit-Reset": "-1"},
        {"X-RateLimit-Limit": "9" * 400, "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9" * 400},
        {"X-RateLimit-Limit": "ten", "X-RateLimit-Remaining": "zero", "X-RateLimit-Reset": "soon"},
        {"Retry-After": "nan"},
        {"Retry-After": "inf"},
        {"Retry-After": "Mon, 99 Foo 99999 99:99:99 GMT"},
    ],
)
def test_bad_rate_limit_headers_never_turn_a_success_into_an_exception(
    mock: Callable[..., Driver], headers: dict[str, str]
) -> None:
    d = mock(lambda request: httpx.Response(200, json=ME, headers=headers))
    me = d(d.client.users.me())
    assert me.email == "ada@example.com"
    me = d(d.client.users.me())  # and the limiter is still usable afterwards
    assert me.id == "u1"


@pytest.mark.parametrize("retry_after", ["nan", "inf", "-inf", "1e400", "-3", "garbage", "Tue, 31 Feb 1 GMT"])
def test_nonsense_retry_after_falls_back_to_backoff(mock: Callable[..., Driver], retry_after: str) -> None:
    answers = iter([httpx.Response(503, headers={"Retry-After": retry_after}), httpx.Response(200, json=ME)])
    clock = fast_clock()
    d = mock(lambda request: next(answers), clock=clock)
    assert d(d.client.users.me()).id == "u1"
    assert len(clock.sleeps) == 1 and 0.375 <= clock.sleeps[0] <= 0.5, "the first back-off, not the header"


def test_a_429_with_nonsense_retry_after_is_still_a_rate_limit_error(mock: Callable[..., Driver]) -> None:
    d = mock(
        lambda request: httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "nan"}), max_retries=0
    )
    with pytest.raises(RateLimitError) as info:
        d(d.client.users.me())
    assert info.value.retry_after is None


def test_a_body_whose_content_encoding_lies_is_a_connection_error(mock: Callable[..., Driver]) -> None:
    d = mock(lambda request: httpx.Response(200, content=b'{"_id": "u1"}', headers={"Content-Encoding": "gzip"}))
    with pytest.raises(APIConnectionError, match="Undecodable response body: GET /v1/users/me"):
        d(d.client.users.me())


def test_an_honest_gzip_body_is_decoded(mock: Callable[..., Driver]) -> None:
    body = gzip.compress(b'{"_id": "u1", "email": "ada@example.com"}')
    d = mock(lambda request: httpx.Response(200, content=body, headers={"Content-Encoding": "gzip"}))
    assert d(d.client.users.me()).email == "ada@example.com"


@pytest.mark.parametrize("status", [200, 400, 500])
def test_pathologically_nested_json_is_a_typed_error(mock: Callable[..., Driver], status: int) -> None:
    body = b"[" * 200_000 + b"]" * 200_000
    d = mock(lambda request: httpx.Response(status, content=body), max_retries=0)
    with pytest.raises(MixmaxError) as info:
        d(d.client.users.me())
    expected = {200: APIResponseValidationError, 400: BadRequestError, 500: InternalServerError}[status]
    assert type(info.value) is expected


# ------------------------------------------------------------------------------ redirects
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_never_followed_even_by_a_client_that_follows(status: int) -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "api.mixmax.com":
            return httpx.Response(status, headers={"Location": f"https://evil.example/steal?t={TEST_TOKEN}"})
        return httpx.Response(200, json=ME)

    for make in (httpx.Client, httpx.AsyncClient):
        hosts.clear()
        http = make(transport=httpx.MockTransport(handler), follow_redirects=True)
        if isinstance(http, httpx.Client):
            with pytest.raises(RedirectError) as info:
                Mixmax(api_key=TEST_TOKEN, http_client=http).users.me()
        else:
            client = AsyncMixmax(api_key=TEST_TOKEN, http_client=http)
            with pytest.raises(RedirectError) as info:
                asyncio.run(client.users.me())
        error = info.value
        assert hosts == ["api.mixmax.com"], "nothing was sent to the other host"
        assert error.status_code == status and isinstance(error, APIStatusError)
        assert error.location == "https://evil.example/steal?t=[redacted]"
        assert error.response.headers["location"] == error.location
        assert "https://evil.example/steal?t=[redacted]" in str(error)
        assert TEST_TOKEN not in str(error) + repr(error) + str(error.args) + str(error.request.headers)


# ------------------------------------------------------------------------------ pickling
def _status_error(cls: type[APIStatusError], status: int) -> APIStatusError:
    request = httpx.Request("GET", "https://api.mixmax.com/v1/sequences/abc", headers={"X-API-Token": TEST_TOKEN})
    response = httpx.Response(status, json={"message": f"no {TEST_TOKEN}"}, request=request)
    return cls(status, "Not found.", {"message": "Not found."}, response)


@pytest.mark.parametrize(
    "error",
    [
        _status_error(NotFoundError, 404),
        _status_error(AuthenticationError, 401),
        _status_error(RateLimitError, 429),
        _status_error(RedirectError, 302),
        APITimeoutError("Request timed out: GET /v1/users/me", request=httpx.Request("GET", "https://x/v1")),
        APIConnectionError("nope"),
        MixmaxValidationError("bad input"),
        APIResponseValidationError(
            httpx.Response(200, content=b"{", request=httpx.Request("GET", "https://x/v1")), "Expected JSON", body="{"
        ),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_exception_pickles_with_its_class_and_attributes(error: MixmaxError) -> None:
    data = pickle.dumps(error)
    assert TEST_TOKEN.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error)
    assert str(copy) == str(error) and copy.args == error.args
    for attribute in ("message", "status_code", "body", "retry_after", "location"):
        assert getattr(copy, attribute, None) == getattr(error, attribute, None)
    if isinstance(error, APIStatusError):
        assert copy.response.status_code == error.response.status_code
        assert copy.request is not None and copy.request.headers["X-API-Token"] == "[redacted]"
        assert copy.response.json() == {"message": "no [redacted]"}


def _worker_raises_not_found(base_url: str) -> None:
    with Mixmax(api_key=FakeMixmax().demo_token, base_url=base_url, max_retries=0) as client:
        client.sequences.get("no-such-sequence")


def test_an_exception_crosses_a_process_pool() -> None:
    fake = FakeMixmax()
    with fake.serve() as server, concurrent.futures.ProcessPoolExecutor(1) as pool:
        future = pool.submit(_worker_raises_not_found, server.base_url)
        with pytest.raises(NotFoundError) as info:
            future.result(timeout=30)
    assert info.value.status_code == 404
    assert str(info.value).startswith("404 GET /v1/sequences/no-such-sequence: ")


# ------------------------------------------------------------------------------ cursor cycles
def test_cycling_cursors_stop_with_a_typed_error(mock: Callable[..., Driver]) -> None:
    pages = {
        None: {"results": [{"_id": "s1", "name": "a"}], "next": "A", "hasNext": True},
        "A": {"results": [{"_id": "s2", "name": "b"}], "next": "B", "hasNext": True},
        "B": {"results": [{"_id": "s3", "name": "c"}], "next": "A", "hasNext": True},
    }
    cursors: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("next")
        cursors.append(cursor)
        assert len(cursors) < 10, "the pager keeps following a cycle"
        return httpx.Response(200, json=pages[cursor])

    d = mock(handler)
    seen: list[str] = []

    async def drain_async() -> None:
        async for sequence in d.client.sequences.list():
            seen.append(sequence.id)

    with pytest.raises(APIResponseValidationError, match="returned cursor 'A' again"):
        if d.is_async:
            d(drain_async())
        else:
            seen.extend(s.id for s in d.client.sequences.list())
    assert cursors == [None, "A", "B"]
    assert seen == ["s1", "s2", "s3"], "every item before the cycle was yielded once"


# ------------------------------------------------------------------------------ trickling bodies
class TrickleServer:
    """Answers every request with headers at once, then a body one byte every `interval` seconds (with
    `head=True`, the status line and headers come one byte at a time too)."""

    def __init__(self, interval: float = 0.1, length: int = 400, *, head: bool = False) -> None:
        self.interval, self.length, self.head = interval, length, head
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            body = (b'{"_id": "u1", "pad": "' + b"x" * self.length + b'"}')[: self.length]
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            try:
                if not self.head:
                    conn.sendall(head.encode())
                for byte in (head.encode() if self.head else b"") + body:
                    if self.stop.wait(self.interval):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return  # the client gave up: what we want

    def __enter__(self) -> TrickleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.mark.parametrize("head", [False, True], ids=["body trickles", "status line and headers trickle"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_timeout_bounds_the_whole_response_not_each_read(kind: str, head: bool) -> None:
    # 400 bytes at 0.1 s each would take 40 s; every single read is well inside the 1 s timeout.
    with TrickleServer(head=head) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="Request timed out: GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(api_key=TEST_TOKEN, base_url=server.base_url, timeout=1, max_retries=0) as client:
                    client.users.me()
            else:

                async def main() -> None:
                    async with AsyncMixmax(
                        api_key=TEST_TOKEN, base_url=server.base_url, timeout=1, max_retries=0
                    ) as client:
                        await client.users.me()

                asyncio.run(main())
        assert time.monotonic() - started < 5, "the trickle held the call far beyond its timeout"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_whole_answer_deadline_is_kept_to_the_timeout_not_beyond(kind: str) -> None:
    # A byte every 0.45 s: each read is well inside the 1 s timeout, the 10-byte body would take 4.5 s.
    # The attempt ends at its deadline: at 1.0 s, not at the next byte (1.35 s) nor after a read timeout
    # counted from the last byte (1.9 s), as it would if the deadline were reset per chunk or per read.
    with TrickleServer(interval=0.45, length=10) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="Request timed out: GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(api_key=TEST_TOKEN, base_url=server.base_url, timeout=1.0, max_retries=0) as client:
                    client.users.me()
            else:

                async def main() -> None:
                    async with AsyncMixmax(
                        api_key=TEST_TOKEN, base_url=server.base_url, timeout=1.0, max_retries=0
                    ) as client:
                        await client.users.me()

                asyncio.run(main())
        elapsed = time.monotonic() - started
    assert 1.0 <= elapsed <= 1.6, f"{elapsed:.2f}s"


# ------------------------------------------------------------------------------ one limiter per key
def test_clients_with_the_same_key_share_one_rate_limit() -> None:
    fake = FakeMixmax(rate_limit=5)
    first = fake.client(rate_limit=5, max_retries=0)
    second = fake.client(rate_limit=5, max_retries=0)
    own = fake.client(rate_limit=LocalRateLimit(5, shared=False), max_retries=0)
    try:
        limiter = first._runner.pool.transport.limiter
        assert limiter is second._runner.pool.transport.limiter
        assert own._runner.pool.transport.limiter is not limiter
        other_key = fake.client(token=fake.add_user("grace@example.com", "Grace")[1], rate_limit=5)
        assert other_key._runner.pool.transport.limiter is not limiter
        # Ten requests through two clients: the fake (5 per 60 s per token) never answers 429.
        for i in range(10):
            (first if i % 2 else second).users.me()
        assert fake.clock.now() >= 60, "the second five waited for the shared window"
    finally:
        for client in (first, second, own):
            client.close()


def test_limiters_are_shared_only_while_a_client_uses_them() -> None:
    import gc

    from mixmax_sdk._rate_limit_local import _shared

    gc.collect()  # clients of earlier tests that only the cycle collector frees
    key_count = len(_shared)
    client = Mixmax(api_key="another-key-for-this-test", rate_limit=7)
    assert len(_shared) == key_count + 1
    client.close()
    del client
    gc.collect()
    assert len(_shared) == key_count
