"""Cursor pagination in both directions, for both clients over real loopback sockets: a walk started
from `previous=` stops on a cursor cycle as a forward walk does, and `page.next_page()` /
`page.previous_page()` go the way they say whichever way the pager walks."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from mixmax_sdk import APIResponseValidationError, AsyncMixmax, Mixmax
from mixmax_sdk.testing import FakeMixmax, FakeServer

KINDS = ["sync", "async"]
TOKEN = "test-token-5b2f9c1e7a"
LIMIT = 8  # requests a server answers before it ends the walk itself (a walk that misses the cycle)


def _page(i: int, previous: str | None, *, has_previous: bool = True) -> dict[str, Any]:
    return {
        "results": [{"_id": f"s{i}", "name": f"Sequence {i}"}],
        "next": f"N{i}",  # every page has its own next cursor: only `previous` cycles
        "hasNext": True,
        "previous": previous,
        "hasPrevious": has_previous,
    }


class PagesServer:
    """Serves `GET /v1/sequences?previous=<cursor>` (or `next=`) from `pages` (cursor -> envelope) on 127.0.0.1 and
    records the query of every request. After LIMIT requests it answers a last page (hasPrevious false),
    so that a pager which does not see the cycle ends instead of running for ever."""

    def __init__(self, pages: dict[str, dict[str, Any]]) -> None:
        self.queries: list[dict[str, list[str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                outer.queries.append(query)
                ended = len(outer.queries) > LIMIT
                cursor = (query.get("previous") or query["next"])[0]
                page = _page(0, None, has_previous=False) if ended else pages[cursor]
                body = json.dumps(page).encode()
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

    def __enter__(self) -> PagesServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def walk_back(kind: str, base_url: str, start: str, seen: list[str]) -> None:
    """Iterate `sequences.list(previous=start)` to its end, appending each item's id to `seen`."""
    options: dict[str, Any] = {"api_key": TOKEN, "base_url": base_url, "max_retries": 0}
    if kind == "sync":
        with Mixmax(**options) as client:
            seen.extend(s.id for s in client.sequences.list(previous=start))
        return

    async def main() -> None:
        async with AsyncMixmax(**options) as client:
            async for sequence in client.sequences.list(previous=start):
                seen.append(sequence.id)

    asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_a_cursor_cycle_walking_backwards_stops_with_a_typed_error(kind: str) -> None:
    # previous=P -> A -> B -> A: the walk stops when A comes back, before asking for it again.
    pages = {"P": _page(3, "A"), "A": _page(2, "B"), "B": _page(1, "A")}
    seen: list[str] = []
    with PagesServer(pages) as server, pytest.raises(APIResponseValidationError) as info:
        walk_back(kind, server.base_url, "P", seen)
    assert str(info.value) == "The API returned cursor 'A' again; stopping instead of looping"
    assert server.queries == [{"previous": ["P"]}, {"previous": ["A"]}, {"previous": ["B"]}]
    assert seen == ["s3", "s2", "s1"], "every item before the cycle was yielded once"


@pytest.mark.parametrize("kind", KINDS)
def test_a_backward_cycle_to_the_cursor_the_walk_started_from_yields_no_page_twice(kind: str) -> None:
    pages = {"P": _page(2, "A"), "A": _page(1, "P")}
    seen: list[str] = []
    with PagesServer(pages) as server, pytest.raises(APIResponseValidationError) as info:
        walk_back(kind, server.base_url, "P", seen)
    assert str(info.value) == "The API returned cursor 'P' again; stopping instead of looping"
    assert server.queries == [{"previous": ["P"]}, {"previous": ["A"]}]
    assert seen == ["s2", "s1"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_forward_cycle_to_the_cursor_a_resumed_walk_started_from_yields_no_page_twice(kind: str) -> None:
    forward = {"X": {**_page(2, None), "next": "Y"}, "Y": {**_page(3, None), "next": "X"}}
    seen: list[str] = []
    options: dict[str, Any] = {"api_key": TOKEN, "max_retries": 0}
    with PagesServer(forward) as server, pytest.raises(APIResponseValidationError) as info:
        if kind == "sync":
            with Mixmax(base_url=server.base_url, **options) as client:
                seen.extend(s.id for s in client.sequences.list(next="X"))
        else:

            async def main() -> None:
                async with AsyncMixmax(base_url=server.base_url, **options) as client:
                    async for sequence in client.sequences.list(next="X"):
                        seen.append(sequence.id)

            asyncio.run(main())
    assert str(info.value) == "The API returned cursor 'X' again; stopping instead of looping"
    assert server.queries == [{"next": ["X"]}, {"next": ["Y"]}]
    assert seen == ["s2", "s3"]


# ------------------------------------------------------------------------------ next_page() after previous=
@pytest.fixture
def served() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(rate_limit=None)
    with fake.serve() as server:
        yield fake, server


def _steps(kind: str, base_url: str, token: str, start: str) -> list[list[str]]:
    """From the page before `start`: the ids of that page, of its next_page() and of that page's
    previous_page()."""
    options: dict[str, Any] = {"api_key": token, "base_url": base_url, "max_retries": 0}
    if kind == "sync":
        with Mixmax(**options) as client:
            page = client.sequences.list(limit=2, previous=start).first_page()
            after = page.next_page()
            assert after is not None
            back = after.previous_page()
            assert back is not None
            return [[s.id for s in p.results] for p in (page, after, back)]

    async def main() -> list[list[str]]:
        async with AsyncMixmax(**options) as client:
            page = await client.sequences.list(limit=2, previous=start).first_page()
            after = await page.next_page()
            assert after is not None
            back = await after.previous_page()
            assert back is not None
            return [[s.id for s in p.results] for p in (page, after, back)]

    return asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_next_page_goes_forward_on_a_pager_started_from_previous(
    served: tuple[FakeMixmax, FakeServer], kind: str
) -> None:
    fake, server = served
    with Mixmax(api_key=fake.demo_token, base_url=server.base_url) as client:
        everything = [s.id for s in client.sequences.list(limit=2)]
        second = client.sequences.list(limit=2).first_page().next_page()
        third = second.next_page() if second is not None else None
    assert third is not None and third.previous is not None and len(everything) >= 6
    fake.served.clear()

    page, after, back = _steps(kind, server.base_url, fake.demo_token, third.previous)
    assert page == everything[2:4], "the page before the third"
    assert after == everything[4:6], "next_page() is the page after it: the third again"
    assert back == page, "previous_page() of that goes back"
    # The fake's cursors name the first item of a page (previous) and its last one (next).
    third_starts, second_ends = FakeMixmax.encode_cursor(everything[4]), FakeMixmax.encode_cursor(everything[3])
    assert [(s.method, s.path, s.query) for s in fake.served] == [
        ("GET", "/sequences", {"limit": ["2"], "previous": [third_starts]}),
        ("GET", "/sequences", {"limit": ["2"], "next": [second_ends]}),
        ("GET", "/sequences", {"limit": ["2"], "previous": [third_starts]}),
    ]
