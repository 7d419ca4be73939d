"""What `mixmax mcp` costs: a tool call against the same call made directly with the SDK, and the time
a client waits for `tools/list` over stdio.

The call is measured in one process on the fake Mixmax in memory (`fake.async_client()`), so what is
compared is the MCP layer alone: JSON-RPC through the official client and server in-process, checking
the arguments against the input schema, shaping and checking the answer against the output schema.
`tools/list` is measured against a real `mixmax mcp` subprocess over stdio, read-only (63 tools) and
with every tool (124).
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import time
from typing import Any

from mixmax_sdk.testing import FakeMixmax

CALLS = 200  # per round
LISTS = 30  # tools/list requests per server


async def call_times(rounds: int, calls: int = CALLS) -> tuple[list[float], list[float]]:
    """Per-call seconds, per round: direct `await client.users.me()`, and the `users_me` tool."""
    from mcp.client import Client

    from mixmax_sdk.mcp._server import make_server
    from mixmax_sdk.mcp._table import served

    fake = FakeMixmax(rate_limit=None)
    direct: list[float] = []
    through: list[float] = []
    async with fake.async_client(rate_limit=None) as sdk:
        server = make_server(sdk, served())
        async with Client(server) as mcp:
            await sdk.users.me(), await mcp.call_tool("users_me", {})
            for round_number in range(rounds):
                order = ("direct", "mcp") if round_number % 2 == 0 else ("mcp", "direct")
                for side in order:
                    gc.collect()
                    start = time.perf_counter()
                    if side == "direct":
                        for _ in range(calls):
                            await sdk.users.me()
                    else:
                        for _ in range(calls):
                            result = await mcp.call_tool("users_me", {})
                            assert not result.is_error, result
                    (direct if side == "direct" else through).append((time.perf_counter() - start) / calls)
    return direct, through


async def list_times(flags: list[str], lists: int = LISTS) -> tuple[int, list[float], int]:
    """(tools listed, seconds per tools/list request, bytes of the listing) for `mixmax mcp FLAGS` over stdio."""
    from mcp.client import Client
    from mcp.client.stdio import StdioServerParameters

    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "mixmax_sdk.cli", "mcp", *flags],
        env={**os.environ, "MIXMAX_API_KEY": "bench-token-0123456789", "MIXMAX_BASE_URL": "http://127.0.0.1:9/v1"},
    )
    times = []
    async with Client(params) as client:
        listed = await client.list_tools()
        for _ in range(lists):
            start = time.perf_counter()
            listed = await client.list_tools()
            times.append(time.perf_counter() - start)
    size = len(listed.model_dump_json(by_alias=True, exclude_none=True))
    return len(listed.tools), times, size


def run(rounds: int, lists: int = LISTS, calls: int = CALLS) -> dict[str, Any]:
    direct, through = asyncio.run(call_times(rounds, calls))
    read_count, read_times, read_bytes = asyncio.run(list_times([], lists))
    all_count, all_times, all_bytes = asyncio.run(list_times(["--allow-writes", "--allow-send"], lists))
    return {
        "direct": direct,
        "mcp": through,
        "read": (read_count, read_times, read_bytes),
        "all": (all_count, all_times, all_bytes),
    }


if __name__ == "__main__":
    out = run(5)
    print(
        f"users_me: direct {statistics.median(out['direct']) * 1e6:.0f} µs, "
        f"through MCP {statistics.median(out['mcp']) * 1e6:.0f} µs"
    )
    for key in ("read", "all"):
        count, times, size = out[key]
        print(f"tools/list over stdio, {count} tools: {statistics.median(times) * 1e3:.1f} ms, {size:,} bytes")
