"""Paging ends, and ends right: a cursor cycle is a typed error after every item before it was
yielded once (in memory and over loopback), a page without `hasNext` goes on while it has a cursor and
results, and offset paging stops at the API's 10,000-record window and says so. Both clients."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from both_clients import MODES, run
from conftest import Driver

from mixmax_sdk import (
    APIResponseValidationError,
    AsyncMixmax,
    Mixmax,
)
from mixmax_sdk._constants import RECIPIENTS_WINDOW
from mixmax_sdk.testing import FakeMixmax


# ------------------------------------------------------ cursor cycles, in memory and over loopback
def test_cycling_cursors_stop_with_a_typed_error(mock: Callable[..., Driver]) -> None:
    pages = {
        None: {"results": [{"_id": "s1", "name": "a"}], "next": "A", "hasNext": True},
        "A": {"results": [{"_id": "s2", "name": "b"}], "next": "B", "hasNext": True},
        "B": {"results": [{"_id": "s3", "name": "c"}], "next": "A", "hasNext": True},
    }
    cursors: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("next")
        cursors.append(cursor)
        assert len(cursors) < 10, "the pager keeps following a cycle"
        return httpx.Response(200, json=pages[cursor])

    d = mock(handler)
    seen: list[str] = []

    async def drain_async() -> None:
        async for sequence in d.client.sequences.list():
            seen.append(sequence.id)

    with pytest.raises(APIResponseValidationError, match="returned cursor 'A' again"):
        if d.is_async:
            d(drain_async())
        else:
            seen.extend(s.id for s in d.client.sequences.list())
    assert cursors == [None, "A", "B"]
    assert seen == ["s1", "s2", "s3"], "every item before the cycle was yielded once"


TOKEN = "contract-token-7f3e19"


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


CYCLING_PAGES: dict[str | None, dict[str, Any]] = {
    None: {"results": [{"_id": "s1", "name": "one"}], "next": "A", "hasNext": True},
    "A": {"results": [{"_id": "s2", "name": "two"}], "next": "B", "hasNext": True},
    "B": {"results": [{"_id": "s3", "name": "three"}], "next": "A", "hasNext": True},
}


class CyclingServer:
    """Serves `GET /v1/sequences` pages whose cursors cycle: first -> A -> B -> A."""

    def __init__(self) -> None:
        self.cursors: list[str | None] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                cursor = parse_qs(urlsplit(self.path).query).get("next", [None])[0]
                outer.cursors.append(cursor)
                body = json.dumps(CYCLING_PAGES[cursor]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # A short poll: shutdown() waits for it (the default half second, at the end of every test).
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> CyclingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cursor_cycle_over_http_stops_with_a_typed_error(kind: str) -> None:
    seen: list[str] = []
    with CyclingServer() as server, pytest.raises(APIResponseValidationError, match="returned cursor 'A' again"):
        options: dict[str, Any] = {"api_key": "test-token-5b2f9c1e7a", "base_url": server.base_url}
        if kind == "sync":
            with Mixmax(**options) as client:
                for sequence in client.sequences.list():
                    seen.append(sequence.id)
        else:

            async def main() -> None:
                async with AsyncMixmax(**options) as client:
                    async for sequence in client.sequences.list():
                        seen.append(sequence.id)

            asyncio.run(main())
    assert server.cursors == [None, "A", "B"]
    assert seen == ["s1", "s2", "s3"], "every item before the cycle was yielded once"


# -------------------------------------------------------------------------------- cursor envelopes
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


# ------------------------------------------------------------------------------- the offset window
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
