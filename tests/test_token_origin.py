"""The token never leaves the base URL's origin: a redirect to another host is not followed, whatever
`http_client` the user passes, and becomes a typed error that names the `Location`.

Two real servers on two loopback addresses: the fake Mixmax on 127.0.0.1 answers 302/307 pointing
at a second fake on 127.0.0.2, which must receive nothing at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mixmax_sdk import APIError, AsyncMixmax, Mixmax, MixmaxError
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock, RealClock

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
