"""`mixmax mcp`: serve every Mixmax operation as an MCP tool (stdio by default, streamable HTTP with
--http), read-only unless --allow-writes (and --allow-send for sending email); `--list` prints the
tools such a server would offer, without starting one."""

from __future__ import annotations

import json
import socket
import sys
from typing import Annotated

import typer

from .._extras import install_hint
from ..mcp._table import Tool, all_tools, not_served, served
from ._common import USAGE, AllowInsecureHttp, ApiKey, BaseUrl, Debug, err, fail, handled
from ._common import Connection as _Connection

__all__ = ["mcp"]

RedisUrl = Annotated[
    str | None,
    typer.Option(
        "--redis-url",
        envvar="MIXMAX_REDIS_URL",
        show_envvar=True,
        help="Share the 120/minute limit with other processes through Redis (needs the redis extra).",
    ),
]


def mcp(
    http: Annotated[bool, typer.Option("--http", help="Serve streamable HTTP at /mcp instead of stdio.")] = False,
    host: Annotated[str, typer.Option(help="Address for --http (loopback unless you say otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for --http (0 picks a free one; the address goes to stderr).")] = 8000,
    allow_writes: Annotated[
        bool, typer.Option("--allow-writes", help="Also serve the tools that change data (POST, PATCH, DELETE).")
    ] = False,
    allow_send: Annotated[
        bool, typer.Option("--allow-send", help="Also serve the tools that send email (with --allow-writes).")
    ] = False,
    tools: Annotated[
        str | None,
        typer.Option("--tools", help="Only these tools: comma-separated names or globs, e.g. 'sequences_*'."),
    ] = None,
    list_only: Annotated[bool, typer.Option("--list", help="Print the tools that would be served, then exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: print the tools/list JSON.")] = False,
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
    allow_insecure_http: AllowInsecureHttp = False,
    redis_url: RedisUrl = None,
    debug: Debug = False,
) -> None:
    """Serve the Mixmax API to AI agents over the Model Context Protocol (read-only by default)."""
    with handled(debug):
        chosen = served(allow_writes=allow_writes, allow_send=allow_send, patterns=tools)
        if list_only:
            _print_list(chosen, as_json)
            return
        try:
            import mcp as _mcp  # noqa: F401  (the extra, before anything else is set up)
        except ModuleNotFoundError:
            fail(f"mixmax mcp needs the mcp extra: {install_hint('mcp')}", USAGE)
        if not chosen:
            fail("no tool to serve: --tools matched only tools that need --allow-writes or --allow-send", USAGE)
        from .._options import is_loopback

        if http and not is_loopback(host):
            err.print(
                f"warning: serving on {host} with no authentication: whoever reaches this port acts with "
                "your Mixmax token",
                markup=False,
            )
        import anyio

        from ..mcp._server import listen

        listener = None
        if http:
            try:
                listener = listen(host, port)
            except OSError as exc:
                fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", USAGE)
        hidden = not_served(allow_writes=allow_writes, allow_send=allow_send, patterns=tools)
        connection = _Connection(api_key, base_url, allow_insecure_http)
        anyio.run(_serve, chosen, hidden, host, listener, connection, redis_url)


async def _serve(
    chosen: list[Tool],
    hidden: dict[str, str],
    host: str,
    listener: socket.socket | None,  # None: stdio
    connection: _Connection,
    redis_url: str | None,
) -> None:
    from .._client import AsyncMixmax
    from .._options import DEFAULT
    from .._rate_limit_redis_option import RedisRateLimit
    from ..mcp._server import make_server, serve_http, serve_stdio

    rate_limit = DEFAULT if redis_url is None else RedisRateLimit(redis_url)
    async with AsyncMixmax(
        api_key=connection.api_key,
        base_url=connection.base_url,
        allow_insecure_http=connection.allow_insecure_http,
        rate_limit=rate_limit,
    ) as client:
        server = make_server(client, chosen, hidden=hidden)
        if listener is not None:
            await serve_http(server, host, listener)
        else:
            await serve_stdio(server)


def _hints(tool: Tool) -> str:
    a = tool.annotations
    if a.get("readOnlyHint"):
        return "read-only"
    words = ["sends email" if tool.access == "send" else "writes"]
    if a.get("destructiveHint"):
        words.append("destructive")
    if a.get("idempotentHint"):
        words.append("idempotent")
    return ", ".join(words)


def _print_list(chosen: list[Tool], as_json: bool) -> None:
    try:
        if as_json:
            print(json.dumps({"tools": [t.listing() for t in chosen]}, indent=2, ensure_ascii=False))
            return
        width = max((len(t.name) for t in chosen), default=0)
        hints = [_hints(t) for t in chosen]
        hints_width = max(map(len, hints), default=0)  # the titles line up
        for tool, hint in zip(chosen, hints, strict=True):
            print(f"{tool.name:<{width}}  {hint:<{hints_width}}  {tool.title}")
        reads = sum(t.access == "read" for t in chosen)
        print(f"{len(chosen)} tools ({reads} read-only) of {len(all_tools())}", file=sys.stderr)
        sys.stdout.flush()
    except BrokenPipeError:  # `mixmax mcp --list | head`: the reader has what it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
