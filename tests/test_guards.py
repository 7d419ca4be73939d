"""Guards against realistic bugs that once passed the suite unnoticed: each test here fails when its
bug is put back (see issue 9, "The suite must catch what it guards").

Async back-off that blocks the event loop or is never awaited is guarded in tests/test_http_faults.py.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import logging
import re
from typing import Any

import httpx
import pytest
from conftest import Reach, fake_client, load_spec

from mixmax_sdk import APIConnectionError, AsyncMixmax, Mixmax, MixmaxValidationError
from mixmax_sdk._constants import RECIPIENTS_WINDOW
from mixmax_sdk.testing import FakeClock, FakeMixmax, FakeServer, Fault
from mixmax_sdk.testing._spec import load_spec as load_shipped_spec

MODES = ["sync", "async"]


def run(mode: str, fake: FakeMixmax, body: Any, server: FakeServer | None = None, **kwargs: Any) -> Any:
    """`body(client)` with a client of the fake (in-process, or over loopback through `server`): sync,
    or async (awaiting as needed)."""
    if mode == "sync":
        with fake_client(fake, mode, server, **kwargs) as client:
            return body(client)

    async def main() -> Any:
        async with fake_client(fake, mode, server, **kwargs) as client:
            result = body(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


async def _gather(*awaitables: Any) -> list[Any]:
    return [await a for a in awaitables]


def _both(mode: str, first: Any, second: Any) -> Any:
    """Two calls in order: plain values for the sync client, awaited in turn for the async one."""
    return [first, second] if mode == "sync" else _gather(first, second)


# ------------------------------------------------------------------------------------ rate-limit headers
USER = {"_id": "u1", "email": "ada@example.com", "name": "Ada"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", ["epoch seconds", "seconds from now"])
def test_the_limiter_waits_for_reset_when_none_remain(mode: str, form: str, reach: Reach) -> None:
    fake = FakeMixmax()
    now = fake.clock.time()
    reset = str(int(now) + 5) if form == "epoch seconds" else "7"
    wait = (int(now) + 5 - now) if form == "epoch seconds" else 7.0
    fake.faults.add(
        Fault(
            kind="status",
            status=200,
            body=USER,
            headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
            path="/users/me",
        )
    )
    first, second = run(mode, fake, lambda c: _both(mode, c.users.me(), c.users.me()), reach(fake))
    assert first.email == second.email == "ada@example.com", "the 200 that said none remain is still a result"
    a, b = fake.requests_to("GET", "/users/me")
    assert (a.status, a.fault is not None, b.status, b.fault) == (200, True, 200, None)
    assert b.at - a.at == pytest.approx(wait), "the second request waited for X-RateLimit-Reset, no more"
    assert sum(fake.clock.sleeps) == pytest.approx(wait)
    assert fake.clock.sleeps == [pytest.approx(wait)], "one wait, for the whole of it"


@pytest.mark.parametrize("mode", MODES)
def test_the_limiter_does_not_wait_while_some_remain(mode: str, reach: Reach) -> None:
    fake = FakeMixmax()
    start = fake.clock.now()
    reset = str(int(fake.clock.time()) + 30)
    fake.faults.add(
        kind="status", status=200, body=USER, headers={"X-RateLimit-Remaining": "1", "X-RateLimit-Reset": reset}
    )
    first, second = run(mode, fake, lambda c: _both(mode, c.users.me(), c.users.me()), reach(fake))
    assert (first.id, second.email) == ("u1", "ada@example.com")
    assert fake.clock.sleeps == []
    assert [(s.status, s.at) for s in fake.requests_to("GET", "/users/me")] == [(200, start), (200, start)]


# ------------------------------------------------------------------------------------ limiter slots
class BoundedClock(FakeClock):
    """A fake clock that gives up after ten virtual minutes of waiting: a deadlocked limiter (which
    would poll forever) fails at once instead of hanging the suite."""

    def sleep(self, seconds: float) -> None:
        if sum(self.sleeps) > 600:
            raise AssertionError("waited over 10 minutes: the rate limiter is deadlocked")
        super().sleep(seconds)


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_error_gives_its_limiter_slot_back(mode: str, reach: Reach) -> None:
    fake = FakeMixmax(clock=BoundedClock())
    server = reach(fake)
    start = fake.clock.now()
    if server is None:
        fake.faults.add(kind="refuse", path="/users/me", times=3)
    else:
        server.refuse_connections()  # a real refusal: the request never leaves the client

    def back_up() -> None:  # in memory, the fault has run out by itself
        if server is not None:
            server.accept_connections()

    def calls(client: Any) -> Any:
        async def async_calls() -> Any:
            for _ in range(3):
                with pytest.raises(APIConnectionError):
                    await client.users.me()
            back_up()
            return await client.users.me()

        if mode == "async":
            return async_calls()
        for _ in range(3):
            with pytest.raises(APIConnectionError):
                client.users.me()
        back_up()
        return client.users.me()

    me = run(mode, fake, calls, server, rate_limit=2, max_retries=0)
    assert me.email == "ada@example.com"
    # Two slots: calls 1 and 2 at once; call 3 when call 1 leaves the 60 s window, call 4 with it
    # (call 2 ended at the same instant as call 1). A slot kept by a failed call would never free.
    assert fake.clock.now() - start == pytest.approx(60.0)
    assert fake.clock.sleeps == [pytest.approx(60.0)]
    # In memory the fake sees the refused attempts (status None); over loopback they never arrive.
    refused = [(None, start), (None, start), (None, start + 60.0)] if server is None else []
    assert [(s.status, s.at) for s in fake.requests_to("GET", "/users/me")] == [*refused, (200, start + 60.0)]


# ------------------------------------------------------------------------------------ cursor envelopes
def _without_has_next(fake: FakeMixmax) -> httpx.MockTransport:
    inner = fake.transport()

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner.handle_request(request)
        data = json.loads(response.read())
        if isinstance(data, dict):
            data.pop("hasNext", None)
        return httpx.Response(response.status_code, json=data)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("mode", MODES)
def test_a_page_without_has_next_continues_while_it_has_a_next_cursor_and_results(mode: str) -> None:
    fake = FakeMixmax()
    transport = _without_has_next(fake)
    options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": "https://api.mixmax.com/v1", "clock": fake.clock}
    if mode == "sync":
        with Mixmax(http_client=httpx.Client(transport=transport), **options) as client:
            ids = [s.id for s in client.sequences.list(limit=3)]
    else:

        async def main() -> list[str]:
            async with AsyncMixmax(http_client=httpx.AsyncClient(transport=transport), **options) as client:
                return [s.id async for s in client.sequences.list(limit=3)]

        ids = asyncio.run(main())
    assert ids == [s["_id"] for s in fake.store.newest_first("sequences")], "all 7, not only page 1"
    # Pages of 3, 3 and 1, each with a `next` cursor; the 4th comes back empty, which ends it.
    sent = [s.query.get("next") for s in fake.requests_to("GET", "/sequences")]
    assert len(sent) == 4 and sent[0] is None and len({c[0] for c in sent[1:] if c}) == 3


# ------------------------------------------------------------------------------------ the offset window
def _recipients(fake: FakeMixmax, count: int) -> str:
    sequence = next(s for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")
    key = f"sequences/{sequence['_id']}/recipients"
    for doc in list(fake.store.newest_first(key)):
        fake.store.remove(key, doc["_id"])
    for i in range(count):
        fake.store.add(key, {"email": f"r{i:05d}@example.com", "state": "active", "sequenceId": sequence["_id"]})
    return str(sequence["_id"])


@pytest.mark.parametrize("mode", MODES)
def test_offset_paging_reaches_the_last_record_of_the_window_and_says_it_stopped(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeMixmax()
    seq = _recipients(fake, RECIPIENTS_WINDOW + 50)

    def listing(offset: int) -> Any:
        def body(client: Any) -> Any:
            pager = client.sequences.sequence(seq).recipients.list(offset=offset)
            if mode == "sync":
                return [r.email for r in pager]

            async def drain() -> list[str]:
                return [r.email async for r in pager]

            return drain()

        return body

    with caplog.at_level(logging.WARNING, logger="mixmax_sdk"):
        emails = run(mode, fake, listing(9_800))
    assert emails == [f"r{i:05d}@example.com" for i in range(9_800, 10_000)]
    assert [(s.query["offset"], s.query["limit"]) for s in fake.requests_to("GET", "/sequences/*/recipients")] == [
        (["9800"], ["50"]),
        (["9850"], ["50"]),
        (["9900"], ["50"]),
        (["9950"], ["50"]),
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "10000-record window" in warnings[0]

    caplog.clear()
    fake.served.clear()
    with caplog.at_level(logging.WARNING, logger="mixmax_sdk"):
        tail = run(mode, fake, listing(9_975))
    assert tail == [f"r{i:05d}@example.com" for i in range(9_975, 10_000)]
    assert [s.query["limit"] for s in fake.served] == [["25"]], "the last page asks only for what the window holds"
    assert len([r for r in caplog.records if "10000-record window" in r.getMessage()]) == 1


@pytest.mark.parametrize("mode", MODES)
def test_offset_paging_of_a_short_collection_does_not_warn(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeMixmax()
    seq = _recipients(fake, 120)

    def body(client: Any) -> Any:
        pager = client.sequences.sequence(seq).recipients.list()
        if mode == "sync":
            return len(list(pager))

        async def count() -> int:
            return len([r async for r in pager])

        return count()

    with caplog.at_level(logging.WARNING, logger="mixmax_sdk"):
        assert run(mode, fake, body) == 120
    assert [s.query["offset"] for s in fake.served] == [["0"], ["50"], ["100"]]
    assert caplog.records == []


# ------------------------------------------------------------------------------------ base_url
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


# ------------------------------------------------------------------------------------ spec vs generated
def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _resolve(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in item:
        _, _, group, name = item["$ref"].split("/")
        item = spec["components"][group][name]
    return item


def test_the_shipped_spec_is_the_spec() -> None:
    """generated/mixmax_openapi/openapi.json (what the fake serves) is openapi/mixmax.yaml, as of now."""
    assert load_shipped_spec() == load_spec(), "openapi/mixmax.yaml changed without `make sdk`"


OPERATIONS = [
    (method, path, op)
    for path, item in load_spec()["paths"].items()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete", "patch")
]


class _Body:
    """Stands in for a generated request model: what `_get_kwargs` does with a body is not checked here."""

    def to_dict(self) -> dict[str, Any]:
        return {}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p, _ in OPERATIONS])
def test_the_generated_layer_sends_what_the_spec_says(method: str, path: str, op: dict[str, Any]) -> None:
    """openapi/mixmax.yaml and the generated module agree on method, path and query parameter names
    (a spec edited without `make sdk` fails here, not only in CI's drift check)."""
    module = importlib.import_module(f"mixmax_openapi.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}")
    shared = load_spec()["paths"][path].get("parameters", [])
    declared = [_resolve(load_spec(), p) for p in [*shared, *op.get("parameters", [])]]
    query_names = sorted(p["name"] for p in declared if p["in"] == "query")
    path_names = re.findall(r"\{(\w+)\}", path)

    positional, keywords = [], {}
    for name, param in inspect.signature(module._get_kwargs).parameters.items():
        if param.kind is param.KEYWORD_ONLY:
            keywords[name] = _Body() if name == "body" else f"sentinel-{name}"
        else:
            positional.append(f"path-{len(positional)}")
    built = module._get_kwargs(*positional, **keywords)

    assert built["method"] == method
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    found = re.fullmatch(pattern, built["url"])
    assert found is not None, f"{built['url']} does not fit {path}"
    assert sorted(found.groupdict().values()) == sorted(positional) and len(positional) == len(path_names)
    params = built.get("params", {})
    assert sorted(params) == query_names, "query parameter names on the wire differ from the spec"
    sent = {value for value in params.values()}
    assert sent == {f"sentinel-{name}" for name in keywords if name != "body"}, "each parameter sent once, as given"
    assert ("json" in built) == ("requestBody" in op)
