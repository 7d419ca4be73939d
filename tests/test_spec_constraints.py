"""Rules of openapi/mixmax.yaml that an independent validator of the spec (not the SDK) must see: a page
with `hasNext: true` has a `next` cursor; input addresses may be international (RFC 6531); `User.email`
is optional. The validators are `jsonschema_rs` (format checks on, as a Prism mock has them) and
`jsonschema`, reading the spec as written."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import jsonschema_rs
import pytest
from conftest import iter_operations, load_spec
from mixmax_openapi.types import UNSET

from mixmax_sdk.testing import FakeMixmax

DIALECT = "https://json-schema.org/draft/2020-12/schema"
INTERNATIONAL = "用户@例子.广告"
SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def rooted(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with the spec's components beside it, so that its `#/components/...` refs resolve."""
    return {"$schema": DIALECT, **schema, "components": SPEC["components"]}


def ref(name: str) -> dict[str, Any]:
    return rooted({"$ref": f"#/components/schemas/{name}"})


def rs_valid(schema: dict[str, Any], value: Any) -> bool:
    return bool(jsonschema_rs.validator_for(schema, validate_formats=True).is_valid(value))


def py_valid(schema: dict[str, Any], value: Any) -> bool:
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(value)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def address_fields(schema: dict[str, Any], where: str, seen: set[int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every string schema with an address format reachable from a request body schema."""
    schema = resolve(schema)
    if id(schema) in seen:
        return
    seen.add(id(schema))
    if schema.get("format") in ("email", "idn-email"):
        yield where, schema
    for name, sub in schema.get("properties", {}).items():
        yield from address_fields(sub, f"{where}.{name}", seen)
    if isinstance(schema.get("items"), dict):
        yield from address_fields(schema["items"], f"{where}[]", seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(schema.get(key, [])):
            yield from address_fields(sub, f"{where}.{key}[{i}]", seen)


def input_address_fields() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for method, path, operation in iter_operations(SPEC):
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body is not None:
            found.update(address_fields(body, f"{method.upper()} {path}", set()))
        for parameter in operation.get("parameters", []):
            found.update(
                address_fields(parameter.get("schema", {}), f"{method.upper()} {path} ?{parameter.get('name')}", set())
            )
    return found


# ---------------------------------------------------------------------------------- addresses
def test_every_input_address_field_accepts_an_international_address() -> None:
    fields = input_address_fields()
    assert {"POST /contacts.email", "POST /teams.members[].email", "POST /unsubscribes.email"} <= set(fields)
    for where, schema in fields.items():
        assert schema["format"] == "idn-email", where
        for valid in (rs_valid, py_valid):
            assert valid(rooted(schema), INTERNATIONAL), (where, valid.__name__)
            assert valid(rooted(schema), "ada@example.com"), (where, valid.__name__)
        assert not rs_valid(rooted(schema), "not-an-address"), where  # the format is still checked


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("ContactInput", {"email": INTERNATIONAL}),
        ("UnsubscribeInput", {"email": INTERNATIONAL}),
        ("TeamInput", {"name": "Ops", "members": [{"email": INTERNATIONAL}]}),
        ("TeamMembersInput", {"members": [{"email": INTERNATIONAL, "role": "member"}]}),
    ],
)
def test_the_input_schemas_accept_a_whole_body_with_an_international_address(schema: str, body: Any) -> None:
    assert rs_valid(ref(schema), body)
    assert py_valid(ref(schema), body)


def test_the_fake_accepts_an_international_address_and_its_spec_check_refuses_a_wrong_one() -> None:
    fake = FakeMixmax()
    headers = {"X-API-Token": fake.demo_token}
    with httpx.Client(transport=fake.transport(), base_url="https://api.mixmax.com/v1", headers=headers) as http:
        accepted = [
            http.post("/unsubscribes", json={"email": INTERNATIONAL}),
            http.post("/contacts", json={"email": INTERNATIONAL}),
            http.post("/teams", json={"name": "Ops", "members": [{"email": INTERNATIONAL}]}),
        ]
        refused = http.post("/teams", json={"name": "Ops", "members": [{"email": "not-an-address"}]})
    assert [response.status_code for response in accepted] == [200, 200, 200], [r.text for r in accepted]
    # The fake's check of request bodies against the spec (not the route's own) says so.
    assert (refused.status_code, refused.json()) == (
        400,
        {"message": "body.members[0].email is not a valid email address"},
    )


# ---------------------------------------------------------------------------------- pages
def cursor_pages() -> list[str]:
    pages = [
        name
        for name, schema in SCHEMAS.items()
        if any(part.get("$ref") == "#/components/schemas/CursorPageInfo" for part in schema.get("allOf", []))
    ]
    assert len(pages) > 20
    return pages


@pytest.mark.parametrize("page", cursor_pages())
def test_a_page_with_has_next_true_has_a_next_cursor(page: str) -> None:
    refused = [
        {"results": [], "hasNext": True, "next": None},
        {"results": [], "hasNext": True},
    ]
    accepted = [
        {"results": [], "hasNext": True, "next": "c1"},
        {"results": [], "hasNext": False, "next": None},
        {"results": [], "hasNext": False},
        {"results": [], "next": None},  # no hasNext: nothing is promised (the SDK then asks `next`)
    ]
    for valid in (rs_valid, py_valid):
        assert [valid(ref(page), body) for body in refused] == [False, False], valid.__name__
        assert all(valid(ref(page), body) for body in accepted), valid.__name__


def test_the_generated_spec_copy_holds_the_page_rule() -> None:
    import json
    from pathlib import Path

    copy = json.loads((Path(__file__).parent.parent / "generated" / "mixmax_openapi" / "openapi.json").read_text())
    rule = copy["components"]["schemas"]["CursorPageInfo"]
    assert rule["if"] == {"required": ["hasNext"], "properties": {"hasNext": {"const": True}}}
    assert rule["then"] == {"required": ["next"], "properties": {"next": {"type": "string"}}}


# ---------------------------------------------------------------------------------- users
def test_user_email_is_optional_in_the_spec() -> None:
    assert SCHEMAS["User"]["required"] == ["_id"]
    assert rs_valid(ref("User"), {"_id": "u1"})
    assert rs_valid(ref("User"), {"_id": "u1", "email": "a@b.com"})


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_user_without_an_address_is_no_deviation_even_for_a_strict_client(kind: str) -> None:
    fake = FakeMixmax()
    user = fake.store.get("users", fake.tokens[fake.demo_token])
    assert user is not None
    del user["email"]
    if kind == "sync":
        with fake.client(strict_responses=True) as client:
            me = client.users.me()
    else:

        async def call() -> Any:
            async with fake.async_client(strict_responses=True) as client:
                return await client.users.me()

        me = asyncio.run(call())
    assert me.id == user["_id"] and me.email is UNSET
