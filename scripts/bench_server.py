"""A minimal HTTP/1.1 server for `make bench`, run in its own process: fixed realistic bodies, keep-alive.

    python scripts/bench_server.py        # prints its base URL (http://127.0.0.1:PORT) on the first line

It serves the same bytes to the SDK and to raw httpx, and does next to no work per request, so the
client side dominates what the benchmark measures. A path under `/slow` answers after 50 ms (the
latency of the concurrency row).

    /v1/users/me            a user
    /v1/sequences/<id>      one sequence (every documented field)
    /v1/sequences           a page of 300 sequences
    /v1/big/<n>             n bytes: `{"pad":"x"}` and spaces (a big answer whose parsed value is tiny)
"""

from __future__ import annotations

import asyncio
import json
import sys

from bench_parse import body as page_body
from bench_parse import sequence

LATENCY = 0.05

USER = {
    "_id": "kZYPwDDiGPTfQDj5n",
    "email": "ada@example.com",
    "name": "Ada Lovelace",
    "createdAt": "2016-10-30T01:14:07.790Z",
    "timezone": "America/Los_Angeles",
    "orgId": "5a1b2c3d4e5f601234567890",
}

BODIES = {
    "users": json.dumps(USER).encode(),
    "sequence": json.dumps(sequence(7)).encode(),
    "page": page_body(),
}


_BIG: dict[int, bytes] = {}


def big(size: int) -> bytes:
    if size not in _BIG:
        _BIG[size] = b'{"pad":"x"}'.ljust(size)
    return _BIG[size]


def route(path: str) -> bytes:
    path = path.split("?", 1)[0]
    if path.startswith("/v1/big/"):
        return big(int(path.rsplit("/", 1)[1]))
    if path == "/v1/users/me":
        return BODIES["users"]
    if path == "/v1/sequences":
        return BODIES["page"]
    if path.startswith("/v1/sequences/"):
        return BODIES["sequence"]
    return b""


def answer(body: bytes) -> bytes:
    if not body:
        return b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=utf-8\r\n"
        f"content-length: {len(body)}\r\nconnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            length = next((int(x.split(":", 1)[1]) for x in lines[1:] if x.lower().startswith("content-length:")), 0)
            if length:
                await reader.readexactly(length)
            if path.startswith("/slow"):
                await asyncio.sleep(LATENCY)
                path = path.removeprefix("/slow")
            writer.write(answer(route(path)))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
