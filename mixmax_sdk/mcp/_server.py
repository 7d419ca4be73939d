"""The MCP server: the chosen tools (`_table`) over stdio or streamable HTTP, each call made by
`_dispatch` through one `AsyncMixmax`. The only module that imports the optional `mcp` package."""

from __future__ import annotations

import socket
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._options import is_loopback
from .._version import __version__
from ._dispatch import call_tool

if TYPE_CHECKING:
    from mcp.server.lowlevel import Server
    from mcp.server.transport_security import TransportSecuritySettings

    from .._client import AsyncMixmax
    from ._table import Tool

__all__ = ["listen", "make_server", "serve_http", "serve_stdio"]

INSTRUCTIONS = (
    "Tools for the Mixmax REST API (sequences, recipients, messages, contacts, ...). List tools answer "
    "one page; pass the `next` they return to get the following page. Long text fields are cut unless "
    "`max_text: 0` is given. Calls share the account's rate limit of 120 requests a minute."
)


def make_server(client: AsyncMixmax, tools: Sequence[Tool], *, hidden: Mapping[str, str] | None = None) -> Server[Any]:
    """A low-level MCP server offering `tools`; `hidden` maps the tools that exist but were not enabled to
    why (`_table.not_served`), which a call to one answers."""
    import mcp_types as types
    from mcp.server.lowlevel import Server

    by_name = {t.name: t for t in tools}
    listed = types.ListToolsResult(tools=[types.Tool.model_validate(t.listing()) for t in tools])
    not_served = dict(hidden or {})

    async def list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return listed

    async def call(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        tool = by_name.get(params.name)
        if tool is None:
            why = not_served.get(params.name, "no such tool (tools/list shows them)")
            return types.CallToolResult(content=[types.TextContent(text=f"{params.name}: {why}")], is_error=True)
        outcome = await call_tool(client, tool, params.arguments)
        return types.CallToolResult(
            content=[types.TextContent(text=outcome.text)],
            structured_content=outcome.structured,
            is_error=outcome.is_error,
        )

    return Server(
        "mixmax",
        version=__version__,
        title="Mixmax",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call,
    )


async def serve_stdio(server: Server[Any]) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def listen(host: str, port: int) -> socket.socket:
    """The listening socket for `--http` (port 0 picks one), bound before anything else starts so that a
    port already taken is one clear error, not a failure deep inside the server."""
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


async def serve_http(server: Server[Any], host: str, listener: socket.socket) -> None:
    """Streamable HTTP at http://host:port/mcp on `listener`; the address goes to stderr first."""
    import uvicorn

    bound = listener.getsockname()[1]
    shown = f"[{host}]" if listener.family == socket.AF_INET6 else host
    app = server.streamable_http_app(host=host, transport_security=_rebinding_protection(host, shown))
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    print(f"MCP server at http://{shown}:{bound}/mcp", file=sys.stderr, flush=True)
    await uvicorn.Server(config).serve(sockets=[listener])


def _rebinding_protection(host: str, shown: str) -> TransportSecuritySettings | None:
    """On loopback, only requests whose Host and Origin name a loopback address (a web page that rebinds
    its own name to 127.0.0.1 must not drive the server). The mcp package does this by itself for
    127.0.0.1, localhost and ::1 only; any loopback address the server is bound to gets it here."""
    from mcp.server.transport_security import TransportSecuritySettings

    if not is_loopback(host):
        return None
    names = dict.fromkeys([shown, "127.0.0.1", "localhost", "[::1]"])
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[f"{name}:*" for name in names],
        allowed_origins=[f"http://{name}:*" for name in names],
    )
