"""`make sdk` is all it takes for an operation to become an MCP tool: the spec gets a `widgets`
resource (tests/regenerated_checkout.py), the generators run into a temporary checkout, and its
tools.json holds `widgets_list` and `widgets_create`, typed from the spec. The regenerated server,
run in a fresh interpreter, serves them against the fake Mixmax (which serves the new operations from
the spec alone) through the official MCP client.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from regenerated_checkout import WIDGET, Checkout, run_in

MAX_TEXT = {
    "type": "integer",
    "minimum": 0,
    "default": 2000,
    "description": "cut strings longer than this many characters (default 2000; 0: never cut)",
}

CALLS = r"""
import asyncio, json
import httpx
import mixmax_sdk
from mcp.client import Client
from mixmax_sdk import AsyncMixmax
from mixmax_sdk.mcp._server import make_server
from mixmax_sdk.mcp._table import served
from mixmax_sdk.testing import FakeMixmax

out = {"where": mixmax_sdk.__file__, "calls": [], "wire": []}

async def record(request):
    body = request.read()
    out["wire"].append([request.method, request.url.raw_path.decode(), json.loads(body) if body else None])

async def main():
    fake = FakeMixmax()
    server = fake.serve("127.0.0.1", 0).start()
    try:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        client = AsyncMixmax(api_key=fake.demo_token, base_url=server.base_url, clock=fake.clock, http_client=http)
        async with http, client, Client(make_server(client, served(allow_writes=True))) as mcp:
            out["listed"] = sorted(t.name for t in (await mcp.list_tools()).tools if t.name.startswith("widgets_"))

            async def call(name, arguments):
                result = await mcp.call_tool(name, arguments)
                out["calls"].append([name, result.is_error, result.content[0].text, result.structured_content])
                return result.structured_content

            await call("widgets_create", {"name": "alpha", "size": 3})
            await call("widgets_create", {"name": "beta"})
            await call("widgets_create", {"name": "gamma", "size": 11})
            first = await call("widgets_list", {"limit": 1})
            await call("widgets_list", {"limit": 1, "next": first["next"]})
            await call("widgets_list", {"color": "red"})
    finally:
        server.stop()

asyncio.run(main())
print(json.dumps(out))
"""


@pytest.mark.slow
def test_a_new_operation_in_the_spec_becomes_a_served_mcp_tool(regenerated: Checkout) -> None:
    assert regenerated.returncode == 0, regenerated.stderr
    tmp_path = regenerated.path
    tools = {t["name"]: t for t in json.loads((tmp_path / "mixmax_sdk" / "mcp" / "tools.json").read_text())["tools"]}
    assert len(tools) == 126  # the project's 124 and the two new ones

    listing = tools["widgets_list"]
    assert listing["access"] == "read"
    assert listing["annotations"] == {"title": "List widgets", "readOnlyHint": True, "openWorldHint": False}
    assert listing["description"].endswith("(GET /widgets)")
    assert listing["inputSchema"] == {
        "type": "object",
        "properties": {
            "color": {"type": "string", "description": "Only widgets of this colour."},
            "limit": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100,  # the spec allows 300; a page an agent reads is at most 100
                "default": 25,
                "description": "results in this page (default 25, at most 100)",
            },
            "next": {
                "type": "string",
                "minLength": 1,
                "description": "the `next` of the page before, to get the page after it",
            },
            "max_text": MAX_TEXT,
        },
        "additionalProperties": False,
    }
    assert listing["outputSchema"] == {
        "type": "object",
        "required": ["results", "has_next", "next"],
        "properties": {
            "results": {"type": "array", "items": {"$ref": "#/$defs/Widget"}},
            "has_next": {"type": "boolean"},
            "next": {
                "type": ["string", "null"],
                "description": "pass as `next` to get the following page (null: this is the last)",
            },
        },
        "$defs": {"Widget": WIDGET},
    }
    assert listing["call"] == {
        "group": ["widgets"],
        "method": "list",
        "kind": "page",
        "arguments": [{"name": "color"}],
    }

    create = tools["widgets_create"]
    assert create["access"] == "write"
    assert create["annotations"] == {
        "title": "Create a widget",
        "readOnlyHint": False,
        "destructiveHint": False,
        "idempotentHint": False,
        "openWorldHint": False,
    }
    assert create["description"].endswith("(POST /widgets)")
    assert create["inputSchema"] == {
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1, "description": "The widget's name."},
            "size": {"type": "integer", "minimum": 1, "maximum": 10, "description": "Its size, 1-10."},
            "max_text": MAX_TEXT,
        },
        "additionalProperties": False,
        "required": ["name"],
    }
    assert create["outputSchema"] == WIDGET

    done = run_in(tmp_path, CALLS)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["where"].startswith(str(tmp_path))  # the regenerated checkout served
    assert out["listed"] == ["widgets_create", "widgets_list"]
    calls = out["calls"]
    assert [(name, is_error) for name, is_error, _text, _structured in calls] == [
        ("widgets_create", False),
        ("widgets_create", False),
        ("widgets_create", True),
        ("widgets_list", False),
        ("widgets_list", False),
        ("widgets_list", False),
    ]
    alpha, beta = calls[0][3], calls[1][3]
    assert (alpha["name"], alpha["size"], beta["name"]) == ("alpha", 3, "beta")
    assert "size" not in beta
    assert isinstance(alpha["_id"], str) and isinstance(alpha["userId"], str)
    assert calls[2][2] == "invalid argument: size: 11 is greater than the maximum of 10"
    first, second, red = calls[3][3], calls[4][3], calls[5][3]
    assert (first["results"], first["has_next"]) == ([beta], True)
    assert (second["results"], second["has_next"], second["next"]) == ([alpha], False, None)
    assert red == {"results": [beta, alpha], "has_next": False, "next": None}  # the fake keeps no colour
    wire = out["wire"]
    assert wire[:3] == [
        ["POST", "/v1/widgets", {"name": "alpha", "size": 3}],
        ["POST", "/v1/widgets", {"name": "beta"}],
        ["GET", "/v1/widgets?limit=1", None],
    ]
    method, target, body = wire[3]
    assert (method, urlsplit(target).path, parse_qsl(urlsplit(target).query), body) == (
        "GET", "/v1/widgets", [("limit", "1"), ("next", first["next"])], None,
    )  # fmt: skip
    assert wire[4:] == [["GET", "/v1/widgets?limit=25&color=red", None]]
