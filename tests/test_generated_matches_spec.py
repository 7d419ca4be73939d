"""The generated layer is the spec's: the shipped copy of the spec is openapi/mixmax.yaml, and every
generated endpoint module sends the method, path and query parameters the spec names (a spec edited
without `make sdk` fails here, not only in CI's drift check)."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import pytest
from conftest import load_spec

from mixmax_sdk.testing._spec import load_spec as load_shipped_spec


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _resolve(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in item:
        _, _, group, name = item["$ref"].split("/")
        item = spec["components"][group][name]
    return item


def test_the_shipped_spec_is_the_spec() -> None:
    """generated/mixmax_openapi/openapi.json (what the fake serves) is openapi/mixmax.yaml, as of now."""
    assert load_shipped_spec() == load_spec(), "openapi/mixmax.yaml changed without `make sdk`"


OPERATIONS = [
    (method, path, op)
    for path, item in load_spec()["paths"].items()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete", "patch")
]


class _Body:
    """Stands in for a generated request model: what `_get_kwargs` does with a body is not checked here."""

    def to_dict(self) -> dict[str, Any]:
        return {}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p, _ in OPERATIONS])
def test_the_generated_layer_sends_what_the_spec_says(method: str, path: str, op: dict[str, Any]) -> None:
    """openapi/mixmax.yaml and the generated module agree on method, path and query parameter names
    (a spec edited without `make sdk` fails here, not only in CI's drift check)."""
    module = importlib.import_module(f"mixmax_openapi.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}")
    shared = load_spec()["paths"][path].get("parameters", [])
    declared = [_resolve(load_spec(), p) for p in [*shared, *op.get("parameters", [])]]
    query_names = sorted(p["name"] for p in declared if p["in"] == "query")
    path_names = re.findall(r"\{(\w+)\}", path)

    positional, keywords = [], {}
    for name, param in inspect.signature(module._get_kwargs).parameters.items():
        if param.kind is param.KEYWORD_ONLY:
            keywords[name] = _Body() if name == "body" else f"sentinel-{name}"
        else:
            positional.append(f"path-{len(positional)}")
    built = module._get_kwargs(*positional, **keywords)

    assert built["method"] == method
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    found = re.fullmatch(pattern, built["url"])
    assert found is not None, f"{built['url']} does not fit {path}"
    assert sorted(found.groupdict().values()) == sorted(positional) and len(positional) == len(path_names)
    params = built.get("params", {})
    assert sorted(params) == query_names, "query parameter names on the wire differ from the spec"
    sent = {value for value in params.values()}
    assert sent == {f"sentinel-{name}" for name in keywords if name != "body"}, "each parameter sent once, as given"
    assert ("json" in built) == ("requestBody" in op)
