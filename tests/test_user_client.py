"""A user's `http_client=` is never half-used: each of its settings reaches the wire under one
precedence (the SDK's explicit argument > the client's setting > the SDK's default), or is refused at
construction with a message that says what to do. Both clients, over real loopback sockets, asserting
what the origin server read (tests/loopback_http.py)."""

from __future__ import annotations

import asyncio
import base64
import inspect
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from loopback_http import Answer, Origin, running

from mixmax_sdk import APITimeoutError, AsyncMixmax, LocalRateLimit, Mixmax, MixmaxValidationError, RedirectError

TOKEN = "user-client-token-3e8a51"
MODES = ["sync", "async"]


@pytest.fixture(autouse=True)
def no_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIXMAX_BASE_URL", raising=False)


def run(mode: str, http: dict[str, Any], call: Callable[[Any], Any] | None = None, **options: Any) -> Any:
    """`call(client)` (default `users.me()`) on a client built around an httpx client made of `http`."""
    options = {"api_key": TOKEN, "rate_limit": LocalRateLimit(120, shared=False), "max_retries": 0, **options}
    call = call or (lambda client: client.users.me())
    if mode == "sync":
        with httpx.Client(**http) as client, Mixmax(http_client=client, **options) as sdk:
            return call(sdk)

    async def main() -> Any:
        async with httpx.AsyncClient(**http) as client, AsyncMixmax(http_client=client, **options) as sdk:
            result = call(sdk)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def build(mode: str, http: dict[str, Any], **options: Any) -> Any:
    """Only construct (the refusals happen here, before any request)."""
    if mode == "sync":
        return Mixmax(api_key=TOKEN, http_client=httpx.Client(**http), **options)
    return AsyncMixmax(api_key=TOKEN, http_client=httpx.AsyncClient(**http), **options)


# ------------------------------------------------------------------------------ base_url
@pytest.mark.parametrize("mode", MODES)
def test_the_clients_base_url_is_used_when_the_sdk_is_given_none(mode: str) -> None:
    with running(Origin()) as (origin,):
        used = run(mode, {"base_url": origin.base_url}, lambda sdk: sdk.base_url)
        run(mode, {"base_url": origin.base_url})
    assert used == origin.base_url
    assert [(seen.method, seen.target) for seen in origin.seen] == [("GET", "/v1/users/me")]
    assert origin.seen[0].header("X-API-Token") == [TOKEN]


@pytest.mark.parametrize("mode", MODES)
def test_the_sdks_base_url_and_mixmax_base_url_win_over_the_clients(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with running(Origin(), Origin(), Origin()) as (chosen, by_variable, theirs):
        run(mode, {"base_url": theirs.base_url}, base_url=chosen.base_url)
        monkeypatch.setenv("MIXMAX_BASE_URL", by_variable.base_url)
        run(mode, {"base_url": theirs.base_url})
    assert [seen.target for seen in chosen.seen] == ["/v1/users/me"]
    assert [seen.target for seen in by_variable.seen] == ["/v1/users/me"]
    assert theirs.seen == []


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://staging.example/v1", "Refusing plain http:// to staging.example"),
        ("http://10.1.2.3/v1", "Refusing plain http:// to 10.1.2.3"),
        ("https://api.mixmax.com/v1?team=eu", "base_url must not carry a query"),
        ("https://ada:pw@api.mixmax.com/v1", "base_url must not carry credentials"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_the_clients_base_url_is_checked_like_the_sdks(mode: str, base_url: str, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        build(mode, {"base_url": base_url})
    assert message in str(info.value)


# ------------------------------------------------------------------------------ timeout
@pytest.mark.parametrize("mode", MODES)
def test_the_clients_timeout_is_used_unless_the_sdk_is_given_one(mode: str) -> None:
    def timeouts(sdk: Any) -> Any:
        return sdk.timeout

    with running(Origin()) as (origin,):
        theirs = run(mode, {"timeout": httpx.Timeout(0.5, connect=0.25)}, timeouts, base_url=origin.base_url)
        ours = run(mode, {"timeout": 0.5}, timeouts, base_url=origin.base_url, timeout=7)
        default = run(mode, {}, timeouts, base_url=origin.base_url)
    assert theirs == httpx.Timeout(0.5, connect=0.25)
    assert ours == httpx.Timeout(7)
    assert default == httpx.Timeout(60, connect=10), "httpx's own default (5 s) is no choice of the user's"


@pytest.mark.parametrize("mode", MODES)
def test_the_clients_timeout_ends_a_call_on_the_wire(mode: str) -> None:
    hold = threading.Event()
    with running(Origin()) as (origin,):
        origin.answers.append(Answer(hold=hold))
        started = time.monotonic()
        try:
            with pytest.raises(APITimeoutError):
                run(mode, {"timeout": 0.3}, base_url=origin.base_url)
            elapsed = time.monotonic() - started
        finally:
            hold.set()
    assert 0.3 <= elapsed < 20, "the answer was held for 30 s; the SDK's 60 s would wait for all of it"
    assert len(origin.seen) == 1


# ------------------------------------------------------------------------------ params, headers, cookies, auth
@pytest.mark.parametrize("mode", MODES)
def test_the_clients_params_are_in_every_query_under_the_sdks_own(mode: str) -> None:
    http = {"params": [("team", "eu"), ("tag", "a"), ("tag", "b")]}
    with running(Origin()) as (origin,):
        run(mode, http, base_url=origin.base_url)
        run(mode, http, lambda sdk: sdk.users.me(extra_query={"team": "us"}), base_url=origin.base_url)
        run(mode, http, lambda sdk: sdk.with_options(default_query={"tag": "c"}).users.me(), base_url=origin.base_url)
    assert [seen.target for seen in origin.seen] == [
        "/v1/users/me?team=eu&tag=a&tag=b",
        "/v1/users/me?team=us&tag=a&tag=b",
        "/v1/users/me?team=eu&tag=c",
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_token_in_the_clients_params_is_refused(mode: str) -> None:
    with pytest.raises(MixmaxValidationError, match="the token goes in api_key=, never in the URL"):
        build(mode, {"params": {"apiToken": TOKEN}})


@pytest.mark.parametrize("mode", MODES)
def test_the_clients_headers_cookies_and_auth_reach_the_wire(mode: str) -> None:
    http = {
        "headers": {"X-Corp-Gateway": "eu-1", "X-Team": "theirs"},
        "cookies": {"session": "s-1"},
        "auth": ("ada", "pw"),
    }
    with running(Origin()) as (origin,):
        run(mode, http, base_url=origin.base_url, default_headers={"X-Team": "ours"})
    seen = origin.seen[0]
    assert seen.header("X-Corp-Gateway") == ["eu-1"]
    assert seen.header("X-Team") == ["ours"], "default_headers= wins over the client's headers"
    assert seen.header("Cookie") == ["session=s-1"]
    assert seen.header("Authorization") == ["Basic " + base64.b64encode(b"ada:pw").decode()]
    assert seen.header("X-API-Token") == [TOKEN]
    assert seen.header("Accept") == ["application/json"]


@pytest.mark.parametrize("mode", MODES)
def test_cookies_the_api_sets_go_in_the_clients_jar_and_come_back(mode: str) -> None:
    jar = httpx.Cookies()
    with running(Origin()) as (origin,):
        origin.answers.append(Answer(headers={"Content-Type": "application/json", "Set-Cookie": "route=r-7; Path=/"}))

        def twice(sdk: Any) -> Any:
            if mode == "sync":
                return [sdk.users.me(), sdk.users.me()]

            async def both() -> Any:
                return [await sdk.users.me(), await sdk.users.me()]

            return both()

        run(mode, {"cookies": jar}, twice, base_url=origin.base_url)
    assert [seen.header("Cookie") for seen in origin.seen] == [[], ["route=r-7"]]


@pytest.mark.parametrize("mode", MODES)
def test_the_clients_event_hooks_see_each_request(mode: str) -> None:
    urls: list[str] = []

    def sync_hook(request: httpx.Request) -> None:
        urls.append(str(request.url))

    async def async_hook(request: httpx.Request) -> None:
        urls.append(str(request.url))

    with running(Origin()) as (origin,):
        hook = sync_hook if mode == "sync" else async_hook
        run(mode, {"event_hooks": {"request": [hook]}, "params": {"team": "eu"}}, base_url=origin.base_url)
    assert urls == [f"{origin.base_url}/users/me?team=eu"]
    assert [seen.target for seen in origin.seen] == ["/v1/users/me?team=eu"]


@pytest.mark.parametrize("mode", MODES)
def test_the_clients_default_encoding_decodes_a_body_without_a_charset(mode: str) -> None:
    """httpx keeps `default_encoding` private (`_default_encoding`): this pins the name the SDK reads."""
    with running(Origin()) as (origin,):
        origin.answers.append(Answer(body="café".encode("latin-1"), headers={"Content-Type": "text/plain"}))
        raw = run(
            mode,
            {"default_encoding": "latin-1"},
            lambda sdk: sdk.with_raw_response.users.me(),
            base_url=origin.base_url,
        )
    assert raw.http_response.text == "café"


# ------------------------------------------------------------------------------ refused
@pytest.mark.parametrize(
    ("option", "value"),
    [("proxy", "http://127.0.0.1:3128"), ("trust_env", False), ("trust_env", True)],
)
@pytest.mark.parametrize("mode", MODES)
def test_the_sdks_connection_options_are_refused_with_a_client(mode: str, option: str, value: Any) -> None:
    kind = "Client" if mode == "sync" else "AsyncClient"
    with pytest.raises(MixmaxValidationError) as info:
        build(mode, {}, **{option: value})
    assert str(info.value) == (
        f"{option}= configures the SDK's own connections, and with http_client= the SDK sends through yours: "
        f"set it there (httpx.{kind}({option}=...)), not on the SDK"
    )


@pytest.mark.parametrize("cls", [Mixmax, AsyncMixmax])
def test_something_else_than_an_httpx_client_is_refused(cls: type[Any]) -> None:
    with pytest.raises(MixmaxValidationError, match=r"http_client must be an httpx\.Client .*not Session"):
        cls(api_key=TOKEN, http_client=type("Session", (), {})())


# ------------------------------------------------------------------------------ redirects
@pytest.mark.parametrize("mode", MODES)
def test_a_cross_origin_redirect_through_a_client_with_auth_that_follows_is_a_redirect_error(mode: str) -> None:
    """A client with auth is sent through by its own `send` (its auth flow may take several requests):
    it must not follow either, and the other origin receives nothing."""
    with running(Origin(), Origin()) as (home, elsewhere):
        location = elsewhere.base_url + "/users/me"
        home.answers.append(Answer(302, b"", {"Location": location}))
        with pytest.raises(RedirectError) as info:
            run(mode, {"auth": ("ada", "pw"), "follow_redirects": True}, base_url=home.base_url)
    assert info.value.location == location
    assert elsewhere.seen == [], "the other origin received a request"
    assert len(home.seen) == 1 and home.seen[0].header("Authorization")
