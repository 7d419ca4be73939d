"""Every exception pickles with its class, status, message, body and attributes (the token
redacted), so an error raised in a worker process comes back as itself."""

from __future__ import annotations

import concurrent.futures
import pickle

import httpx
import pytest
from conftest import TEST_TOKEN

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    Mixmax,
    MixmaxError,
    MixmaxValidationError,
    NotFoundError,
    RateLimitError,
    RedirectError,
)
from mixmax_sdk.testing import FakeMixmax


# ------------------------------------------------------------------ pickling, and across processes
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


TOKEN = "contract-token-7f3e19"


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
