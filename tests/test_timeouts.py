"""A timeout bounds the whole answer of an attempt (status line, headers and body), not each read: a
server trickling bytes cannot hold a call past it, and the attempt ends at its deadline. Both clients,
over real loopback sockets."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import pytest
from conftest import TEST_TOKEN

from mixmax_sdk import (
    APITimeoutError,
    AsyncMixmax,
    Mixmax,
)
from mixmax_sdk.testing import FakeMixmax, Fault, RealClock

pytestmark = pytest.mark.slow  # each waits out a real timeout of about a second


# -------------------------------------------------------------------------------- trickling bodies
class TrickleServer:
    """Answers every request with headers at once, then a body one byte every `interval` seconds (with
    `head=True`, the status line and headers come one byte at a time too; with `silent_after=n`, the
    server goes silent after n bytes, holding the connection open until the test ends)."""

    def __init__(
        self, interval: float = 0.1, length: int = 400, *, head: bool = False, silent_after: int | None = None
    ) -> None:
        self.interval, self.length, self.head, self.silent_after = interval, length, head, silent_after
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            body = (b'{"_id": "u1", "pad": "' + b"x" * self.length + b'"}')[: self.length]
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            try:
                if not self.head:
                    conn.sendall(head.encode())
                for sent, byte in enumerate((head.encode() if self.head else b"") + body):
                    if sent == self.silent_after:
                        self.stop.wait()
                    if self.stop.wait(self.interval):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return  # the client gave up: what we want

    def __enter__(self) -> TrickleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.mark.parametrize("head", [False, True], ids=["body trickles", "status line and headers trickle"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_timeout_bounds_the_whole_response_not_each_read(kind: str, head: bool) -> None:
    # 400 bytes at 0.1 s each would take 40 s; every single read is well inside the 1 s timeout. A
    # timeout per read would hold the call 40 s at least, whatever the load: 20 s is a generous bound.
    with TrickleServer(head=head) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="Request timed out: GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(api_key=TEST_TOKEN, base_url=server.base_url, timeout=1, max_retries=0) as client:
                    client.users.me()
            else:

                async def main() -> None:
                    async with AsyncMixmax(
                        api_key=TEST_TOKEN, base_url=server.base_url, timeout=1, max_retries=0
                    ) as client:
                        await client.users.me()

                asyncio.run(main())
        assert time.monotonic() - started < 20, "the trickle held the call far beyond its timeout"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_whole_answer_deadline_is_kept_to_the_timeout_not_beyond(kind: str) -> None:
    # A byte every 0.45 s, each read well inside the 1 s timeout; after the second byte (0.9 s at the
    # earliest) the server goes silent. The attempt ends at its deadline, 1.0 s; a deadline checked only
    # when a chunk comes, or reset per read, would end it no sooner than a read timeout after the last
    # byte: 1.9 s, however loaded the machine (its waits only get longer), which bounds it from above.
    with TrickleServer(interval=0.45, length=10, silent_after=2) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="Request timed out: GET /v1/users/me"):
            if kind == "sync":
                with Mixmax(api_key=TEST_TOKEN, base_url=server.base_url, timeout=1.0, max_retries=0) as client:
                    client.users.me()
            else:

                async def main() -> None:
                    async with AsyncMixmax(
                        api_key=TEST_TOKEN, base_url=server.base_url, timeout=1.0, max_retries=0
                    ) as client:
                        await client.users.me()

                asyncio.run(main())
        elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 1.9, f"{elapsed:.2f}s"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trickling_body_cannot_hold_a_call_past_its_timeout(mode: str) -> None:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    # The body (over 100 bytes) a byte every 0.1 s: over 10 s whatever the load, every read within 0.4 s.
    fake.faults.add(Fault(kind="trickle", delay=0.1, path="/users/me"))
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
        assert time.monotonic() - start < 5.0, "held past its timeout, towards the trickle's 10 s"


def test_a_trickled_body_arrives_whole_when_there_is_time() -> None:
    """The fault itself: slow, but complete (so a timeout above is the SDK's doing)."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    fake.faults.add(Fault(kind="trickle", delay=0.002, path="/users/me"))
    with fake.serve() as server, Mixmax(api_key=fake.demo_token, base_url=server.base_url, timeout=5) as client:
        start = time.monotonic()
        assert client.users.me().email == "ada@example.com"
        assert time.monotonic() - start >= 0.1
