"""Paths that other files prove in-process, proven again over real loopback sockets for both clients:
one rate limit per API key shared by two clients, a per-call retry budget, and a cursor cycle."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from mixmax_sdk import (
    APIResponseValidationError,
    AsyncMixmax,
    InternalServerError,
    LocalRateLimit,
    Mixmax,
)
from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock

LIMIT, WINDOW = 5, 1.0


def _peak(times: list[float], window: float) -> int:
    """The most requests the fake saw start within any `window` seconds."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times)), default=0)


@pytest.fixture
def limited() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=LIMIT, rate_window=WINDOW)
    with fake.serve() as server:
        yield fake, server


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_two_clients_with_one_key_share_one_window_over_http(limited: tuple[FakeMixmax, FakeServer], kind: str) -> None:
    fake, server = limited
    options: dict[str, Any] = {
        "api_key": fake.demo_token,
        "base_url": server.base_url,
        "rate_limit": LocalRateLimit(LIMIT, WINDOW),
        "max_retries": 0,  # a 429 would surface as an exception
    }
    if kind == "sync":
        with Mixmax(**options) as first, Mixmax(**options) as second:
            for i in range(12):
                (first if i % 2 else second).users.me()
    else:

        async def main() -> None:
            async with AsyncMixmax(**options) as first, AsyncMixmax(**options) as second:
                await asyncio.gather(*(c.users.me() for c in [first, second] * 6))

        asyncio.run(main())
    served = fake.requests_to("GET", "/users/me")
    assert [s.status for s in served] == [200] * 12
    assert _peak([s.at for s in served], WINDOW) <= LIMIT


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_per_call_retry_budget_over_http(kind: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(kind="status", status=503, times=10, path="/users/me")
    with fake.serve() as server:
        options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, "clock": fake.clock}
        with pytest.raises(InternalServerError, match="503 GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(**options) as client:
                    client.users.me(max_retries=4)
            else:

                async def main() -> None:
                    async with AsyncMixmax(**options) as client:
                        await client.users.me(max_retries=4)

                asyncio.run(main())
    assert len(fake.requests_to("GET", "/users/me")) == 5, "the first attempt and 4 retries, not the default 2"


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
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

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
