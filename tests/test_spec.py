"""The OpenAPI description: valid, complete, evidence-backed, and safe for the generator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import iter_operations, load_spec
from openapi_spec_validator import validate

EVIDENCE_TAGS = {"DOC", "SUP", "AE", "AB", "GO", "TT", "PD", "RB", "CP", "MB", "OT"}
OPS = iter_operations(load_spec())
OP_IDS = [op["operationId"] for _, _, op in OPS]

# Every call of the npm `mixmax-api` 1.5.0 wrapper (github.com/ttacon/mixmax-api, tag TT in openapi/EVIDENCE.md), as
# (method, path). contacts.update never sent a request (broken); its intended PATCH is here.
NPM_WRAPPER_CALLS = [
    ("get", "/sequences"),
    ("get", "/sequences/{id}"),
    ("post", "/sequences/{id}/recipients"),
    ("post", "/sequences/{id}/pause"),
    ("post", "/sequences/{id}/resume"),
    ("get", "/sequences/{id}/recipients"),
    ("get", "/contacts/{id}"),
    ("get", "/contacts"),
    ("post", "/contacts"),
    ("patch", "/contacts/{id}"),
    ("get", "/orgs/me/custom-domains/{type}"),
    ("post", "/orgs/me/custom-domains/{type}"),
    ("delete", "/orgs/me/custom-domains/{type}"),
    ("get", "/polls/{id}"),
    ("get", "/polls"),
    ("get", "/qa/{id}"),
    ("get", "/qa"),
    ("get", "/yesno/{id}"),
    ("get", "/yesno"),
    ("get", "/integrations/sidebars/{id}"),
    ("get", "/integrations/sidebars"),
    ("post", "/integrations/sidebars"),
    ("delete", "/integrations/sidebars/{id}"),
]

# Paths the catalogue calls doubtful: they must stay out.
DOUBTFUL_PATHS = ["/sequences/sent", "/sequences/folders", "/sequences/folders/{id}/sequences", "/availability"]

# Input-only value sets may be enums; server-controlled sets may grow and must stay plain strings.
ALLOWED_ENUM_SCHEMAS = {"CustomDomainType", "ScheduledAt"}


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_spec_covers_at_least_80_operations_in_every_catalogue_group(spec: dict[str, Any]) -> None:
    assert len(OPS) >= 80
    declared = {t["name"] for t in spec["tags"]}
    used = {op["tags"][0] for _, _, op in OPS}
    assert used == declared, "every declared tag is used, and only declared tags are used"
    # Operation groups (openapi/EVIDENCE.md, "Operations by group").
    assert len(declared) >= 25


def test_operation_ids_are_unique_camel_case() -> None:
    assert len(OP_IDS) == len(set(OP_IDS))
    for op_id in OP_IDS:
        assert re.fullmatch(r"[a-z][a-zA-Z0-9]*", op_id), op_id


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=OP_IDS)
def test_operation_is_documented_with_evidence(method: str, path: str, op: dict[str, Any]) -> None:
    assert len(op["tags"]) == 1
    assert op["summary"].strip() and op["description"].strip()
    evidence = op["x-evidence"]
    assert evidence and set(evidence) <= EVIDENCE_TAGS, evidence
    assert len(evidence) == len(set(evidence))
    confidence = op["x-confidence"]
    assert confidence in {"high", "medium", "low"}
    if confidence == "high":
        assert "DOC" in evidence, "high confidence needs the vendor docs"
    if confidence == "medium":
        assert len(evidence) >= 2, "medium confidence needs two independent sources"
    assert op.get("deprecated", False) == (op["tags"][0] in {"contacts", "contactGroups"})


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=OP_IDS)
def test_every_success_response_is_typed(method: str, path: str, op: dict[str, Any]) -> None:
    spec = load_spec()
    successes = {code: r for code, r in op["responses"].items() if code.startswith("2")}
    assert successes, "at least one 2xx response"
    for code, response in successes.items():
        if "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        content = response.get("content")
        if content is None:
            continue  # a documented no-body answer (204, or an undocumented body that is ignored)
        schema = content["application/json"]["schema"]
        assert "$ref" in schema or schema.get("type") == "array", f"{code}: response schema must be a named type"
    assert "401" in op["responses"] and "429" in op["responses"]
    if "{id}" in path:
        assert "404" in op["responses"], "an unknown id answers 404"


def test_every_npm_wrapper_call_is_in_the_spec(spec: dict[str, Any]) -> None:
    present = {(method, path) for method, path, _ in OPS}
    missing = [call for call in NPM_WRAPPER_CALLS if call not in present]
    assert not missing


@pytest.mark.parametrize(("method", "path"), NPM_WRAPPER_CALLS, ids=[f"{m} {p}" for m, p in NPM_WRAPPER_CALLS])
def test_every_npm_wrapper_call_is_sent_by_the_generated_layer(method: str, path: str) -> None:
    """Parity with the npm wrapper is a property of the SDK, not of the spec alone: the generated
    endpoint for each call builds exactly that method and path."""
    import importlib
    import inspect
    import re

    op = load_spec()["paths"][path][method]
    snake = lambda name: re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()  # noqa: E731
    module = importlib.import_module(f"mixmax_openapi.api.{snake(op['tags'][0])}.{snake(op['operationId'])}")
    signature = inspect.signature(module._get_kwargs).parameters.values()
    ids = [f"id{i}" for i, p in enumerate(signature) if p.kind is not p.KEYWORD_ONLY]
    body = {"body": _AnyBody()} if "body" in inspect.signature(module._get_kwargs).parameters else {}
    built = module._get_kwargs(*ids, **body)
    assert built["method"] == method
    expected = path
    for name, value in zip(re.findall(r"\{(\w+)\}", path), ids, strict=True):
        expected = expected.replace("{" + name + "}", value)
    assert built["url"] == expected


class _AnyBody:
    def to_dict(self) -> dict[str, Any]:
        return {}


def test_doubtful_paths_stay_out(spec: dict[str, Any]) -> None:
    for path in DOUBTFUL_PATHS:
        assert path not in spec["paths"]
        assert path in spec["info"]["description"], f"say why {path} is left out"


def _walk_schemas(node: Any, where: str):  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_schemas(value, f"{where}/{i}")


def test_no_enum_on_server_controlled_values(spec: dict[str, Any]) -> None:
    offenders = [
        where
        for name, schema in spec["components"]["schemas"].items()
        if name not in ALLOWED_ENUM_SCHEMAS
        for where, node in _walk_schemas(schema, name)
        if "enum" in node
    ]
    assert not offenders


def test_property_names_are_safe_for_field_prefix_empty(spec: dict[str, Any]) -> None:
    """generator-config.yaml sets field_prefix "" (so `_id` -> `id`): that is only sound while no
    property starts with a digit and no object declares both `_id` and `id`."""
    for where, node in _walk_schemas(spec["components"]["schemas"], "#"):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        for name in props:
            assert not name[0].isdigit(), f"{where}: {name}"
        assert not {"_id", "id"} <= set(props), f"{where} declares both _id and id"


def test_required_is_only_used_for_always_present_fields(spec: dict[str, Any]) -> None:
    allowed = {
        "_id",
        "results",
        "email",
        "status",
        "type",
        "name",
        "text",
        "trigger",
        "recipients",
        "to",
        "message",
        "members",
        "reminder",
        "domain",
        "emails",
        "userId",  # AppointmentLink: Airbyte's primary key of appointmentlinks/me
        "eventName",  # webhook events: in every documented example; the discriminator of parse_event
        "next",  # CursorPageInfo's `then`: promised only when `hasNext` is true (the `if`)
    }
    for where, node in _walk_schemas(spec["components"]["schemas"], "#"):
        if where.endswith("/if"):
            continue  # an `if`'s `required` is a condition on the answer, not a promise of it
        for field in node.get("required", []) if isinstance(node.get("required"), list) else []:
            assert field in allowed, f"{where}: required {field}"


def test_required_response_fields_carry_their_evidence(spec: dict[str, Any]) -> None:
    """A response schema that promises a field (no `Unset` in its type) says which sources show it."""
    for name, schema in spec["components"]["schemas"].items():
        required = set(schema.get("required", [])) - {"_id"}
        if required and not name.endswith(("Input", "Request", "Update", "Invite")) and name != "SendEmailMessage":
            evidence = schema.get("x-evidence")
            assert evidence and set(evidence) <= EVIDENCE_TAGS, (
                f"{name}: required {sorted(required)} without x-evidence"
            )


def test_epoch_millisecond_fields_are_int64(spec: dict[str, Any]) -> None:
    epoch = spec["components"]["schemas"]["EpochMillis"]
    assert epoch == {"type": "integer", "format": "int64", "description": epoch["description"]}
    assert "milliseconds" in epoch["description"]
    sequence_recipient = spec["components"]["schemas"]["SequenceRecipient"]["properties"]
    assert sequence_recipient["createdAt"] == {"$ref": "#/components/schemas/EpochMillis"}
    message = spec["components"]["schemas"]["Message"]["properties"]
    for field in ("created", "updatedAt", "sent", "scheduled"):
        assert message[field] == {"$ref": "#/components/schemas/EpochMillis"}


def test_rate_limit_response_documents_retry_after(spec: dict[str, Any]) -> None:
    too_many = spec["components"]["responses"]["TooManyRequests"]
    assert "Retry-After" in too_many["headers"]
    security = spec["components"]["securitySchemes"]["ApiToken"]
    assert (security["type"], security["in"], security["name"]) == ("apiKey", "header", "X-API-Token")
    assert "apiToken" in security["description"]


def test_recipients_list_uses_offset_pagination(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    assert params["RecipientsLimit"]["schema"]["maximum"] == 50
    assert params["RecipientsOffset"]["schema"]["maximum"] == 9999
    assert params["Limit"]["schema"]["maximum"] == 300
    get = spec["paths"]["/sequences/{id}/recipients"]["get"]
    refs = {p.get("$ref") for p in get["parameters"]}
    assert {"#/components/parameters/RecipientsLimit", "#/components/parameters/RecipientsOffset"} <= refs
    assert get["responses"]["200"]["content"]["application/json"]["schema"]["type"] == "array"


def test_evidence_lives_in_the_repository(spec: dict[str, Any]) -> None:
    """Every `x-evidence` tag used in the spec is defined in openapi/EVIDENCE.md, and nothing points
    at research notes outside the repository."""
    root = Path(__file__).parent.parent
    evidence_md = (root / "openapi" / "EVIDENCE.md").read_text()
    defined = set(re.findall(r"^\| ([A-Z]{2,3}) \| ", evidence_md, flags=re.MULTILINE))
    assert defined == EVIDENCE_TAGS
    used = {tag for _, node in _walk_schemas(spec, "#") for tag in node.get("x-evidence", [])}
    assert used and used <= defined
    docs = sorted(str(p.relative_to(root)) for p in (root / "docs").rglob("*.md"))
    for path in ["openapi/mixmax.yaml", "CONTRIBUTING.md", "README.md", "tests/cassettes/README.md", *docs]:
        assert "shared/" not in (root / path).read_text(), path


def test_every_returned_object_names_its_evidence(spec: dict[str, Any]) -> None:
    """The object an operation answers with (a page's item for pages) says which sources show its shape."""
    schemas = spec["components"]["schemas"]

    def named(ref: str) -> tuple[str, dict[str, Any]]:
        name = ref.rsplit("/", 1)[1]
        return name, schemas[name]

    for _, _, op in OPS:
        for code, response in op["responses"].items():
            content = response.get("content") if code.startswith("2") else None
            if not content:
                continue
            schema = content["application/json"]["schema"]
            ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
            name, target = named(ref)
            for part in target.get("allOf", []):
                if "results" in part.get("properties", {}):
                    name, target = named(part["properties"]["results"]["items"]["$ref"])
            tags = target.get("x-evidence")
            assert tags and set(tags) <= EVIDENCE_TAGS, f"{op['operationId']}: {name} has no x-evidence"
