"""The rest of issue 9's contract, from the outside: configuration refused at construction, exceptions
that pickle, whole-string email checks, cursor cycles, a timeout that bounds a trickling body, and one
rate limit per API key within a process. Each holds for `Mixmax` and `AsyncMixmax`.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import pickle
import time
from typing import Any

import httpx
import pytest

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncMixmax,
    Mixmax,
    MixmaxError,
    MixmaxValidationError,
    NotFoundError,
    RateLimitError,
)
from mixmax_sdk.testing import FakeMixmax, Fault, RealClock

CLIENTS = [Mixmax, AsyncMixmax]
TOKEN = "contract-token-7f3e19"


# ------------------------------------------------------------------------------------ configuration
BAD_CONFIG = {
    "token with CR/LF": {"api_key": TOKEN + "\r\nX-Injected: 1"},
    "token with a space": {"api_key": "contract token"},
    "non-ASCII token": {"api_key": "contract-tökén-7f3e19"},
    "header name with a space": {"api_key": TOKEN, "default_headers": {"X Bad": "v"}},
    "header value with CR/LF": {"api_key": TOKEN, "default_headers": {"X-Ok": "v\r\nX-Injected: 1"}},
    "non-ASCII header value": {"api_key": TOKEN, "default_headers": {"X-Ok": "vé✓"}},
    "timeout NaN": {"api_key": TOKEN, "timeout": float("nan")},
    "timeout infinite": {"api_key": TOKEN, "timeout": float("inf")},
    "httpx.Timeout with NaN": {"api_key": TOKEN, "timeout": httpx.Timeout(float("nan"))},
    "httpx.Timeout negative": {"api_key": TOKEN, "timeout": httpx.Timeout(-1.0)},
}


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param(
            v,
            id=k,
        )
        for k, v in BAD_CONFIG.items()
    ],
)
def test_bad_configuration_is_refused_at_construction(cls: type[Mixmax | AsyncMixmax], kwargs: dict[str, Any]) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        cls(base_url="http://127.0.0.1:9/v1", **kwargs)
    shown = str(info.value) + repr(info.value)
    assert "contract" not in shown and "7f3e19" not in shown, "the message never repeats the key"


# ------------------------------------------------------------------------------------ pickling
def _errors() -> list[MixmaxError]:
    fake = FakeMixmax(rate_limit=None)
    fake.add_user("ada@example.com", "Ada", token=TOKEN)
    client = fake.client(token=TOKEN, max_retries=0)
    caught: list[MixmaxError] = []
    fake.faults.add(kind="status", status=429, headers={"Retry-After": "7"}, path="/users/me")
    fake.faults.add(kind="refuse", path="/users/me")
    fake.faults.add(kind="truncated", after_processing=True, path="/users/me")
    for call in (
        lambda: client.sequences.get("5f0000000000000000000999"),
        client.users.me,
        client.users.me,
        client.users.me,
        lambda: client.sequences.get(".."),
    ):
        try:
            call()
        except MixmaxError as error:
            caught.append(error)
    return caught


def test_every_exception_pickles_with_its_class_status_message_and_body() -> None:
    errors = _errors()
    assert [type(e) for e in errors] == [
        NotFoundError,
        RateLimitError,
        APIConnectionError,
        APIResponseValidationError,
        MixmaxValidationError,
    ]
    for error in errors:
        data = pickle.dumps(error)
        assert TOKEN.encode() not in data
        back = pickle.loads(data)
        assert type(back) is type(error) and str(back) == str(error)
        for name in ("status_code", "message", "body", "retry_after"):
            assert getattr(back, name, None) == getattr(error, name, None), name


def _raise_not_found() -> None:
    fake = FakeMixmax()
    fake.client(max_retries=0).sequences.get("5f0000000000000000000999")


def test_an_error_raised_in_a_worker_process_comes_back_as_itself() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_not_found)
        with pytest.raises(NotFoundError) as info:
            future.result(timeout=30)
    assert info.value.status_code == 404


# ------------------------------------------------------------------------------------ email checks
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "address",
    [
        pytest.param(
            "ada@example.com\n",
        ),
        "ada@example.com\r\nBcc: eve@example.com",
        " ada@example.com",
        pytest.param(
            "ada@exa\x00mple.com",
        ),
    ],
)
def test_an_address_with_control_characters_never_goes_on_the_wire(mode: str, address: str) -> None:
    fake = FakeMixmax()
    seq = next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")
    if mode == "sync":
        with pytest.raises(MixmaxValidationError):
            fake.client().sequences.sequence(seq).add_recipients([address])
    else:

        async def main() -> None:
            async with fake.async_client() as client:
                await client.sequences.sequence(seq).add_recipients([address])

        with pytest.raises(MixmaxValidationError):
            asyncio.run(main())
    assert fake.served == []


# ------------------------------------------------------------------------------------ cursor cycles
def _cycling(fake: FakeMixmax) -> httpx.MockTransport:
    """Sequences pages whose cursors go A -> B -> A, each saying hasNext: true."""
    docs = fake.store.newest_first("sequences")
    a, b = (base64.b64encode(f'{{"_id":"{x}"}}'.encode()).decode() for x in ("A", "B"))
    pages = {None: (docs[0:2], a), a: (docs[2:4], b), b: (docs[4:6], a)}

    def handler(request: httpx.Request) -> httpx.Response:
        results, nxt = pages[request.url.params.get("next")]
        return httpx.Response(200, json={"results": results, "next": nxt, "hasNext": True, "hasPrevious": False})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cursor_cycle_stops_with_a_typed_error(mode: str) -> None:
    fake = FakeMixmax()
    options: dict[str, Any] = {"api_key": TOKEN, "base_url": "https://api.mixmax.com/v1", "clock": fake.clock}
    pages_seen = 0

    async def drain_async() -> None:
        nonlocal pages_seen
        http = httpx.AsyncClient(transport=_cycling(fake))
        async with AsyncMixmax(http_client=http, **options) as client:
            async for _ in client.sequences.list().iter_pages():
                pages_seen += 1
                assert pages_seen < 10, "still paging: the cycle was not noticed"

    with pytest.raises(APIResponseValidationError) as info:
        if mode == "sync":
            with Mixmax(http_client=httpx.Client(transport=_cycling(fake)), **options) as client:
                for _ in client.sequences.list().iter_pages():
                    pages_seen += 1
                    assert pages_seen < 10, "still paging: the cycle was not noticed"
        else:
            asyncio.run(drain_async())
    assert pages_seen == 3, "the third page's cursor is the first page's: stop there"
    assert "cursor" in str(info.value)


# ------------------------------------------------------------------------------------ trickled bodies
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trickling_body_cannot_hold_a_call_past_its_timeout(mode: str) -> None:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.faults.add(Fault(kind="trickle", delay=0.01, path="/users/me"))  # ~1.5 s for the whole body
    with fake.serve() as server:
        options: dict[str, Any] = {
            "api_key": fake.demo_token,
            "base_url": server.base_url,
            "timeout": 0.4,
            "max_retries": 0,
        }
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            if mode == "sync":
                with Mixmax(**options) as client:
                    client.users.me()
            else:

                async def main() -> None:
                    async with AsyncMixmax(**options) as client:
                        await client.users.me()

                asyncio.run(main())
        assert time.monotonic() - start < 1.0


def test_a_trickled_body_arrives_whole_when_there_is_time() -> None:
    """The fault itself: slow, but complete (so a timeout above is the SDK's doing)."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.faults.add(Fault(kind="trickle", delay=0.002, path="/users/me"))
    with fake.serve() as server, Mixmax(api_key=fake.demo_token, base_url=server.base_url, timeout=5) as client:
        start = time.monotonic()
        assert client.users.me().email == "ada@example.com"
        assert time.monotonic() - start >= 0.1


# ------------------------------------------------------------------------------------ one limit per key
def test_two_clients_with_one_key_share_its_rate_limit() -> None:
    fake = FakeMixmax()
    first, second = fake.client(), fake.client()
    for _ in range(100):
        first.users.me()
        second.users.me()
    served = fake.requests_to("GET", "/users/me")
    assert [s.status for s in served if s.status != 200] == [], "the server never had to say 429"
    assert len(served) == 200
