"""Proxies: the environment's HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY are honoured as httpx
honours them, `proxy=` wins over them, `trust_env=False` ignores them, and retries, the rate limiter
and the whole-answer deadline hold through a proxy.

Every case runs for `Mixmax` and `AsyncMixmax` over real loopback sockets: an origin server and a
forwarding proxy that moves the bytes itself (tests/loopback_http.py), both counting what they saw.
An https origin uses a certificate of a CA made here (trustme), trusted through `SSL_CERT_FILE`.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from loopback_http import Answer, ForwardProxy, Origin, running, tls_server_context

from mixmax_sdk import APIConnectionError, APITimeoutError, AsyncMixmax, LocalRateLimit, Mixmax, MixmaxValidationError
from mixmax_sdk._proxy import environment_proxies
from mixmax_sdk.testing import FastForwardClock

TOKEN = "proxy-test-token-61c0d2"
MODES = ["sync", "async"]
VARIABLES = [f"{scheme}_proxy" for scheme in ("http", "https", "all", "no")]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment, with no proxy variable set whatever the machine has (conftest clears them)."""
    assert not [name for name in os.environ if name.lower() in VARIABLES]
    return monkeypatch


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusted(ca: trustme.CA, env: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[trustme.CA]:
    """`ca` trusted the way httpx trusts a CA from the environment: SSL_CERT_FILE."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    env.setenv("SSL_CERT_FILE", str(path))
    yield ca


def me(mode: str, calls: int = 1, **options: Any) -> tuple[list[Any], Any]:
    """`users.me()` `calls` times through a new client; the results and the limiter's state."""
    options = {"api_key": TOKEN, "rate_limit": LocalRateLimit(120, shared=False), **options}
    if mode == "sync":
        with Mixmax(**options) as client:
            return [client.users.me() for _ in range(calls)], client.rate_limit_state

    async def main() -> tuple[list[Any], Any]:
        async with AsyncMixmax(**options) as client:
            return [await client.users.me() for _ in range(calls)], client.rate_limit_state

    return asyncio.run(main())


def served(origin: Origin) -> list[tuple[str, str]]:
    return [(seen.method, seen.target) for seen in origin.seen]


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
@pytest.mark.parametrize("mode", MODES)
def test_an_http_base_url_is_forwarded_through_the_environments_proxy(
    env: pytest.MonkeyPatch, mode: str, variable: str
) -> None:
    with running(Origin(), ForwardProxy()) as (origin, proxy):
        env.setenv(variable, proxy.url)
        users, state = me(mode, calls=2, base_url=origin.base_url)
    assert [user.email for user in users] == ["ada@example.com"] * 2
    assert proxy.lines == [f"GET {origin.base_url}/users/me"] * 2
    assert served(origin) == [("GET", "/v1/users/me")] * 2
    assert [seen.header("X-API-Token") for seen in origin.seen] == [[TOKEN]] * 2
    assert state.in_window == 2, "the rate limiter counts the requests sent through the proxy"


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
@pytest.mark.parametrize("mode", MODES)
def test_an_https_base_url_is_tunnelled_and_the_proxy_never_sees_the_token(
    trusted: trustme.CA, env: pytest.MonkeyPatch, mode: str, variable: str
) -> None:
    with running(Origin(tls=tls_server_context(trusted)), ForwardProxy()) as (origin, proxy):
        env.setenv(variable, proxy.url)
        users, _ = me(mode, calls=2, base_url=origin.base_url)
    assert [user.email for user in users] == ["ada@example.com"] * 2
    assert proxy.lines == [f"CONNECT 127.0.0.1:{origin.port}"], "one tunnel, both requests inside it"
    assert not [value for seen in proxy.seen for _, value in seen.headers if TOKEN in value]
    assert proxy.tunnelled and TOKEN.encode() not in proxy.tunnelled, "inside the tunnel only TLS records pass"
    assert served(origin) == [("GET", "/v1/users/me")] * 2
    assert [seen.header("X-API-Token") for seen in origin.seen] == [[TOKEN]] * 2


@pytest.mark.parametrize(
    ("variable", "value", "host"),
    [
        ("NO_PROXY", "127.0.0.1", "127.0.0.1"),
        ("no_proxy", "example.com, 127.0.0.1", "127.0.0.1"),
        ("NO_PROXY", "localhost", "localhost"),
        ("no_proxy", "*", "127.0.0.1"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_no_proxy_bypasses_the_proxy(env: pytest.MonkeyPatch, mode: str, variable: str, value: str, host: str) -> None:
    with running(Origin(), ForwardProxy()) as (origin, proxy):
        env.setenv("HTTP_PROXY", proxy.url)
        env.setenv(variable, value)
        me(mode, base_url=f"http://{host}:{origin.port}/v1")
    assert proxy.lines == []
    assert served(origin) == [("GET", "/v1/users/me")]


@pytest.mark.parametrize("kind", ["url", "httpx.Proxy"])
@pytest.mark.parametrize("mode", MODES)
def test_the_proxy_option_wins_over_the_environment(env: pytest.MonkeyPatch, mode: str, kind: str) -> None:
    with running(Origin(), ForwardProxy(), ForwardProxy()) as (origin, chosen, decoy):
        env.setenv("HTTP_PROXY", decoy.url)
        env.setenv("NO_PROXY", "127.0.0.1")  # ignored too: proxy= is for every URL, as in httpx
        me(mode, base_url=origin.base_url, proxy=chosen.url if kind == "url" else httpx.Proxy(chosen.url))
    assert chosen.lines == [f"GET {origin.base_url}/users/me"]
    assert decoy.lines == []
    assert served(origin) == [("GET", "/v1/users/me")]


@pytest.mark.parametrize("mode", MODES)
def test_trust_env_false_ignores_the_environments_proxies(env: pytest.MonkeyPatch, mode: str) -> None:
    with running(Origin(), ForwardProxy()) as (origin, proxy):
        env.setenv("HTTP_PROXY", proxy.url)
        env.setenv("ALL_PROXY", proxy.url)
        me(mode, base_url=origin.base_url, trust_env=False)
    assert proxy.lines == []
    assert served(origin) == [("GET", "/v1/users/me")]


@pytest.mark.parametrize("mode", MODES)
def test_trust_env_false_ignores_the_environments_ca_file_too(trusted: trustme.CA, mode: str) -> None:
    with running(Origin(tls=tls_server_context(trusted))) as (origin,):
        me(mode, base_url=origin.base_url)  # SSL_CERT_FILE trusted
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            me(mode, base_url=origin.base_url, trust_env=False, max_retries=0)
    assert served(origin) == [("GET", "/v1/users/me")]


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_a_503_goes_through_the_proxy_again(env: pytest.MonkeyPatch, mode: str) -> None:
    with running(Origin(), ForwardProxy()) as (origin, proxy):
        origin.answers.append(Answer(503, b'{"message": "busy"}'))
        env.setenv("HTTP_PROXY", proxy.url)
        users, state = me(mode, base_url=origin.base_url, clock=FastForwardClock(scale=0.0))
    assert users[0].email == "ada@example.com"
    assert proxy.lines == [f"GET {origin.base_url}/users/me"] * 2
    assert served(origin) == [("GET", "/v1/users/me")] * 2
    assert state.in_window == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_a_503_tunnels_through_the_proxy_again(trusted: trustme.CA, mode: str) -> None:
    with running(Origin(tls=tls_server_context(trusted)), ForwardProxy()) as (origin, proxy):
        origin.answers.append(Answer(503, b'{"message": "busy"}', close=True))  # the retry must reconnect
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("HTTPS_PROXY", proxy.url)
            users, _ = me(mode, base_url=origin.base_url, clock=FastForwardClock(scale=0.0))
    assert users[0].email == "ada@example.com"
    assert proxy.lines == [f"CONNECT 127.0.0.1:{origin.port}"] * 2
    assert served(origin) == [("GET", "/v1/users/me")] * 2


@pytest.mark.parametrize("mode", MODES)
def test_the_whole_answer_deadline_holds_through_a_tunnel(
    trusted: trustme.CA, env: pytest.MonkeyPatch, mode: str
) -> None:
    """The origin trickles its whole answer, status line first, a byte every 0.1 s: every read is
    within the 0.5 s timeout, so only the deadline on the proxy's connections ends the attempt."""
    with running(Origin(tls=tls_server_context(trusted)), ForwardProxy()) as (origin, proxy):
        origin.answers.append(Answer(trickle=0.1))
        env.setenv("HTTPS_PROXY", proxy.url)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            me(mode, base_url=origin.base_url, timeout=0.5, max_retries=0)
        elapsed = time.monotonic() - started
    assert proxy.lines == [f"CONNECT 127.0.0.1:{origin.port}"]
    assert 0.5 <= elapsed < 6, f"{elapsed:.1f}s: the answer alone trickles for over 10 s"


@pytest.mark.parametrize("mode", MODES)
def test_a_users_client_sends_through_its_own_proxy_settings(env: pytest.MonkeyPatch, mode: str) -> None:
    """With http_client= the proxies are the client's: its proxy=, or the environment it trusts."""
    with running(Origin(), ForwardProxy(), ForwardProxy()) as (origin, theirs, environments):
        env.setenv("HTTP_PROXY", environments.url)
        make = httpx.Client if mode == "sync" else httpx.AsyncClient
        for http in (make(proxy=theirs.url), make(), make(trust_env=False)):
            me(mode, base_url=origin.base_url, http_client=http)
    assert theirs.lines == [f"GET {origin.base_url}/users/me"]
    assert environments.lines == [f"GET {origin.base_url}/users/me"]
    assert served(origin) == [("GET", "/v1/users/me")] * 3


# ------------------------------------------------------------------------------ refused at construction
@pytest.mark.parametrize(
    ("proxy", "message"),
    [
        ("ftp://ada:s3cret-pw@proxy.example", "proxy must be an http://, https://, socks5:// or socks5h:// URL"),
        ("proxy.example:3128", "proxy must be an http://, https://, socks5:// or socks5h:// URL"),
        ("http://", "proxy must be an http://, https://, socks5:// or socks5h:// URL"),
        (3128, "proxy must be a URL string or an httpx.Proxy, not int"),
    ],
)
@pytest.mark.parametrize("cls", [Mixmax, AsyncMixmax])
def test_an_unusable_proxy_is_refused_at_construction(
    env: pytest.MonkeyPatch, cls: type[Any], proxy: Any, message: str
) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        cls(api_key=TOKEN, proxy=proxy)
    assert message in str(info.value)
    assert "s3cret-pw" not in str(info.value)


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "http_proxy", "ALL_PROXY"])
@pytest.mark.parametrize("cls", [Mixmax, AsyncMixmax])
def test_an_unusable_proxy_in_the_environment_is_refused_at_construction(
    env: pytest.MonkeyPatch, cls: type[Any], variable: str
) -> None:
    env.setenv(variable, "ftp://ada:s3cret-pw@proxy.example")
    with pytest.raises(MixmaxValidationError) as info:
        cls(api_key=TOKEN)
    assert f"The {variable.upper()} environment variable is not a usable proxy URL" in str(info.value)
    assert "pass trust_env=False to ignore the environment" in str(info.value)
    assert "s3cret-pw" not in str(info.value)
    cls(api_key=TOKEN, trust_env=False)  # what the message says works


@pytest.mark.parametrize("trust_env", ["no", 0, None])
def test_trust_env_must_be_a_bool(trust_env: Any) -> None:
    with pytest.raises(MixmaxValidationError, match="trust_env must be True or False"):
        Mixmax(api_key=TOKEN, trust_env=trust_env)


# ------------------------------------------------------------------------------ httpx's reading, pinned
ENVIRONMENTS = [
    {},
    {"HTTP_PROXY": "http://proxy.example:3128"},
    {"https_proxy": "proxy.example:3129"},
    {"ALL_PROXY": "socks5://proxy.example:1080", "all_proxy": "http://lower.example:1"},
    {
        "HTTPS_PROXY": "http://proxy.example:3128",
        "NO_PROXY": "example.com, .internal.example,127.0.0.1,::1,LOCALHOST,192.168.0.0/16,http://svc:8080,,",
    },
    {"HTTPS_PROXY": "http://proxy.example:3128", "no_proxy": "a.example,*"},
    {"no_proxy": "a.example"},
]


@pytest.mark.parametrize("variables", ENVIRONMENTS)
def test_the_environment_is_read_exactly_as_httpx_reads_it(env: pytest.MonkeyPatch, variables: dict[str, str]) -> None:
    """The SDK turns the environment into mounts itself (httpx's function is private): the same."""
    from httpx._utils import get_environment_proxies

    for name, value in variables.items():
        env.setenv(name, value)
    assert environment_proxies() == get_environment_proxies()


@pytest.mark.parametrize("mode", MODES)
def test_closing_the_client_closes_its_proxy_connections(env: pytest.MonkeyPatch, mode: str) -> None:
    """Through a proxy the SDK's connections sit in a routing client of its own: closed with the SDK's."""
    with running(Origin(), ForwardProxy()) as (origin, proxy):
        if mode == "sync":
            with Mixmax(api_key=TOKEN, base_url=origin.base_url, proxy=proxy.url) as client:
                client.users.me()
        else:

            async def main() -> AsyncMixmax:
                async with AsyncMixmax(api_key=TOKEN, base_url=origin.base_url, proxy=proxy.url) as aclient:
                    await aclient.users.me()
                return aclient

            client = asyncio.run(main())
    routes = client._runner.pool.transport.inner
    assert isinstance(routes, httpx.Client | httpx.AsyncClient) and routes.is_closed
    assert proxy.lines == [f"GET {origin.base_url}/users/me"]
