"""A hostile server: random statuses, header values and bodies, byte for byte over a real socket,
through both clients. Only `MixmaxError`s may come out, a 2xx answer is never turned into an exception
by a bad rate-limit header, a lying Content-Encoding or absurdly nested JSON is a typed error, and the
API token never shows: not in an exception (str, repr, args, the request it keeps, its cause), not in
a log record of any logger at DEBUG, not in captured output.

Answers too large to hold: tests/test_response_size.py."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
import os
import socket
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from conftest import ME, Driver
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncMixmax,
    BadRequestError,
    InternalServerError,
    Mixmax,
    MixmaxError,
)
from mixmax_sdk.testing import FastForwardClock

TOKEN = "hostile-test-token-4e8a21"


USER = json.dumps({"_id": "u1", "email": "ada@example.com", "name": "Ada"}).encode()


DEEP = 100_000


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    # Content-Length as sent; None: the true length. A larger one cuts the body off on the wire.
    declared_length: int | None = None

    def raw(self) -> bytes:
        length = len(self.body) if self.declared_length is None else self.declared_length
        head = [f"HTTP/1.1 {self.status} Whatever".encode()]
        head += [name + b": " + value for name, value in self.headers]
        head += [b"Content-Length: " + str(length).encode(), b"Connection: close"]
        return b"\r\n".join(head) + b"\r\n\r\n" + self.body

    @property
    def is_good_success(self) -> bool:
        """A 2xx with the user as its body, honestly framed and encoded: the call must return it."""
        encodings = [v for n, v in self.headers if n.lower() == b"content-encoding"]
        return (
            self.status in (200, 201)
            and self.body == USER
            and self.declared_length is None
            and all(v.strip().lower() == b"identity" for v in encodings)
        )


class RawServer:
    """Answers every request on 127.0.0.1 with `answer`, byte for byte, and closes the connection."""

    def __init__(self) -> None:
        self.answer = Answer(200, (), USER)
        self.requests: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}/v1"

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.requests.append(data)
            conn.sendall(self.answer.raw())
            conn.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    raw = RawServer()
    yield raw
    raw.close()


# -------------------------------------------------------------------------------------- strategies
NUMBERS = st.one_of(
    st.sampled_from(["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1", "-0", "0", "1e-300", "9" * 400]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


GARBAGE = st.one_of(
    st.sampled_from(["", " ", "soon", "Mon, 99 Foo 2024 99:99:99 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", "0x10", "1_0"]),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20),
)


HEADER_VALUE = st.one_of(
    NUMBERS.map(str.encode),
    GARBAGE.map(str.encode),
    st.sampled_from(["é", "٣", "١٢٠", "∞", "½"]).map(lambda s: s.encode("utf-8")),  # non-ASCII, some digit-like
    st.binary(min_size=1, max_size=8).filter(lambda b: b"\r" not in b and b"\n" not in b and b"\x00" not in b),
)


LIMIT_HEADERS = [b"Retry-After", b"X-RateLimit-Limit", b"X-RateLimit-Remaining", b"X-RateLimit-Reset"]


BODIES = st.one_of(
    st.just(USER),
    st.just(b""),
    st.sampled_from([b"<html><body>502 Bad Gateway</body></html>", b"not json", b"\xff\xfe\x00garbage", b"null"]),
    st.just(USER[: len(USER) // 2]),  # truncated JSON, honestly framed
    st.just(b"[" * DEEP + b"]" * DEEP),
    st.just(b'{"a":' * DEEP + b"1" + b"}" * DEEP),
    st.sampled_from([b"[]", b'"user"', b"42", b'{"_id": 5}']),  # JSON of the wrong shape
)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    status = draw(st.sampled_from([200, 201, 204, 400, 401, 404, 408, 418, 429, 500, 502, 503, 504, 599]))
    headers = [
        (
            b"Content-Type",
            draw(st.sampled_from([b"application/json", b"text/html", b"application/json; charset=utf-16"])),
        )
    ]
    for name in LIMIT_HEADERS:
        if draw(st.booleans()):
            headers.append((name, draw(HEADER_VALUE)))
    if draw(st.integers(0, 4)) == 0:
        headers.append(
            (b"Content-Encoding", draw(st.sampled_from([b"gzip", b"br", b"deflate", b"zstd", b"identity", b"x-bogus"])))
        )
    body = draw(BODIES)
    declared = draw(st.sampled_from([None, None, None, len(body) + 10]))
    return Answer(status, tuple(headers), body, declared)


# ---------------------------------------------------------------------------------------- one call
@dataclass
class Seen:
    result: Any = None
    error: BaseException | None = None
    texts: list[str] = field(default_factory=list)  # everything a user could be shown


def _call(server: RawServer, answer: Answer, mode: str) -> Seen:
    server.answer = answer
    clock = FastForwardClock(scale=0.0)
    options: dict[str, Any] = {
        "api_key": TOKEN,
        "base_url": server.base_url,
        "clock": clock,
        "max_retries": 1,
        "timeout": 5.0,
    }
    seen = Seen()
    try:
        if mode == "sync":
            with Mixmax(**options) as client:
                seen.result = client.users.me()
        else:

            async def main() -> Any:
                async with AsyncMixmax(**options) as client:
                    return await client.users.me()

            seen.result = asyncio.run(main())
    except Exception as error:
        seen.error = error
        seen.texts += _shown(error)
    return seen


def _shown(error: BaseException) -> list[str]:
    texts = ["".join(traceback.format_exception(error))]
    for exc in _chain(error):
        texts += [str(exc), repr(exc), *map(repr, exc.args)]
        for owner in (exc, getattr(exc, "response", None)):
            request = getattr(owner, "request", None)
            with contextlib.suppress(Exception):
                texts += [str(request.headers), repr(request.headers), str(request.url)]
    return texts


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=bool(os.environ.get("CI")),  # a red build reproduces
)


# Answers that once broke the SDK; run first, every time, so they are never missed.
KNOWN_BAD = [
    Answer(200, ((b"X-RateLimit-Reset", b"1e400"),), USER),
    Answer(200, ((b"X-RateLimit-Remaining", b"0"), (b"X-RateLimit-Reset", b"inf")), USER),
    Answer(503, ((b"Retry-After", b"nan"),), b""),
    Answer(200, ((b"Content-Encoding", b"gzip"),), USER),
    Answer(200, (), b"[" * DEEP + b"]" * DEEP),
]


def _with_known_bad(test: Any) -> Any:
    for answer in KNOWN_BAD:
        for mode in ("sync", "async"):
            test = example(answer=answer, mode=mode)(test)
    return test


@pytest.mark.slow
@SETTINGS
@_with_known_bad
@given(answer=answers(), mode=st.sampled_from(["sync", "async"]))
def test_a_hostile_server_gets_only_mixmax_errors_out(server: RawServer, answer: Answer, mode: str) -> None:
    seen = _call(server, answer, mode)
    if seen.error is not None:
        assert isinstance(seen.error, MixmaxError), "".join(traceback.format_exception(seen.error))
    if answer.status >= 400:  # every attempt got this answer: no call may return a result through it
        assert isinstance(seen.error, MixmaxError) and seen.result is None, f"{answer.status} returned {seen.result!r}"
    if answer.is_good_success:
        assert seen.error is None, "a bad rate-limit header turned a success into an exception"
        assert seen.result.email == "ada@example.com"


def _token_shown(server: RawServer, answer: Answer, mode: str, caplog: Any, capsys: Any) -> list[str]:
    """Call through a hostile answer; every text a user could see that holds the token."""
    caplog.clear()
    capsys.readouterr()
    loggers = [logging.getLogger(name) for name in ("mixmax_sdk", "httpx", "httpcore")]
    with caplog.at_level(logging.DEBUG):  # the root logger: mixmax_sdk, httpx, httpcore, asyncio, all of them
        for logger in loggers:
            logger.setLevel(logging.DEBUG)
        try:
            seen = _call(server, answer, mode)
        finally:
            for logger in loggers:
                logger.setLevel(logging.NOTSET)
    out, err = capsys.readouterr()
    assert caplog.records, "the loggers were captured"
    assert TOKEN.encode() in server.requests[-1], "the token did go out, in its header"
    texts = [*seen.texts, out, err, caplog.text]
    texts += [str(r.args) for r in caplog.records] + [r.getMessage() for r in caplog.records]
    return [text for text in texts if TOKEN in text]


@pytest.mark.slow
@SETTINGS
@_with_known_bad
@given(answer=answers(), mode=st.sampled_from(["sync", "async"]))
def test_a_hostile_server_never_gets_the_token_shown(
    server: RawServer, answer: Answer, mode: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _token_shown(server, answer, mode, caplog, capsys) == []


FIXED_ANSWERS = {
    "503 html": Answer(503, ((b"Content-Type", b"text/html"),), b"<html>down</html>"),
    "429 retry-after 1": Answer(429, ((b"Retry-After", b"1"),), b'{"message": "slow down"}'),
    "400 json": Answer(400, ((b"Content-Type", b"application/json"),), b'{"message": "bad"}'),
    "200 cut on the wire": Answer(200, (), USER, declared_length=len(USER) + 10),
    "200 not json": Answer(200, (), b"not json"),
    "200 limit headers nan": Answer(200, ((b"X-RateLimit-Limit", b"nan"), (b"Retry-After", b"nan")), USER),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("answer", FIXED_ANSWERS.values(), ids=FIXED_ANSWERS.keys())
def test_failed_calls_never_show_the_token(
    server: RawServer, answer: Answer, mode: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _token_shown(server, answer, mode, caplog, capsys) == []


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(a, id=name)  # `reason`: what the SDK once did with it
        for a, name, reason in zip(
            KNOWN_BAD,
            ["200 reset 1e400", "200 remaining 0 reset inf", "503 retry-after nan", "200 gzip lie", "200 deep json"],
            [
                "X-RateLimit-Reset 1e400 raises OverflowError on a 200",
                "X-RateLimit-Reset inf raises OverflowError on a 200",
                "Retry-After nan reaches the clock as a NaN sleep",
                "a lying Content-Encoding raises httpx.DecodingError",
                "deeply nested JSON raises RecursionError",
            ],
            strict=True,
        )
    ],
)
def test_each_known_hostile_answer_gives_a_result_or_a_mixmax_error(
    server: RawServer, answer: Answer, mode: str
) -> None:
    seen = _call(server, answer, mode)
    if answer.is_good_success:
        assert seen.error is None and seen.result.email == "ada@example.com"
    else:
        assert isinstance(seen.error, MixmaxError), repr(seen.error)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "headers",
    [
        ((b"X-RateLimit-Limit", b"-5"),),
        ((b"X-RateLimit-Limit", b"0"),),
        ((b"X-RateLimit-Limit", b"nan"),),
        ((b"X-RateLimit-Remaining", b"-1"), (b"X-RateLimit-Reset", b"-100")),
        ((b"X-RateLimit-Remaining", b"0"), (b"X-RateLimit-Reset", b"soon")),
        ((b"X-RateLimit-Remaining", "é".encode()), (b"X-RateLimit-Reset", "٣".encode())),
        ((b"Retry-After", b"-3"),),
    ],
)
def test_odd_rate_limit_headers_on_a_200_still_return_the_result(server: RawServer, headers: Any, mode: str) -> None:
    seen = _call(server, Answer(200, headers, USER), mode)
    assert seen.error is None, repr(seen.error)
    assert seen.result.email == "ada@example.com"


# ----------------------------------------------------------- in-process answers: only MixmaxErrors
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
