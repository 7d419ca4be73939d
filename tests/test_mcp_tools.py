"""The MCP tool table (mixmax_sdk/mcp/tools.json, written by `make sdk`) against the spec, the facade
and api.md: one tool per operation, named after the method users call, with schemas a JSON Schema
2020-12 validator accepts, hints that say what the operation does, and the choice of served tools.

Each fact is taken from a source of its own (the spec's paths, api.md's tables, the signatures of a
real `AsyncMixmax`'s methods), not from the generator that wrote the table.
"""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import pytest
from conftest import ROOT, iter_operations, load_spec
from jsonschema import Draft202012Validator

from mixmax_sdk import AsyncMixmax, MixmaxValidationError
from mixmax_sdk.mcp._table import Tool, all_tools, served

TOOLS = {t.name: t for t in all_tools()}
SENDS = {"messages_send", "send_email", "snippets_send"}
CANCELS = {"sequences_cancel", "sequences_recipients_cancel", "sequences_cancel_everywhere"}
# inputs a tool has that its method does not: paging, the bulk switches, cutting long strings
TOOL_ONLY = {"limit", "next", "max_text", "skip_invalid", "dry_run"}


def _http(tool: Tool) -> tuple[str, str]:
    """(METHOD, /path) from the end of the tool's description."""
    found = re.search(r"\((GET|POST|PUT|PATCH|DELETE) (/\S*)\)$", tool.description)
    assert found, f"{tool.name}: the description does not end with (METHOD /path): {tool.description[-60:]!r}"
    return found.group(1), found.group(2)


def _api_md() -> dict[tuple[str, str], tuple[str, str]]:
    """api.md's tables: (METHOD, /path) -> (the group as written, e.g. `client.sequences.sequence().recipients`,
    the method name)."""
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    group = None
    for line in (ROOT / "api.md").read_text().splitlines():
        heading = re.fullmatch(r"## `(client(?:\.\w+(?:\(\))?)*)`", line)
        if heading:
            group = heading.group(1)
            continue
        row = re.match(r"\| `(\w+)\(.*\| `(GET|POST|PUT|PATCH|DELETE) (/\S*)` \|", line)
        if row:
            assert group is not None, line
            key = (row.group(2), row.group(3))
            assert key not in rows, f"api.md lists {key} twice"
            rows[key] = (group, row.group(1))
    return rows


def _facade_name(group: str, method: str) -> str:
    """`client.sequences.sequence().recipients` + `list` -> `sequences_recipients_list`."""
    parts = [p for p in group.split(".")[1:] if not p.endswith("()")]
    return "_".join([*parts, method])


def _call_path(tool: Tool) -> str:
    """The facade path the tool's `call` walks, written as api.md writes it."""
    call = tool.call
    parts = ["client", *call["group"]]
    handle = call.get("handle")
    if handle is not None:
        parts += [f"{handle['method']}()", *handle["after"]]
    return ".".join(parts)


@pytest.fixture(scope="module")
def client() -> AsyncMixmax:
    # never used to send anything: its methods' signatures are what the tools must match
    return AsyncMixmax(api_key="signatures-only", base_url="http://127.0.0.1:9/v1")


def _method(client: AsyncMixmax, tool: Tool) -> tuple[list[inspect.Parameter], list[inspect.Parameter], Any]:
    """(the handle's parameters, the method's parameters, the method) of the facade method the tool calls."""
    call = tool.call
    target: Any = client
    for part in call["group"]:
        target = getattr(target, part)
    handle_params: list[inspect.Parameter] = []
    handle = call.get("handle")
    if handle is not None:
        build = getattr(target, handle["method"])
        handle_params = list(inspect.signature(build).parameters.values())
        target = build("an-id")
        for part in handle["after"]:
            target = getattr(target, part)
    method = getattr(target, call["method"])
    params = [
        p for p in inspect.signature(method).parameters.values() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    ]
    return handle_params, params, method


# ------------------------------------------------------------------------------------ tools and operations
def test_one_tool_per_operation_and_one_operation_per_tool() -> None:
    operations = sorted((method.upper(), path) for method, path, _op in iter_operations(load_spec()))
    assert len(operations) == 124
    described = sorted(_http(t) for t in all_tools())
    assert described == operations  # each operation exactly once: no tool left out, none twice


def test_each_tool_is_named_after_the_facade_method_of_its_operation() -> None:
    rows = _api_md()
    assert len(rows) == 124
    assert len(TOOLS) == len(all_tools())  # names are unique
    for tool in all_tools():
        group, method = rows[_http(tool)]
        assert tool.name == _facade_name(group, method), (tool.name, group, method)
        assert (_call_path(tool), tool.call["method"]) == (group, method)
    assert "sequences_recipients_list" in TOOLS  # client.sequences.sequence(id).recipients.list
    assert TOOLS["sequences_recipients_list"].call["handle"] == {
        "method": "sequence",
        "argument": "sequence_id",
        "after": ["recipients"],
    }


# ------------------------------------------------------------------------------------ schemas
@pytest.mark.parametrize("name", sorted(TOOLS))
def test_schemas_are_json_schema_2020_12_objects(name: str) -> None:
    tool = TOOLS[name]
    Draft202012Validator.check_schema(tool.input_schema)
    assert tool.input_schema["type"] == "object"
    assert tool.input_schema["additionalProperties"] is False
    assert set(tool.input_schema.get("required", [])) <= set(tool.input_schema["properties"])
    if tool.output_schema is not None:
        Draft202012Validator.check_schema(tool.output_schema)
        assert tool.output_schema["type"] == "object"  # MCP's structuredContent is an object
    # every $ref of a schema resolves inside it (a client gets each tool's schemas on their own)
    for schema in (tool.input_schema, tool.output_schema or {}):
        for ref in re.findall(r'"\$ref": "#/\$defs/([^"]+)"', json.dumps(schema)):
            assert ref in schema.get("$defs", {}), (name, ref)


def test_required_inputs_are_the_methods_required_parameters(client: AsyncMixmax) -> None:
    for tool in all_tools():
        handle_params, params, _ = _method(client, tool)
        everything = handle_params + params
        required = {p.name for p in everything if p.default is inspect.Parameter.empty}
        assert set(tool.input_schema.get("required", [])) == required, tool.name
        # and every input is one of the method's (or the handle's) parameters, or the tool's own
        assert set(tool.input_schema["properties"]) - TOOL_ONLY <= {p.name for p in everything}, tool.name


def test_a_list_argument_takes_a_list(client: AsyncMixmax) -> None:
    """An argument the method takes as a list is an array in the tool (a string too where the method
    takes one, e.g. a comma list), whatever the wire makes of it (`send_email`'s `to` is one string)."""
    for tool in all_tools():
        _, params, _ = _method(client, tool)
        for param in params:
            annotation = str(param.annotation)
            if "Iterable[" not in annotation or param.name not in tool.input_schema["properties"]:
                continue
            prop = tool.input_schema["properties"][param.name]
            if annotation.startswith("str | Iterable[str]"):
                assert prop["anyOf"] == [{"type": "string"}, {"type": "array", "items": {"type": "string"}}], tool.name
            else:
                assert prop["type"] == "array", (tool.name, param.name, prop)
    assert TOOLS["send_email"].input_schema["properties"]["to"]["type"] == "array"
    assert TOOLS["send_email"].input_schema["properties"]["to"]["minItems"] == 1


def test_a_dict_argument_takes_its_typed_dicts_keys_by_the_apis_names(client: AsyncMixmax) -> None:
    """A TypedDict argument (`RecipientDict`, `ContactDict`, ...) is an object of exactly its keys, each
    under the API's field name, which the call renames back (`contactId` -> `google_contact_id`)."""
    checked = set()
    for tool in all_tools():
        _, params, method = _method(client, tool)
        for param in params:
            names = re.findall(r"\b([A-Z]\w*Dict)\b", str(param.annotation))
            if not names:
                continue
            typed = inspect.unwrap(method).__globals__[names[0]]
            prop = tool.input_schema["properties"][param.name]
            obj = prop["items"] if prop.get("type") == "array" else prop
            obj = next((o for o in obj.get("anyOf", []) if o.get("type") == "object"), obj)
            argument = next(a for a in tool.call["arguments"] if a["name"] == param.name)
            renames = argument.get("rename_keys", {})
            assert obj["type"] == "object", tool.name
            assert obj["additionalProperties"] is False, tool.name  # the SDK refuses other keys
            assert {renames.get(k, k) for k in obj["properties"]} == set(typed.__annotations__), (tool.name, obj)
            required = {k for k, v in typed.__annotations__.items() if "Required[" in getattr(v, "__forward_arg__", "")}
            assert {renames.get(k, k) for k in obj.get("required", [])} == required, tool.name
            checked.add((tool.name, param.name))
    assert len(checked) == 10
    contacts = TOOLS["contact_groups_create"].call["arguments"]
    assert contacts == [
        {"name": "name"},
        {
            "name": "contacts",
            "rename_keys": {"contactId": "google_contact_id", "salesforceId": "salesforce_id"},
        },
    ]


def test_every_tool_with_an_answer_takes_max_text() -> None:
    for tool in all_tools():
        if tool.output_schema is None:
            assert "max_text" not in tool.input_schema["properties"], tool.name
        else:
            assert tool.input_schema["properties"]["max_text"] == {
                "type": "integer",
                "minimum": 0,
                "default": 2000,
                "description": "cut strings longer than this many characters (default 2000; 0: never cut)",
            }


# ------------------------------------------------------------------------------------ hints and access
def test_read_only_hint_exactly_for_gets() -> None:
    for tool in all_tools():
        method, _path = _http(tool)
        assert tool.annotations["readOnlyHint"] is (method == "GET"), tool.name
        assert (tool.access == "read") is (method == "GET"), tool.name


def test_destructive_and_idempotent_hints() -> None:
    deletes = {t.name for t in all_tools() if _http(t)[0] == "DELETE"}
    assert len(deletes) == sum(method == "delete" for method, _path, _op in iter_operations(load_spec())) == 17
    destructive = {t.name for t in all_tools() if t.annotations.get("destructiveHint")}
    assert destructive == deletes | CANCELS | SENDS
    writes = [t for t in all_tools() if t.access != "read"]
    assert all(isinstance(t.annotations["destructiveHint"], bool) for t in writes)
    # adding recipients again adds no one twice; a DELETE of what is gone changes nothing either
    idempotent = {t.name for t in all_tools() if t.annotations.get("idempotentHint")}
    assert idempotent == deletes | {"sequences_add_recipients"}
    # only sending email reaches beyond the account
    assert {t.name for t in all_tools() if t.annotations["openWorldHint"]} == SENDS


def test_access_send_exactly_for_the_three_sends() -> None:
    assert {t.name for t in all_tools() if t.access == "send"} == SENDS
    assert {t.access for t in all_tools()} == {"read", "write", "send"}


# ------------------------------------------------------------------------------------ which tools are served
def test_served_by_flags() -> None:
    read_only = served()
    assert len(read_only) == 63
    assert {t.access for t in read_only} == {"read"}
    writes = served(allow_writes=True)
    assert len(writes) == 121
    assert not {t.name for t in writes} & SENDS
    assert len(served(allow_writes=True, allow_send=True)) == 124


def test_served_by_globs() -> None:
    assert [t.name for t in served(patterns="sequences_*,users_me")] == [
        "sequences_get",
        "sequences_get_stage",
        "sequences_list",
        "sequences_recipients_list",
        "sequences_search_recipients",
        "users_me",
    ]
    # a glob narrows what the flags allow, never widens it
    assert [t.name for t in served(patterns="*_send")] == []
    assert [t.name for t in served(allow_writes=True, allow_send=True, patterns=" *_send , send_*")] == [
        "messages_send",
        "send_email",
        "snippets_send",
    ]
    assert [t.name for t in served(allow_writes=True, patterns="teams_members_?nvite")] == ["teams_members_invite"]


def test_served_refuses_send_without_writes_and_a_pattern_that_names_nothing() -> None:
    with pytest.raises(MixmaxValidationError, match=r"^--allow-send needs --allow-writes"):
        served(allow_send=True)
    with pytest.raises(MixmaxValidationError, match=r"^--tools names no tool: sequence_list, nope\*"):
        served(patterns="sequences_*,sequence_list,nope*")
    with pytest.raises(MixmaxValidationError, match=r"^--tools is empty"):
        served(patterns=" , ")
    # a pattern that names a tool the flags do not serve is no typo: it serves nothing, quietly
    assert served(patterns="teams_delete") == []


# ------------------------------------------------------------------------------------ list tools
def _spec_limit_maximum(method: str, path: str) -> int | None:
    spec = load_spec()
    item = spec["paths"][path]
    for raw in [*item.get("parameters", []), *item[method.lower()].get("parameters", [])]:
        param = raw
        if "$ref" in raw:
            param = spec["components"]["parameters"][raw["$ref"].rsplit("/", 1)[1]]
        if param["name"] == "limit" and param["in"] == "query":
            maximum: int | None = param.get("schema", {}).get("maximum")
            return maximum
    return None


def test_list_tools_take_limit_and_next() -> None:
    paged = [t for t in all_tools() if t.call["kind"] in ("page", "offset_page")]
    # a list tool for every GET whose operation takes a page size, and no other
    with_limit = {t.name for t in all_tools() if _http(t)[0] == "GET" and _spec_limit_maximum(*_http(t)) is not None}
    assert {t.name for t in paged} == with_limit
    assert len(paged) == 34
    maxima = {}
    for tool in paged:
        properties = tool.input_schema["properties"]
        api_max = _spec_limit_maximum(*_http(tool))
        assert api_max is not None
        most = min(100, api_max)
        maxima[tool.name] = most
        assert properties["limit"]["type"] == "integer"
        assert properties["limit"]["minimum"] == 1
        assert properties["limit"]["maximum"] == most, tool.name
        assert properties["limit"]["default"] == min(25, most), tool.name
        assert properties["next"]["type"] == "string"
        assert "previous" not in properties and "offset" not in properties
        assert "limit" not in tool.input_schema.get("required", [])
        output = tool.output_schema
        assert output is not None
        assert output["required"] == ["results", "has_next", "next"]
        assert output["properties"]["next"]["type"] == ["string", "null"]
    assert maxima["sequences_recipients_list"] == 50  # the API's own maximum is below 100 there
    assert TOOLS["sequences_recipients_list"].call["kind"] == "offset_page"
