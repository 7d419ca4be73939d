"""The promise of `make sdk`: an operation added to the spec becomes a typed method of both clients.

The spec is copied, a new resource (a cursor-paged GET list and a POST) is added, both generators run
into a temporary checkout (openapi-python-client, then scripts/gen_facade.py), and a fresh interpreter
imports the result and calls the new methods on the fake Mixmax over loopback HTTP, sync and async. The
fake serves the new operation from the spec alone (its generic collection semantics).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

WIDGET = {
    "type": "object",
    "required": ["_id"],
    "properties": {
        "_id": {"type": "string"},
        "userId": {"type": "string"},
        "name": {"type": "string"},
        "size": {"type": "integer"},
    },
}
WIDGET_INPUT = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "description": "The widget's name."},
        "size": {"type": "integer", "minimum": 1, "maximum": 10, "description": "Its size, 1-10."},
    },
}
WIDGET_PAGE = {
    "allOf": [
        {"$ref": "#/components/schemas/CursorPageInfo"},
        {
            "type": "object",
            "required": ["results"],
            "properties": {"results": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}},
        },
    ]
}


def _operation(operation_id: str, sdk: dict[str, Any], summary: str, response: str, **extra: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "x-sdk": sdk,
        "tags": ["widgets"],
        "summary": summary,
        "description": f"{summary}, for the test.",
        "x-evidence": ["OT"],
        "x-confidence": "low",
        **extra,
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{response}"}}},
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    }


def _spec_with_widgets() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "mixmax.yaml").read_text())
    spec["tags"].append({"name": "widgets", "description": "Widgets (a resource added by the test)."})
    spec["components"]["schemas"].update(Widget=WIDGET, WidgetInput=WIDGET_INPUT, WidgetPage=WIDGET_PAGE)
    parameters = [{"$ref": f"#/components/parameters/{name}"} for name in ("Limit", "Next", "Previous")]
    parameters.append(
        {"name": "color", "in": "query", "description": "Only widgets of this colour.", "schema": {"type": "string"}}
    )
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetInput"}}}}
    spec["paths"]["/widgets"] = {
        "get": _operation("listWidgets", {"method": "list"}, "List widgets", "WidgetPage", parameters=parameters),
        "post": _operation(
            "createWidget", {"method": "create", "positional": ["name"]}, "Create a widget", "Widget", requestBody=body
        ),
    }
    return spec


CALLS = r"""
import asyncio, json, sys
import httpx
import mixmax_openapi, mixmax_sdk
from mixmax_openapi.types import UNSET
from mixmax_sdk import AsyncMixmax, Mixmax, MixmaxValidationError
from mixmax_sdk.resources.widgets import Widgets
from mixmax_sdk.testing import FakeMixmax

out = {"where": [mixmax_sdk.__file__, mixmax_openapi.__file__], "signatures": {}}
import inspect
out["signatures"] = {name: str(inspect.signature(getattr(Widgets, name)._build)) for name in ("list", "create")}
fake = FakeMixmax()
server = fake.serve().start()
seen = []

def record(request):
    body = json.loads(request.content) if request.content else None
    seen.append([request.method, request.url.path, dict(request.url.params), body])

async def arecord(request):
    record(request)

try:
    http = httpx.Client(event_hooks={"request": [record]})
    with Mixmax(api_key=fake.demo_token, base_url=server.base_url, clock=fake.clock, http_client=http) as client:
        made = [client.widgets.create("alpha", size=3), client.widgets.create("beta")]
        listed = list(client.widgets.list(limit=1))
        try:
            client.widgets.create("gamma", size=11)
        except MixmaxValidationError as exc:
            out["refused"] = str(exc)
        out["sync"] = [[type(w).__name__, isinstance(w, mixmax_openapi.models.Widget), w.name, None if w.size is UNSET else w.size] for w in made + listed]

    async def run():
        ahttp = httpx.AsyncClient(event_hooks={"request": [arecord]})
        async with AsyncMixmax(api_key=fake.demo_token, base_url=server.base_url, clock=fake.clock, http_client=ahttp) as client:
            made = await client.widgets.create("delta", size=10)
            listed = [w async for w in client.widgets.list(limit=2, color="red")]
        await ahttp.aclose()
        return [[type(w).__name__, isinstance(w, mixmax_openapi.models.Widget), w.name, None if w.size is UNSET else w.size] for w in [made, *listed]]

    out["async"] = asyncio.run(run())
    http.close()
finally:
    server.stop()
out["wire"] = [[m, p, q, b] for m, p, q, b in seen]
print(json.dumps(out))
"""


def test_a_new_operation_in_the_spec_becomes_a_typed_method_of_both_clients(tmp_path: Path) -> None:
    spec_path = tmp_path / "mixmax.yaml"
    spec_path.write_text(yaml.safe_dump(_spec_with_widgets(), sort_keys=False))
    generated = tmp_path / "mixmax_openapi"
    subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(spec_path), "--config", str(ROOT / "generator-config.yaml"),
         "--custom-template-path", str(ROOT / "templates"), "--meta", "none", "--output-path", str(generated), "--overwrite",
         "--fail-on-warning"],
        check=True, capture_output=True, cwd=tmp_path, env={"PATH": f"{BIN}:/usr/bin:/bin"},
    )  # fmt: skip
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_to_json.py"), str(spec_path), str(generated / "openapi.json")],
        check=True,
    )
    shutil.copytree(ROOT / "mixmax_sdk", tmp_path / "mixmax_sdk", ignore=shutil.ignore_patterns("__pycache__"))
    facade = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_facade.py"), str(spec_path), "--root", str(tmp_path), "--generated", str(tmp_path)],
        check=False, capture_output=True, text=True,
    )  # fmt: skip
    assert facade.returncode == 0, facade.stderr
    module = (tmp_path / "mixmax_sdk" / "resources" / "widgets.py").read_text()
    assert "generated by make sdk from openapi/mixmax.yaml; do not edit" in module
    assert "def widgets(self) -> Widgets[M]:" in (tmp_path / "mixmax_sdk" / "_groups.py").read_text()
    assert "`POST /widgets`" in (tmp_path / "api.md").read_text()

    done = subprocess.run(
        [sys.executable, "-c", CALLS], capture_output=True, text=True, check=False, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)}
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert all(where.startswith(str(tmp_path)) for where in out["where"])  # the regenerated code ran
    assert out["signatures"] == {
        "list": "(self, *, color: 'str | None' = None, limit: 'int | None' = None, next: 'str | None' = None, "
        "previous: 'str | None' = None, **options: 'Unpack[RequestOptions]') -> 'Plan[Widget]'",
        "create": "(self, name: 'str', *, size: 'int | None' = None, **options: 'Unpack[RequestOptions]') -> 'Call[Widget]'",
    }
    assert out["refused"] == "size must be an int from 1 to 10, not 11"
    assert out["sync"] == [
        ["Widget", True, "alpha", 3], ["Widget", True, "beta", None], ["Widget", True, "beta", None], ["Widget", True, "alpha", 3],
    ]  # fmt: skip
    assert out["async"] == [["Widget", True, "delta", 10], ["Widget", True, "delta", 10], ["Widget", True, "beta", None],
                            ["Widget", True, "alpha", 3]]  # fmt: skip
    wire = out["wire"]
    assert wire[:2] == [
        ["POST", "/v1/widgets", {}, {"name": "alpha", "size": 3}],
        ["POST", "/v1/widgets", {}, {"name": "beta"}],
    ]
    # two items, one per page: the second page is fetched with the first page's cursor
    assert [(m, p, q.get("limit"), "next" in q) for m, p, q, _ in wire[2:4]] == [
        ("GET", "/v1/widgets", "1", False), ("GET", "/v1/widgets", "1", True),
    ]  # fmt: skip
    assert wire[4] == ["POST", "/v1/widgets", {}, {"name": "delta", "size": 10}]
    assert wire[5][:3] == ["GET", "/v1/widgets", {"limit": "2", "color": "red"}]
    assert len(wire) == 7  # the async list: three widgets, two per page
