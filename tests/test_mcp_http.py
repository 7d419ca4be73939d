"""`mixmax mcp --http`, end to end: the server is a real subprocess on a port it picks, the client the
official streamable HTTP client of the `mcp` package, and the API the fake Mixmax on loopback."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from mcp.client import Client
from mcp_session import SERVER, HttpServer, Wire, loopback_fake, process_env, start_http, stop, text

from mixmax_sdk.mcp._table import all_tools
from mixmax_sdk.testing import FakeServer
from mixmax_sdk.testing._wire import NOT_FOUND

pytestmark = pytest.mark.slow

READ_ONLY = [t.name for t in all_tools() if t.annotations["readOnlyHint"]]
UNKNOWN_ID = "5f00000000000000000000ff"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "probe", "version": "1"}},
}
STREAMABLE = {"accept": "application/json, text/event-stream", "content-type": "application/json"}


@pytest.fixture
def fake() -> Iterator[tuple[FakeServer, Wire]]:
    with loopback_fake() as pair:
        yield pair


def _stopped_cleanly(server: HttpServer) -> str:
    code, rest = stop(server.process)
    # uvicorn shuts down on SIGTERM, then exits by the signal it caught.
    assert code == -signal.SIGTERM, rest
    assert "Traceback" not in rest
    return rest


def test_streamable_http_lists_and_calls(fake: tuple[FakeServer, Wire]) -> None:
    served, wire = fake
    server = start_http(served, "--port", "0")
    seen: dict[str, Any] = {}
    try:
        assert server.url.startswith("http://127.0.0.1:") and not server.url.startswith("http://127.0.0.1:0/")
        assert len(server.stderr_lines) == 1  # the address, and no warning: loopback

        async def main() -> None:
            async with Client(server.url) as client:
                seen["tools"] = [t.name for t in (await client.list_tools()).tools]
                page = await client.call_tool("sequences_list", {"limit": 2})
                seen["page"] = (page.is_error, page.structured_content)
                missing = await client.call_tool("sequences_get", {"sequence_id": UNKNOWN_ID})
                seen["missing"] = (missing.is_error, text(missing))
                after = await client.call_tool("users_me", {})
                seen["after"] = (after.is_error, after.structured_content)

        anyio.run(main)
    finally:
        _stopped_cleanly(server)

    assert seen["tools"] == READ_ONLY and len(READ_ONLY) == 63
    is_error, page = seen["page"]
    assert is_error is False and [len(page["results"]), page["has_next"]] == [2, True]
    assert seen["missing"][0] is True
    # The 404 is this client's second request, the first succeeded: no hint about the base URL.
    assert seen["missing"][1] == f"Mixmax answered HTTP 404: {NOT_FOUND}"
    assert seen["after"][0] is False and seen["after"][1]["email"] == "ada@example.com"
    assert wire.lines() == [
        ("GET", "/sequences", {"limit": ["2"]}, None),
        ("GET", f"/sequences/{UNKNOWN_ID}", {}, None),
        ("GET", "/users/me", {}, None),
    ]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2"])
def test_a_foreign_host_or_origin_is_refused_on_loopback(fake: tuple[FakeServer, Wire], host: str) -> None:
    # DNS rebinding: a web page whose name now points at 127.0.0.1 sends its own Host and Origin. Every
    # loopback address is protected, not only the three the mcp package knows by itself (127.0.0.2).
    served, wire = fake
    server = start_http(served, "--host", host, "--port", "0")
    port = server.url.rsplit(":", 1)[1].removesuffix("/mcp")
    try:
        assert server.url == f"http://{host}:{port}/mcp" and len(server.stderr_lines) == 1
        with httpx.Client(timeout=10) as http:
            own = http.post(server.url, json=INITIALIZE, headers={**STREAMABLE, "origin": f"http://{host}:{port}"})
            other_loopback = http.post(server.url, json=INITIALIZE, headers={**STREAMABLE, "host": f"localhost:{port}"})
            foreign_host = http.post(server.url, json=INITIALIZE, headers={**STREAMABLE, "host": "evil.example:80"})
            foreign_origin = http.post(
                server.url, json=INITIALIZE, headers={**STREAMABLE, "origin": "http://evil.example"}
            )
        answers = [
            (r.status_code, r.text if r.status_code != 200 else "")
            for r in (own, other_loopback, foreign_host, foreign_origin)
        ]

        async def main() -> list[str]:  # the official client still gets through
            async with Client(server.url) as client:
                return [t.name for t in (await client.list_tools()).tools]

        tools = anyio.run(main)
    finally:
        rest = _stopped_cleanly(server)

    assert answers == [(200, ""), (200, ""), (421, "Invalid Host header"), (403, "Invalid Origin header")]
    assert '"serverInfo":{"name":"mixmax"' in own.text
    assert tools == READ_ONLY
    assert "Invalid Host header: evil.example:80" in rest and "Invalid Origin header: http://evil.example" in rest
    assert wire.requests == []


def test_a_non_loopback_host_is_warned_about(fake: tuple[FakeServer, Wire]) -> None:
    served, wire = fake
    server = start_http(served, "--host", "0.0.0.0", "--port", "0")  # no request is sent to it
    try:
        assert server.stderr_lines[:-1] == [
            "warning: serving on 0.0.0.0 with no authentication: whoever reaches this port acts with your Mixmax token"
        ]
        assert server.url.startswith("http://0.0.0.0:")
    finally:
        _stopped_cleanly(server)
    assert wire.requests == []


def test_a_second_server_on_a_taken_port_says_so_and_the_first_goes_on(fake: tuple[FakeServer, Wire]) -> None:
    served, wire = fake
    first = start_http(served, "--port", "0")
    try:
        port = first.url.split(":")[2].split("/")[0]
        second = subprocess.run(
            [*SERVER, "--http", "--port", port], env=process_env(served), capture_output=True, text=True, timeout=30
        )
        assert second.returncode == 2, second.stderr
        lines = second.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: cannot listen on 127.0.0.1:{port}: "), lines

        async def body() -> Any:
            async with Client(first.url) as client:
                return await client.call_tool("users_me", {})

        result = anyio.run(body)
        assert not result.is_error and result.structured_content["email"] == "ada@example.com"
    finally:
        _stopped_cleanly(first)
    assert len(wire.requests) == 1
