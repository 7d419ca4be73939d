"""Shared by the `mixmax mcp` end-to-end tests: the fake Mixmax on loopback with a record of every request
body it gets, `mixmax mcp` as a real subprocess (stdio or streamable HTTP), and the official `mcp` client
connected to it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mcp.client import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp_types import CallToolResult, TextContent

from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock
from mixmax_sdk.testing._wire import FakeRequest, FakeResponse, HTTPError

ROOT = Path(__file__).resolve().parent.parent
TEE = Path(__file__).resolve().parent / "mcp_tee.py"
# `python -m mixmax_sdk.cli` is the `mixmax` console script (mixmax_sdk/cli/__main__.py).
SERVER = [sys.executable, "-m", "mixmax_sdk.cli", "mcp"]
ADDRESS = re.compile(r"^MCP server at (http://\S+/mcp)$")


@dataclass(frozen=True)
class Sent:
    """One request as the fake received it (its own log, `fake.served`, keeps no bodies)."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: Any  # the JSON body, None without one


class Wire:
    """Every request the fake gets, in order, with its body."""

    def __init__(self, fake: FakeMixmax) -> None:
        self.requests: list[Sent] = []
        self._lock = threading.Lock()
        real = fake.handle

        def handle(request: FakeRequest) -> FakeResponse:
            try:
                body = request.json()
            except HTTPError:  # not JSON: kept as it came
                body = request.body
            with self._lock:
                self.requests.append(Sent(request.method, request.path, request.query, body))
            return real(request)

        fake.handle = handle  # type: ignore[method-assign]

    def lines(self) -> list[tuple[str, str, dict[str, list[str]], Any]]:
        return [(r.method, r.path, r.query, r.body) for r in self.requests]


@contextmanager
def loopback_fake() -> Iterator[tuple[FakeServer, Wire]]:
    """A fresh fake Mixmax over HTTP on 127.0.0.1 (wall-clock time, no rate limit of its own)."""
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    wire = Wire(fake)
    with fake.serve("127.0.0.1", 0) as server:
        yield server, wire


def server_env(served: FakeServer) -> dict[str, str]:
    """What the server needs: the token and the fake's URL."""
    return {"MIXMAX_API_KEY": served.fake.demo_token, "MIXMAX_BASE_URL": served.base_url}


def process_env(served: FakeServer | None = None, **extra: str) -> dict[str, str]:
    """This process's environment for a child, without any MIXMAX_ setting of the caller's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIXMAX_")}
    return {**env, **(server_env(served) if served is not None else {}), **extra}


@asynccontextmanager
async def stdio_server(
    served: FakeServer, *flags: str, stderr: Path, tee_log: Path | None = None
) -> AsyncIterator[Client]:
    """`mixmax mcp FLAGS...` over stdio, its stderr in the file `stderr`; with `tee_log`, through
    tests/mcp_tee.py, which appends every message either way to that file."""
    command = [*SERVER, *flags]
    if tee_log is not None:
        command = [sys.executable, str(TEE), str(tee_log), "--", *command]
    # The client merges `env` over a minimal default environment (PATH, HOME, ...), not over ours.
    params = StdioServerParameters(command=command[0], args=command[1:], env=server_env(served), cwd=ROOT)
    with stderr.open("w") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            yield client


def text(result: CallToolResult) -> str:
    """The result's text (the server answers one text block)."""
    assert [type(c) for c in result.content] == [TextContent]
    block = result.content[0]
    assert isinstance(block, TextContent)
    return block.text


@dataclass
class HttpServer:
    process: subprocess.Popen[str]
    url: str
    stderr_lines: list[str]  # what it printed before and up to its address


def start_http(served: FakeServer, *flags: str) -> HttpServer:
    """`mixmax mcp --http FLAGS...` as a subprocess, once it has printed its address on stderr."""
    process = subprocess.Popen(
        [*SERVER, "--http", *flags],
        env=process_env(served),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert process.stderr is not None
        for line in _lines(process.stderr):  # a server that never prints it is stopped by pytest-timeout
            lines.append(line)
            found = ADDRESS.match(line)
            if found:
                return HttpServer(process, found.group(1), lines)
        raise AssertionError(f"the server exited ({process.wait()}) without an address: {lines}")
    except BaseException:
        stop(process)
        raise


def _lines(stream: IO[str]) -> Iterator[str]:
    for line in iter(stream.readline, ""):
        yield line.rstrip("\n")


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Terminate the server and wait for it; its exit code and the rest of its stderr."""
    if process.poll() is None:
        process.terminate()
    try:
        _, rest = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _, rest = process.communicate()
    return process.returncode, rest or ""
