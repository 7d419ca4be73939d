"""The SDK sends through its retry transport directly, not through an `httpx.Client` (it is faster): what
such a client would do with a request and its response must still happen, for the SDK's own
connections and for a user's `http_client`, sync and async.

Each case runs four ways: {own transport, user's client} x {Mixmax, AsyncMixmax}. The own transport is
swapped for a `MockTransport` where the SDK builds it, so the request path under test is the real one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any
from unittest import mock

import httpx
import pytest

import mixmax_sdk
import mixmax_sdk.errors
from mixmax_sdk import APIConnectionError, AsyncMixmax, ClientClosedError, Mixmax, MixmaxError
from mixmax_sdk.testing import FakeMixmax

TOKEN = "test-token-5b2f9c1e7a"
BASE = "https://api.mixmax.com/v1"
Handler = Callable[[httpx.Request], httpx.Response]


class Setup:
    """One way of building a client around `handler`; `call(client_method)` runs a call to completion."""

    def __init__(self, is_async: bool, users_client: bool) -> None:
        self.is_async, self.users_client = is_async, users_client
        self.user_http: httpx.Client | httpx.AsyncClient | None = None

    @contextmanager
    def client(self, handler: Handler, **kwargs: Any) -> Iterator[Any]:
        transport = httpx.MockTransport(handler)
        cls = AsyncMixmax if self.is_async else Mixmax
        if self.users_client:
            http_cls = httpx.AsyncClient if self.is_async else httpx.Client
            self.user_http = http_cls(transport=transport, **kwargs.pop("http_kwargs", {}))
            yield cls(api_key=TOKEN, base_url=BASE, rate_limit=None, http_client=self.user_http, **kwargs)
            return
        name = "AsyncHTTPTransport" if self.is_async else "HTTPTransport"
        with mock.patch.object(httpx, name, lambda *args, **kw: transport):
            client = cls(api_key=TOKEN, base_url=BASE, rate_limit=None, **kwargs)
        yield client

    def call(self, make: Callable[[], Any]) -> Any:
        if not self.is_async:
            return make()

        async def run() -> Any:
            return await make()

        return asyncio.run(run())


@pytest.fixture(
    params=[(False, False), (False, True), (True, False), (True, True)],
    ids=["sync-own", "sync-users-client", "async-own", "async-users-client"],
)
def setup(request: pytest.FixtureRequest) -> Setup:
    return Setup(*request.param)


def user_json(request: httpx.Request, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, json={"_id": "u1", "email": "ada@example.com"}, headers=headers)


def test_the_request_carries_what_an_httpx_client_would_send(setup: Setup) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return user_json(request)

    with setup.client(handler) as client:
        assert setup.call(client.users.me).id == "u1"
    (request,) = sent
    defaults = httpx.Client().headers  # what httpx sends unless told otherwise
    assert request.method == "GET" and str(request.url) == f"{BASE}/users/me"
    assert sorted(request.headers.keys()) == [
        "accept",
        "accept-encoding",
        "connection",
        "host",
        "user-agent",
        "x-api-token",
    ]
    assert request.headers["accept-encoding"] == defaults["accept-encoding"]
    assert request.headers["connection"] == "keep-alive" and request.headers["host"] == "api.mixmax.com"
    assert request.headers["accept"] == "application/json" and request.headers["x-api-token"] == TOKEN
    assert request.headers["user-agent"].startswith("mixmax-sdk-python/")
    assert request.extensions["timeout"] == httpx.Timeout(60.0, connect=10.0).as_dict()
    assert request.content == b""


def test_a_users_client_default_headers_are_kept_and_the_sdks_win() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return user_json(request)

    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        headers={"X-Gateway": "g1", "Accept": "text/html", "X-API-Token": "someone-elses"},
    )
    Mixmax(api_key=TOKEN, base_url=BASE, http_client=http, rate_limit=None).users.me()
    headers = sent[0].headers
    assert (headers["x-gateway"], headers["accept"], headers["x-api-token"]) == ("g1", "application/json", TOKEN)
    assert headers.get_list("x-api-token") == [TOKEN]


def test_a_cookie_set_by_a_response_is_kept_in_the_clients_jar_and_sent_back(setup: Setup) -> None:
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return user_json(request, headers={"Set-Cookie": "lb=node-7; Path=/; Secure"})

    with setup.client(handler) as client:
        setup.call(client.users.me)
        setup.call(client.users.me)
        jar = setup.user_http.cookies if setup.user_http is not None else client._runner.pool.cookies
        derived = client.with_options(timeout=5)  # shares the pool, so the jar
        setup.call(derived.users.me)
    assert sent == [None, "lb=node-7", "lb=node-7"]
    assert dict(jar) == {"lb": "node-7"}, "a user's client keeps the cookie in its own jar"


def test_the_response_has_its_request_elapsed_time_and_the_users_encoding(setup: Setup) -> None:
    body = '{"_id": "u1", "email": "ad\u00e9@example.com"}'.encode("latin-1")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    kwargs: dict[str, Any] = {"http_kwargs": {"default_encoding": "latin-1"}} if setup.users_client else {}
    with setup.client(handler, **kwargs) as client:
        raw = setup.call(client.with_raw_response.users.me).http_response
    assert raw.request.method == "GET" and str(raw.request.url) == f"{BASE}/users/me"
    assert isinstance(raw.elapsed, timedelta) and raw.elapsed >= timedelta(0)
    if setup.users_client:
        assert raw.encoding == "latin-1" and "ad\u00e9@" in raw.text
    else:
        assert raw.encoding == "utf-8"


def test_httpx_still_logs_each_request_at_info(setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    with setup.client(user_json) as client, caplog.at_level(logging.INFO, logger="httpx"):
        setup.call(client.users.me)
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: GET {BASE}/users/me "HTTP/1.1 200 OK"']
    assert TOKEN not in caplog.text


def test_a_transport_error_keeps_its_request_for_whoever_reads_the_cause(setup: Setup) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with setup.client(handler, max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        setup.call(client.users.me)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert str(cause.request.url) == f"{BASE}/users/me"


def test_a_closed_client_refuses_before_sending(setup: Setup) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return user_json(request)

    with setup.client(handler) as client:
        derived = client.with_options(max_retries=1)
        setup.call(client.close)
        for call in (client.users.me, derived.users.me, client.with_raw_response.users.me):  # all share the pool
            with pytest.raises(ClientClosedError, match=r"^Cannot send a request, as the client has been closed\.$"):
                setup.call(call)
        try:
            setup.call(lambda: client.sequences.get("s1"))
        except RuntimeError as caught:  # what code written before ClientClosedError catches
            assert type(caught) is ClientClosedError and isinstance(caught, MixmaxError)
        else:
            pytest.fail("a closed client sent a request")
    assert sent == []
    if setup.user_http is not None:
        assert not setup.user_http.is_closed, "closing the SDK client leaves the user's client open"


def test_a_closed_users_client_refuses_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return user_json(request)

    message = r"^Cannot send a request, as the client has been closed \(the http_client given to the SDK\)\.$"
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Mixmax(api_key=TOKEN, base_url=BASE, rate_limit=None, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match=message):
        client.users.me()

    async def run_async() -> None:
        ahttp = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        aclient = AsyncMixmax(api_key=TOKEN, base_url=BASE, rate_limit=None, http_client=ahttp)
        await ahttp.aclose()
        with pytest.raises(ClientClosedError, match=message):
            await aclient.users.me()

    asyncio.run(run_async())
    assert sent == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_closed_client_sends_nothing_over_loopback(kind: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    with fake.serve() as server:
        options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, "max_retries": 0}
        if kind == "sync":
            client = Mixmax(**options)
            assert client.users.me().email
            client.close()
            with pytest.raises(ClientClosedError):
                client.sequences.list().first_page()
        else:

            async def main() -> None:
                aclient = AsyncMixmax(**options)
                assert (await aclient.users.me()).email
                await aclient.aclose()
                with pytest.raises(ClientClosedError):
                    await aclient.sequences.list().first_page()

            asyncio.run(main())
    assert [(s.method, s.path) for s in fake.served] == [("GET", "/users/me")], "only the call before close"


def test_client_closed_error_is_public() -> None:
    assert mixmax_sdk.ClientClosedError is mixmax_sdk.errors.ClientClosedError is ClientClosedError
    assert issubclass(ClientClosedError, RuntimeError) and issubclass(ClientClosedError, MixmaxError)
    assert "ClientClosedError" in mixmax_sdk.__all__ and "ClientClosedError" in mixmax_sdk.errors.__all__


def test_query_parameters_merge_into_a_path_that_brings_its_own(setup: Setup) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    with setup.client(handler) as client:
        setup.call(lambda: client.request("GET", "/sequences?name=a b", params={"limit": 2, "expand": ["x", "y"]}))
        setup.call(lambda: client.request("GET", "/sequences", params={"name": "a/b?c"}))
    expected = [
        f"{BASE}/sequences?name=a+b&limit=2&expand=x&expand=y",
        f"{BASE}/sequences?name=a%2Fb%3Fc",
    ]
    assert [str(r.url) for r in sent] == expected
    # httpx itself encodes the parameters the same way (but would drop a query the path brings).
    assert expected[1] == str(httpx.Client().build_request("GET", f"{BASE}/sequences", params={"name": "a/b?c"}).url)
