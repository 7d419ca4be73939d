"""The spec, as shipped in the generated package (`mixmax_openapi/openapi.json`, written by `make sdk`):
routes for the fake, and a small JSON-schema check for request bodies."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .._validate import is_email

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((resources.files("mixmax_openapi") / "openapi.json").read_text())
    return spec


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    operation: dict[str, Any] = field(repr=False, compare=False)
    regex: re.Pattern[str] = field(repr=False, compare=False)
    params: tuple[str, ...] = ()

    @property
    def specificity(self) -> tuple[int, int]:
        segments = self.template.strip("/").split("/")
        return (sum(1 for s in segments if not s.startswith("{")), len(segments))

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if method != self.method:
            return None
        found = self.regex.fullmatch(path)
        return None if found is None else found.groupdict()


@functools.cache
def routes() -> tuple[Route, ...]:
    table = []
    for template, item in load_spec()["paths"].items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            params = tuple(re.findall(r"\{(\w+)\}", template))
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            table.append(Route(method.upper(), template, op["operationId"], op, re.compile(pattern), params))
    # Literal segments win over parameters: /sequences/cancel before /sequences/{id}.
    return tuple(sorted(table, key=lambda r: r.specificity, reverse=True))


def resolve(schema: dict[str, Any] | None) -> dict[str, Any]:
    """Follow `$ref`s (components only) to the schema itself."""
    while schema and "$ref" in schema:
        schema = load_spec()["components"][schema["$ref"].split("/")[2]][schema["$ref"].rsplit("/", 1)[1]]
    return schema or {}


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(schema)
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(properties(part))
    return props


def body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if not body:
        return None
    return resolve(body.get("content", {}).get("application/json", {}).get("schema"))


def response_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of the first 2xx response that has a body, if any."""
    for code, response in sorted(operation["responses"].items()):
        if not code.startswith("2"):
            continue
        response = resolve(response) if "$ref" in response else response
        content = response.get("content")
        if content:
            return resolve(content["application/json"]["schema"])
    return None


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_INT64 = (-(2**63), 2**63 - 1)


def _is(kind: str, value: Any) -> bool:
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()  # JSON Schema: 1.0 is an integer
    if isinstance(value, bool):
        return kind == "boolean"
    return isinstance(value, _TYPES[kind])


def problems(schema: dict[str, Any] | None, value: Any, where: str = "body") -> list[str]:
    """What is wrong with `value` under `schema` (types, bounds, required, enum, pattern, email format;
    unknown keys are fine, as everywhere in this API)."""
    schema = resolve(schema)
    if not schema:
        return []
    if "anyOf" in schema:
        options = [problems(option, value, where) for option in schema["anyOf"]]
        return [] if any(not p for p in options) else options[0]
    found: list[str] = []
    for part in schema.get("allOf", []):
        found += problems(part, value, where)
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(kind, value) for kind in kinds):
            return [*found, f"{where} must be {' or '.join(kinds)}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where} must be one of {schema['enum']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if schema.get("format") == "int64":
            low = _INT64[0] if low is None else max(low, _INT64[0])
            high = _INT64[1] if high is None else min(high, _INT64[1])
        if (low is not None and value < low) or (high is not None and value > high):
            found.append(f"{where} is out of range")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            found.append(f"{where} is too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where} is not in the expected form")
        if schema.get("format") in ("email", "idn-email") and not is_email(value):
            found.append(f"{where} is not a valid email address")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}.{name} is required")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += problems(sub, value[name], f"{where}.{name}")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for name, item in value.items():
                if name not in schema.get("properties", {}):
                    found += problems(extra, item, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += problems(schema["items"], item, f"{where}[{i}]")
    return found


def query_parameters(route_template: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's query parameters (path-level ones included), `$ref`s resolved."""
    shared = load_spec()["paths"][route_template].get("parameters", [])
    params = [resolve(p) for p in [*shared, *operation.get("parameters", [])]]
    return [p for p in params if p.get("in") == "query"]


def query_problems(route_template: str, operation: dict[str, Any], query: dict[str, list[str]]) -> list[str]:
    """Query strings checked against the declared parameters (strings converted as the API would)."""
    found: list[str] = []
    for param in query_parameters(route_template, operation):
        name, schema = param["name"], resolve(param.get("schema"))
        values = query.get(name)
        if not values:
            if param.get("required"):
                found.append(f"{name} is required")
            continue
        if schema.get("type") != "array" and len(values) > 1:
            found.append(f"{name} must be given once")
            continue
        item_schema = resolve(schema.get("items")) if schema.get("type") == "array" else schema
        for raw in values:
            found += problems(item_schema, _convert(raw, item_schema.get("type")), name)
    return found


def _convert(raw: str, kind: Any) -> Any:
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    if kind in {"integer", "number"}:
        try:
            return int(raw)
        except ValueError:
            try:
                return float(raw) if kind == "number" else raw
            except ValueError:
                return raw
    return raw
