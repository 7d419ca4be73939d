"""The client: construction, configuration, errors by status, the escape hatch, secret hygiene."""

from __future__ import annotations

import pickle

import httpx
import pytest
from conftest import TEST_TOKEN, Driver, Wire
from mixmax_openapi.types import UNSET

import mixmax_sdk
from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncMixmax,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Mixmax,
    MixmaxError,
    MixmaxValidationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from mixmax_sdk._constants import DEFAULT_TIMEOUT
from mixmax_sdk.testing import FakeClock


def test_users_me(d: Driver, wire: Wire, cassette) -> None:
    with cassette("users/me"):
        me = d(d.client.users.me())
    assert wire.lines == [("GET", "/users/me", {})]
    assert (me.id, me.email, me.name, me.timezone) == (
        "kZYPwDDiGPTfQDj5n",
        "ada@example.com",
        "Ada Lovelace",
        "Europe/London",
    )


EXPECTED = [
    (400, BadRequestError, "limit must be a number"),
    (401, AuthenticationError, "No API token provided"),
    (403, PermissionDeniedError, "mixmaxApi feature"),
    (404, NotFoundError, "Not found. Looking for an API"),
    (409, ConflictError, "Conflict"),
    (422, UnprocessableEntityError, "Unprocessable"),
    (429, RateLimitError, "Rate limit exceeded"),
    (500, InternalServerError, "Something went wrong"),
    (502, InternalServerError, "Bad Gateway"),  # HTML body: the reason phrase stands in for `message`
    (503, InternalServerError, "Service Unavailable"),
]


def test_every_error_status_raises_its_class(d: Driver, cassette) -> None:
    with cassette("errors/status_codes"):
        for status, cls, message in EXPECTED:
            with pytest.raises(cls) as info:
                d(d.client.users.me())
            error = info.value
            assert type(error) is cls
            assert isinstance(error, APIStatusError) and isinstance(error, MixmaxError)
            assert error.status_code == status == error.response.status_code
            assert message in error.message and message in str(error)
            assert str(error) == f"{status} GET /v1/users/me: {error.message}"
            if status == 429:
                assert error.retry_after == 7.0
            if status == 502:
                assert error.body.startswith("<html>")
            if status < 500:
                assert isinstance(error.body, dict) and message in error.body["message"]
            assert TEST_TOKEN not in repr(error) + str(error) + str(error.request.headers)
            assert error.request.headers["X-API-Token"] == "[redacted]"


def test_bad_success_bodies_raise_response_validation_errors(d: Driver, cassette) -> None:
    with cassette("client/bad_success_bodies"):
        for fragment in ("Expected a JSON body", "Expected a JSON body", "Expected a JSON object, got array"):
            with pytest.raises(APIResponseValidationError) as info:
                d(d.client.users.me())
            assert fragment in str(info.value)
            assert info.value.status_code == 200
        # A missing required field inside the object no longer loses the response: it is UNSET.
        user = d(d.client.users.me())
    assert user.email == "no-id@example.com"
    assert user.id is UNSET


def test_request_escape_hatch_uses_the_same_auth_and_errors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("client/request_escape_hatch"):
        rows = d(d.client.request("get", "/insightsreports/abc/results", params={"range": "last7"}))
        created = d(d.client.request("POST", "/livefeed/searches", json={"name": "Replies", "query": "is:replied"}))
        with pytest.raises(NotFoundError):
            d(d.client.request("GET", "/nope"))
    assert rows == {"rows": [{"sent": 10}]}
    assert created is None
    assert [r.headers["X-API-Token"] for r in wire.requests] == [TEST_TOKEN] * 3
    assert wire.requests[1].json == {"name": "Replies", "query": "is:replied"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("TRACE", "/users/me"), "method must be one of"),
        (("GET", "users/me"), "must be relative to the base URL"),
        (("GET", "https://evil.example.com/x"), "must be relative"),
    ],
)
def test_request_escape_hatch_validates(d: Driver, wire: Wire, args, message: str) -> None:
    with pytest.raises(MixmaxValidationError, match=message):
        d.client.request(*args)
    with pytest.raises(MixmaxValidationError, match="not JSON-serialisable"):
        d.client.request("POST", "/x", json={"bad": float("nan")})
    assert wire.requests == []


def test_missing_api_key_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIXMAX_API_KEY", raising=False)
    for cls in (Mixmax, AsyncMixmax):
        with pytest.raises(MixmaxValidationError, match="MIXMAX_API_KEY"):
            cls()
        with pytest.raises(MixmaxValidationError, match="MIXMAX_API_KEY"):
            cls(api_key="  ")


def test_api_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIXMAX_API_KEY", TEST_TOKEN)
    monkeypatch.setenv("MIXMAX_BASE_URL", "http://127.0.0.1:8080/v1/")
    with Mixmax() as client:
        assert client.base_url == "http://127.0.0.1:8080/v1"
        assert client._runner.options.api_key == TEST_TOKEN


def test_token_never_in_repr_str_or_pickle_friendly_views() -> None:
    client = Mixmax(api_key=TEST_TOKEN)
    views = [
        repr(client),
        str(client),
        repr(client._runner.options),
        repr(client.sequences),
        repr(client.sequences.sequence("s1")),
        repr(client.with_options(timeout=3)),
    ]
    for view in views:
        assert TEST_TOKEN not in view
    assert repr(client) == "Mixmax(base_url='https://api.mixmax.com/v1', api_key='***')"
    client.close()
    with pytest.raises(TypeError):
        pickle.dumps(client)  # holds a connection pool; not meant to be serialised (and so never leaks)


def test_default_timeout_is_real_and_overridable() -> None:
    client = Mixmax(api_key=TEST_TOKEN)
    assert client.timeout == DEFAULT_TIMEOUT and DEFAULT_TIMEOUT.read == 60.0 and DEFAULT_TIMEOUT.connect == 10.0
    assert client.max_retries == 2
    fast = client.with_options(timeout=5, max_retries=0)
    assert fast.timeout == httpx.Timeout(5.0) and fast.max_retries == 0
    assert fast._runner.pool is client._runner.pool, "with_options shares the connection pool"
    assert client.timeout == DEFAULT_TIMEOUT, "the original is unchanged"
    assert Mixmax(api_key=TEST_TOKEN, timeout=None).timeout == httpx.Timeout(None)
    fast.close()
    assert not client._runner.pool.closed, "a derived client does not close the shared pool"
    client.close()
    assert client._runner.pool.closed


def test_the_timeout_reaches_the_wire() -> None:
    """Not only the option: what each request carries to the transport (what httpx enforces)."""
    sent: list[dict[str, float | None]] = []

    def api(request: httpx.Request) -> httpx.Response:
        sent.append(request.extensions["timeout"])
        return httpx.Response(200, json={"_id": "u1"})

    with Mixmax(api_key=TEST_TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(api))) as client:
        client.users.me()
        client.with_options(timeout=5).users.me()
        client.with_options(timeout=httpx.Timeout(3.0, connect=1.0)).users.me()
    assert sent == [
        {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": -1}, "timeout must be a finite positive number"),
        ({"timeout": "fast"}, "timeout must be a finite positive number"),
        ({"max_retries": -1}, "max_retries must be an int from 0 to 100"),
        ({"max_retries": True}, "max_retries must be an int from 0 to 100"),
        ({"base_url": "ftp://api.mixmax.com"}, "base_url must be an http(s) URL"),
        ({"base_url": "https://api.mixmax.com/v1?apiToken=x"}, "must not carry a query"),
        ({"base_url": "http://api.mixmax.com/v1"}, "Refusing plain http://"),
        ({"http_client": httpx.AsyncClient()}, "needs an httpx.Client"),
    ],
)
def test_bad_configuration_is_refused_at_construction(kwargs: dict, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        Mixmax(api_key=TEST_TOKEN, **kwargs)
    assert message in str(info.value)


def test_insecure_http_allowed_for_loopback_or_on_request() -> None:
    for url in ("http://localhost:8080/v1", "http://127.0.0.1:9/v1", "http://[::1]:9/v1"):
        Mixmax(api_key=TEST_TOKEN, base_url=url).close()
    Mixmax(api_key=TEST_TOKEN, base_url="http://mixmax.internal/v1", allow_insecure_http=True).close()
    with pytest.raises(MixmaxValidationError, match=r"needs an httpx\.AsyncClient"):
        AsyncMixmax(api_key=TEST_TOKEN, http_client=httpx.Client())


PRIVATE_HTTP = ["http://10.1.2.3/v1", "http://192.168.1.5/v1", "http://172.16.0.1", "http://[fd00::1]:8080/v1"]


@pytest.mark.parametrize("url", PRIVATE_HTTP)
@pytest.mark.parametrize("cls", [Mixmax, AsyncMixmax])
def test_plain_http_is_for_loopback_only_not_for_private_addresses(cls: type, url: str) -> None:
    """A private network is not this machine: the token would cross it unencrypted. Construction
    only: nothing is ever sent to these addresses."""
    host = httpx.URL(url).host
    with pytest.raises(MixmaxValidationError) as info:
        cls(api_key=TEST_TOKEN, base_url=url)
    assert str(info.value).startswith(f"Refusing plain http:// to {host}: the API token would travel unencrypted.")
    assert cls(api_key=TEST_TOKEN, base_url=url, allow_insecure_http=True).base_url == url.rstrip("/")
    for loopback in ("http://127.0.0.1:8080/v1", "http://[::1]:8080/v1", "http://localhost/v1"):
        assert cls(api_key=TEST_TOKEN, base_url=loopback).base_url == loopback


def test_transport_failures_become_typed_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    for handler, cls in ((refuse, APIConnectionError), (stall, APITimeoutError)):
        clock = FakeClock()  # the two back-offs before giving up pass at once
        http = httpx.Client(transport=httpx.MockTransport(handler))
        client = Mixmax(api_key=TEST_TOKEN, http_client=http, clock=clock)
        with pytest.raises(cls) as info:
            client.users.me()
        assert "GET /v1/users/me" in str(info.value)
        assert TEST_TOKEN not in str(info.value) + repr(info.value)
        assert info.value.request.headers["X-API-Token"] == "[redacted]"
        assert len(clock.sleeps) == 2, "retried twice, then raised"


def test_context_managers_close_the_pool() -> None:
    import asyncio

    with Mixmax(api_key=TEST_TOKEN) as client:
        pass
    assert client._runner.pool.closed

    async def use() -> AsyncMixmax:
        async with AsyncMixmax(api_key=TEST_TOKEN) as aclient:
            pass
        return aclient

    assert asyncio.run(use())._runner.pool.closed


def test_a_passed_http_client_is_not_closed() -> None:
    http = httpx.Client()
    with Mixmax(api_key=TEST_TOKEN, http_client=http):
        pass
    assert not http.is_closed
    http.close()


def test_public_names() -> None:
    assert mixmax_sdk.__version__ == "0.2.0"
    for name in mixmax_sdk.__all__:
        assert getattr(mixmax_sdk, name, None) is not None, name  # (UNSET is falsy, so not `assert getattr`)
    # every exception class is a top-level name too, and each one comes from `mixmax_sdk.errors`
    assert {n for n in mixmax_sdk.__all__ if n.endswith("Error")} == set(mixmax_sdk.errors.__all__)
    assert issubclass(MixmaxValidationError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
