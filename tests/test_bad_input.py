"""Bad input and bad configuration are refused with a `MixmaxValidationError` before any request:
the key, headers, timeouts, retries, rate limits, a base URL with credentials, email addresses with
control characters, ids that would walk out of their resource. The key is never echoed. Both clients."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import TEST_TOKEN, Driver

from mixmax_sdk import (
    AsyncMixmax,
    LocalRateLimit,
    Mixmax,
    MixmaxValidationError,
    NotFoundError,
)
from mixmax_sdk._validate import check_email
from mixmax_sdk.testing import FakeMixmax


# ----------------------------------------------------------------------------------- configuration
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


CLIENTS = [Mixmax, AsyncMixmax]


TOKEN = "contract-token-7f3e19"


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


# ---------------------------------------------------------------------------------------- base_url
@pytest.mark.parametrize("cls", [Mixmax, AsyncMixmax])
@pytest.mark.parametrize(
    "url",
    [
        "https://user:s3cr3t-pw@api.mixmax.com/v1",
        "https://s3cr3t-pw@api.mixmax.com/v1",
        "http://u:s3cr3t-pw@127.0.0.1:8080/v1",
    ],
)
def test_a_base_url_carrying_credentials_is_refused(cls: type[Mixmax | AsyncMixmax], url: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        cls(api_key="k-123456", base_url=url)
    assert "s3cr3t-pw" not in str(info.value) + repr(info.value)


# ------------------------------------------------------------------------------------------ emails
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


# --------------------------------------------------------------------------------- ids in the path
@pytest.mark.parametrize("bad_id", ["..", ".", " .. "])
def test_dot_ids_cannot_walk_out_of_the_resource(bad_id: str) -> None:
    client = Mixmax(api_key="t0k3n")
    with pytest.raises(MixmaxValidationError):
        client.sequences.get(bad_id)
    client.close()


def test_path_ids_are_url_encoded_on_the_wire() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return httpx.Response(404, json={"message": "Not found"})

    client = Mixmax(api_key="t0k3n", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
    with pytest.raises(NotFoundError):
        client.sequences.get("../users/me?x=1#y")
    assert seen == ["/v1/sequences/..%2Fusers%2Fme%3Fx%3D1%23y"]
