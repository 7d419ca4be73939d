"""Where the API token goes: only to the base URL's origin, in its header. A redirect is never
followed (whatever `http_client` the user passes) and becomes a typed error naming the `Location`
without the token; the token is refused in a URL and blanked in log lines. Both clients.

Two real servers on two loopback addresses: the fake Mixmax on 127.0.0.1 answers 302/307 pointing
at a second fake on 127.0.0.2, which must receive nothing at all."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import ME, TEST_TOKEN

from mixmax_sdk import (
    APIError,
    APIStatusError,
    AsyncMixmax,
    Mixmax,
    MixmaxError,
    MixmaxValidationError,
    RedirectError,
)
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock, RealClock

# ------------------------------------------------------------ the token's origin: two real servers
TOKEN = "origin-test-token-9d41c7"


@pytest.fixture
def servers() -> Iterator[tuple[FakeServer, FakeServer]]:
    home, elsewhere = FakeMixmax(clock=RealClock()), FakeMixmax(clock=RealClock())
    home.add_user("ada@example.com", "Ada", token=TOKEN)
    elsewhere.add_user("eve@example.com", "Eve", token=TOKEN)  # would answer, were the token to arrive
    with home.serve("127.0.0.1") as first, elsewhere.serve("127.0.0.2") as second:
        yield first, second


def _call(mode: str, base_url: str, follow: bool | None) -> Any:
    """users.me() through a client that may be handed an httpx client following redirects."""
    options: dict[str, Any] = {"api_key": TOKEN, "base_url": base_url, "clock": FastForwardClock(scale=0.0)}
    if mode == "sync":
        http = httpx.Client(follow_redirects=True) if follow else None
        try:
            with Mixmax(http_client=http, **options) as client:
                return client.users.me()
        finally:
            if http is not None:
                http.close()

    async def main() -> Any:
        ahttp = httpx.AsyncClient(follow_redirects=True) if follow else None
        try:
            async with AsyncMixmax(http_client=ahttp, **options) as client:
                return await client.users.me()
        finally:
            if ahttp is not None:
                await ahttp.aclose()

    return asyncio.run(main())


CASES = [(status, mode, follow) for status in (302, 307) for mode in ("sync", "async") for follow in (False, True)]


IDS = [f"{s}-{m}-{'user client following redirects' if f else 'sdk client'}" for s, m, f in CASES]


def _redirect(first: FakeServer, second: FakeServer, status: int) -> str:
    location = second.base_url + "/users/me"
    first.fake.faults.add(
        kind="status", status=status, headers={"Location": location}, body={"message": "Moved"}, times=5
    )
    return location


def _raised(mode: str, first: FakeServer, follow: bool) -> BaseException:
    try:
        result = _call(mode, first.base_url, follow)
    except Exception as error:
        return error
    raise AssertionError(f"a redirect was answered with a result: {result!r}")


@pytest.mark.parametrize(
    ("status", "mode", "follow"),
    [pytest.param(*case, id=name) for case, name in zip(CASES, IDS, strict=True)],
)
def test_a_cross_origin_redirect_never_carries_the_token(
    servers: tuple[FakeServer, FakeServer], status: int, mode: str, follow: bool
) -> None:
    first, second = servers
    _redirect(first, second, status)
    error = _raised(mode, first, follow)
    assert second.fake.served == [], "the second host received a request"
    assert isinstance(error, MixmaxError), repr(error)
    assert len(first.fake.served) == 1, "a redirect is answered once, not retried"


@pytest.mark.parametrize(("status", "mode", "follow"), CASES, ids=IDS)
def test_a_redirect_is_a_typed_error_naming_the_location_without_the_token(
    servers: tuple[FakeServer, FakeServer], status: int, mode: str, follow: bool
) -> None:
    first, second = servers
    location = _redirect(first, second, status)
    error = _raised(mode, first, follow)
    assert isinstance(error, APIError), repr(error)
    assert location in str(error)
    shown = [str(error), repr(error), *map(str, error.args)]
    if error.request is not None:
        shown += [str(error.request.headers), repr(error.request.url)]
    assert not [text for text in shown if TOKEN in text]
    assert second.fake.served == []


# --------------------------------------------------------------------------------------- redirects
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


def test_token_never_goes_in_the_url() -> None:
    client = Mixmax(api_key="secret-token-123")
    with pytest.raises(MixmaxValidationError, match="never in the URL"):
        client.request("GET", "/users/me", params={"apiToken": "secret-token-123"})
    with pytest.raises(MixmaxValidationError, match="api_key="):
        Mixmax(api_key="t0k3n", default_headers={"X-API-Token": "t0k3n"})
    client.close()


# ---------------------------------------------------------------------- the token in URLs and logs
def test_debug_log_has_method_path_status_attempt_and_no_token(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeMixmax()
    fake.faults.add(kind="status", status=503, path="/users/me")
    with caplog.at_level("DEBUG", logger="mixmax_sdk"):
        fake.client().users.me()
        import logging

        logging.getLogger("mixmax_sdk").warning("oops %s", fake.demo_token)
    text = caplog.text
    assert "GET /v1/users/me -> 503 (attempt 1," in text and "retrying in" in text
    assert "GET /v1/users/me -> 200 (attempt 2," in text
    assert fake.demo_token not in text and "[redacted]" in text
