"""A checkout regenerated from a changed spec: the spec is copied, a `widgets` resource (listWidgets, a
cursor-paged GET; createWidget, a POST) is added, and `make sdk`'s steps run into a temporary directory
(openapi-python-client, spec_to_json.py, then scripts/gen_facade.py over a copy of mixmax_sdk/). Shared
by the tests of what such a change gives: the facade (test_gen_facade.py) and the MCP tools
(test_mcp_regen.py). Code run with PYTHONPATH=<the directory> imports the regenerated packages.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
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


def spec_with_widgets() -> dict[str, Any]:
    """The project's spec with the `widgets` resource added."""
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


def regenerate(into: Path) -> subprocess.CompletedProcess[str]:
    """`make sdk` for the spec with widgets, into `into` (mixmax_openapi/, mixmax_sdk/, api.md). Returns
    gen_facade.py's run (its return code is the caller's to check: the facade step is what is under test)."""
    spec_path = into / "mixmax.yaml"
    spec_path.write_text(yaml.safe_dump(spec_with_widgets(), sort_keys=False))
    generated = into / "mixmax_openapi"
    subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(spec_path), "--config", str(ROOT / "generator-config.yaml"),
         "--custom-template-path", str(ROOT / "templates"), "--meta", "none", "--output-path", str(generated), "--overwrite",
         "--fail-on-warning"],
        check=True, capture_output=True, cwd=into, env={"PATH": f"{BIN}:/usr/bin:/bin"},
    )  # fmt: skip
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_to_json.py"), str(spec_path), str(generated / "openapi.json")],
        check=True,
    )
    shutil.copytree(ROOT / "mixmax_sdk", into / "mixmax_sdk", ignore=shutil.ignore_patterns("__pycache__"))
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_facade.py"), str(spec_path), "--root", str(into), "--generated", str(into)],
        check=False, capture_output=True, text=True,
    )  # fmt: skip


@dataclass(frozen=True)
class Checkout:
    """The regenerated checkout, and how gen_facade.py's run into it ended."""

    path: Path
    returncode: int
    stderr: str


def shared_checkout(tmp_path_factory: pytest.TempPathFactory) -> Checkout:
    """One regenerated checkout per test run, shared by the tests that read it (and by every xdist worker:
    the first to take the lock regenerates, the others wait and reuse it). Nothing writes into it."""
    base = tmp_path_factory.getbasetemp()
    run_dir = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # this run's, seen by all workers
    where = run_dir / "regenerated-widgets"
    with (run_dir / "regenerated-widgets.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        outcome = where / "gen_facade.json"
        if not outcome.exists():
            shutil.rmtree(where, ignore_errors=True)  # a regeneration cut short: done again whole
            where.mkdir()
            facade = regenerate(where)
            outcome.write_text(json.dumps([facade.returncode, facade.stderr]))
        returncode, stderr = json.loads(outcome.read_text())
    return Checkout(where, returncode, stderr)


def run_in(checkout: Path, script: str) -> subprocess.CompletedProcess[str]:
    """`script` in a fresh interpreter that imports the regenerated packages of `checkout`."""
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=checkout, env={"PYTHONPATH": str(checkout)}
    )  # fmt: skip
