"""Generated response models never raise on a deviation from the spec: they keep the wire value and tell
the deviation handler (templates/model.py.jinja, templates/property_templates/tolerant.jinja).

The oracle for "is this a deviation" is the spec itself (generated/mixmax_openapi/openapi.json), read
here independently of the generator.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import mixmax_openapi.models as models
import pytest
from conftest import Recorder, load_payload
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mixmax_openapi.types import UNSET, ResponseDeviation, json_kind, set_deviation_handler

SPEC: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "generated" / "mixmax_openapi" / "openapi.json").read_text()
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

# A date-time that round-trips exactly through datetime.fromisoformat(...).isoformat().
VALID_DATETIME = "2016-10-30T01:14:07.790000+00:00"
REMOVED = object()  # the replacement "remove the property"


# ------------------------------------------------------------------ the spec, read independently


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def merged(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    schema = resolve(schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        sub_props, sub_required = merged(part)
        props.update(sub_props)
        required += sub_required
    return props, required


def is_object(schema: dict[str, Any]) -> bool:
    schema = resolve(schema)
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def collect(schema: dict[str, Any], class_name: str, found: dict[str, dict[str, Any]]) -> None:
    """Every model class reachable from `schema`, named as the generator names inline schemas."""
    if "$ref" in schema:
        class_name = schema["$ref"].rsplit("/", 1)[1]
        schema = resolve(schema)
    for key in ("anyOf", "oneOf"):
        for i, member in enumerate(schema.get(key, [])):
            collect(member, f"{class_name}Type{i}", found)
    if "items" in schema:
        collect(schema["items"], f"{class_name}Item", found)
    if not is_object(schema) or class_name in found:
        return
    found[class_name] = schema
    props, _ = merged(schema)
    for prop, sub in props.items():
        collect(sub, class_name + pascal(prop), found)


def response_models() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in SPEC["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for code, response in op.get("responses", {}).items():
                if not code.startswith("2"):
                    continue
                for content in response.get("content", {}).values():
                    collect(content.get("schema", {}), "", found)
    # Webhook events are payloads Mixmax sends too: the same tolerance applies to them.
    for item in SPEC.get("webhooks", {}).values():
        for op in item.values():
            for content in op["requestBody"]["content"].values():
                collect(content["schema"], "", found)
    found.pop("", None)  # an inline top-level array of $refs has no class of its own
    return found


RESPONSE_MODELS = response_models()


def kinds(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a schema, each with a single JSON type (refs and anyOf/oneOf flattened)."""
    schema = resolve(schema)
    if "anyOf" in schema or "oneOf" in schema:
        return [alt for member in schema.get("anyOf", schema.get("oneOf")) for alt in kinds(member)]
    if is_object(schema):
        return [{**schema, "type": "object"}]
    types = schema.get("type")
    if types is None:
        return [{}]  # any value fits
    if isinstance(types, str):
        types = [types]
    return [{**schema, "type": t} for t in types]


def fits(schema: dict[str, Any], value: Any) -> bool:
    """Whether a top-level replacement value fits (objects and arrays are replaced only by empty ones)."""
    for alt in kinds(schema):
        kind = alt.get("type")
        if kind is None:
            return True
        if json_kind(value) == kind or (kind == "number" and json_kind(value) == "integer"):
            if "enum" in alt and value not in alt["enum"]:
                continue
            if kind == "string" and alt.get("format") in ("date-time", "date"):
                try:
                    datetime.date.fromisoformat(value) if alt["format"] == "date" else datetime.datetime.fromisoformat(
                        value
                    )
                except ValueError:
                    continue
            return True
    return False


def valid(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value that fits `schema`: the first non-null alternative, objects with their required fields."""
    alts = [alt for alt in kinds(schema) if alt.get("type") != "null"] or [{"type": "null"}]
    alt = alts[0]
    kind = alt.get("type")
    if "enum" in alt:
        return alt["enum"][0]
    if "const" in alt:
        return alt["const"]
    if kind == "object":
        props, required = merged(alt)
        return {name: valid(props[name], depth + 1) for name in required if name in props}
    if kind == "array":
        return [valid(alt["items"], depth + 1)] if depth < 3 and "items" in alt else []
    if kind == "string":
        return {"date-time": VALID_DATETIME, "date": "2016-10-30"}.get(alt.get("format", ""), "x")
    return {"integer": 7, "number": 1.5, "boolean": True, "null": None}.get(kind or "", "x")


def full_payload(schema: dict[str, Any]) -> dict[str, Any]:
    """Every declared property with a valid value (the "minimal-plus" payload), plus an unknown field."""
    props, _ = merged(schema)
    payload = {name: valid(sub) for name, sub in props.items()}
    payload["someFutureField"] = {"nested": [1, 2]}
    return payload


def replacements(schema: dict[str, Any]) -> list[Any]:
    """Removal and one value of every JSON kind (the string is not a date), whatever the property's type:
    whether each is a deviation is for `fits` to say (null on a nullable field, epoch milliseconds on a
    FlexibleTimestamp are not). One exception: `{}` where the property can be an object with required
    fields is a deviation *inside* that object (its model reports the missing fields, tested below),
    not a replacement of the property by another kind."""
    out: list[Any] = [REMOVED, None, "not a date", 7, 1.5, True, []]
    if not any(alt.get("type") == "object" and merged(alt)[1] for alt in kinds(schema)):
        out.append({})
    return out


def model_class(name: str) -> Any:
    return getattr(models, name)


# ------------------------------------------------------------------ the property test


def raise_deviation(schema: str, field: str, expected: str, observed: str, value: Any) -> None:
    raise ResponseDeviation(schema, field, expected, observed, value)


@pytest.fixture(autouse=True)
def no_handler() -> Iterator[None]:
    previous = set_deviation_handler(None)
    yield
    set_deviation_handler(previous)


def check_one_deviation(name: str, prop: str, replacement: Any) -> bool:
    """Replace (or remove) one property of a valid payload; returns whether that was a deviation."""
    schema = RESPONSE_MODELS[name]
    cls = model_class(name)
    props, required = merged(schema)
    payload = full_payload(schema)
    if replacement is REMOVED:
        del payload[prop]
        deviates = prop in required
        observed = "missing"
    else:
        payload[prop] = replacement
        deviates = not fits(props[prop], replacement)
        observed = json_kind(replacement)

    set_deviation_handler(None)
    parsed = cls.from_dict(payload)
    assert parsed.to_dict() == payload  # the wire value is kept, and so is everything else
    assert parsed["someFutureField"] == {"nested": [1, 2]}

    recorder = Recorder()
    set_deviation_handler(recorder)
    cls.from_dict(payload)
    seen = [(schema, field, observed_kind) for schema, field, _, observed_kind, _ in recorder.calls]
    assert seen == ([(name, prop, observed)] if deviates else [])
    if deviates:
        expected, value = recorder.calls[0][2], recorder.calls[0][4]
        assert expected == "required" if replacement is REMOVED else expected not in ("", "required")
        assert value is UNSET if replacement is REMOVED else value is replacement

    set_deviation_handler(raise_deviation)
    if deviates:
        with pytest.raises(ResponseDeviation) as info:
            cls.from_dict(payload)
        assert (info.value.schema, info.value.path, info.value.observed) == (name, prop, observed)
    else:
        cls.from_dict(payload)
    return deviates


def test_every_response_model_is_found() -> None:
    assert {"Sequence", "SequencePage", "EmailAddress", "User", "TeamMemberUser"} <= set(RESPONSE_MODELS)
    # members of a union: the object form of `shared`, and the items of its array form
    assert {"SequenceShared", "ShareGrant"} <= set(RESPONSE_MODELS)
    # nullable objects two levels down, and the items of a nullable array
    assert {"SequenceRecipientAnalyticsEvents", "UserPreferencesSendFromAccountsItem"} <= set(RESPONSE_MODELS)
    assert len(RESPONSE_MODELS) >= 120
    for name in RESPONSE_MODELS:
        assert model_class(name).__name__ == name
    # what no response reaches is a request body (or the error body, or the page mixin)
    unreached = set(models.__all__) - set(RESPONSE_MODELS)
    assert all(
        re.search(r"Input|Request|Update|Invite", name)
        or name in {"CursorPageInfo", "Error", "CustomDomainType", "CustomVariables", "SendEmailMessage"}
        for name in unreached
    ), sorted(unreached)


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
def test_valid_full_payload_parses_with_no_deviation(name: str) -> None:
    payload = full_payload(RESPONSE_MODELS[name])
    recorder = Recorder()
    set_deviation_handler(recorder)
    parsed = model_class(name).from_dict(payload)
    assert recorder.calls == []
    assert parsed.to_dict() == payload


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=bool(os.environ.get("CI")),
)
@given(data=st.data())
def test_one_property_replaced_never_raises_and_is_reported(name: str, data: st.DataObject) -> None:
    props, _ = merged(RESPONSE_MODELS[name])
    if not props:
        return
    prop = data.draw(st.sampled_from(sorted(props)), label="property")
    replacement = data.draw(st.sampled_from(replacements(props[prop])), label="replacement")
    check_one_deviation(name, prop, replacement)


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
def test_each_wire_value_lands_in_its_own_field(name: str) -> None:
    """from_dict passes fields positionally; distinct values show that none lands in a neighbour."""
    props, _ = merged(RESPONSE_MODELS[name])
    payload = {prop: f"value of {prop}" for prop in props}
    parsed = model_class(name).from_dict(payload)
    assert parsed.to_dict() == payload
    assert sorted(getattr(parsed, f.name) for f in attrs.fields(type(parsed)) if f.init) == sorted(payload.values())


def test_every_property_and_replacement_exhaustively() -> None:
    """The hypothesis test samples; this sweeps every (model, property, replacement) once."""
    total = deviations = 0
    for name, schema in RESPONSE_MODELS.items():
        props, _ = merged(schema)
        for prop, sub in props.items():
            for replacement in replacements(sub):
                total += 1
                deviations += check_one_deviation(name, prop, replacement)
    # about a quarter of the replacements fit: null where nullable, epoch ms on a FlexibleTimestamp, ...
    assert total > 6000 and deviations > 4000 and total - deviations > 1000, (total, deviations)


def array_items(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The item schema of a property that is an array of objects (or null), else None."""
    alts = [alt for alt in kinds(schema) if alt.get("type") != "null"]
    if len(alts) == 1 and alts[0].get("type") == "array" and is_object(alts[0].get("items", {})):
        return dict(alts[0]["items"])
    return None


def array_of_object_properties() -> list[tuple[str, str]]:
    out = []
    for name, schema in RESPONSE_MODELS.items():
        props, _ = merged(schema)
        for prop, sub in props.items():
            if array_items(sub) is not None:
                out.append((name, prop))
    return out


def test_one_odd_item_in_any_array_of_objects_costs_no_other_item() -> None:
    """Every array-of-objects property of every response model: item 1 of 3 is a number."""
    checked = 0
    for name, prop in array_of_object_properties():
        props, _ = merged(RESPONSE_MODELS[name])
        item = valid(array_items(props[prop]) or {})
        payload = full_payload(RESPONSE_MODELS[name])
        payload[prop] = [item, 5, item]
        recorder = Recorder()
        set_deviation_handler(recorder)
        parsed = model_class(name).from_dict(payload)
        assert [c[:2] + c[3:4] for c in recorder.calls] == [(name, f"{prop}[1]", "integer")]
        assert parsed.to_dict() == payload
        # the field holds [model, 5, model]: the odd item kept, its neighbours parsed
        kept = [v for v in field_values(parsed) if isinstance(v, list) and len(v) == 3 and v[1] == 5]
        assert len(kept) == 1 and all(attrs.has(type(kept[0][i])) for i in (0, 2))
        set_deviation_handler(raise_deviation)
        with pytest.raises(ResponseDeviation) as info:
            model_class(name).from_dict(payload)
        assert (info.value.schema, info.value.path) == (name, f"{prop}[1]")
        checked += 1
    assert checked >= 60


def field_values(model: Any) -> list[Any]:
    return [getattr(model, field.name) for field in attrs.fields(type(model))]


# ------------------------------------------------------------------ explicit examples


def test_real_sequence_with_null_cc_bcc_team_ids_keeps_everything() -> None:
    """The real GET /sequences item a user reported (tests/fixtures/payloads/sequence.item.nulls.json:
    cc, bcc, teamIds and shared null, createdAt in epoch ms): the spec now says what it does, so it parses
    with no deviation and keeps the wire form. On top of it: an ISO createdAt fits as well, and a null
    where the spec still says string is reported and kept."""
    payload = load_payload("sequence.item.nulls.json")["payload"]
    recorder = Recorder()
    set_deviation_handler(recorder)
    sequence = models.Sequence.from_dict(payload)
    assert (sequence.cc, sequence.bcc, sequence.team_ids, sequence.shared) == (None, None, None, None)
    assert sequence.name == "Sales leads - second batch" and sequence.stages == ["5815495f8447b9058a31042f"]
    assert sequence.created_at == 1477790047790  # FlexibleTimestamp: kept as it came
    assert recorder.calls == []
    assert sequence.to_dict() == payload

    iso = {**payload, "createdAt": "2016-10-30T01:14:07.790Z", "variables": ["Email"]}
    documented = models.Sequence.from_dict(iso)
    assert documented.created_at == "2016-10-30T01:14:07.790Z" and documented.variables == ["Email"]
    assert recorder.calls == []
    assert documented.to_dict() == iso

    unnamed = models.Sequence.from_dict({**payload, "name": None, "timezone": None})
    assert unnamed.name is None and unnamed.timezone is None and unnamed.cc is None
    assert [c[:4] for c in recorder.calls] == [
        ("Sequence", "name", "string", "null"),
        ("Sequence", "timezone", "string", "null"),
    ]
    assert unnamed.to_dict() == {**payload, "name": None, "timezone": None}


def test_created_at_as_epoch_ms_is_kept_and_written_back() -> None:
    recorder = Recorder()
    set_deviation_handler(recorder)
    # a FlexibleTimestamp takes epoch milliseconds as they are
    sequence = models.Sequence.from_dict({"_id": "s", "name": "n", "createdAt": 1477790047790})
    assert sequence.created_at == 1477790047790
    assert sequence.to_dict() == {"_id": "s", "name": "n", "createdAt": 1477790047790}
    assert recorder.calls == []
    # a date-time field keeps them too, and says so
    folder = models.SequenceFolder.from_dict({"_id": "f", "createdAt": 1477790047790})
    assert folder.created_at == 1477790047790
    assert folder.to_dict() == {"_id": "f", "createdAt": 1477790047790}
    assert [c[:4] for c in recorder.calls] == [("SequenceFolder", "createdAt", "date-time string", "integer")]


def test_date_time_string_is_parsed_and_written_back_in_iso_form() -> None:
    folder = models.SequenceFolder.from_dict({"_id": "f", "createdAt": "2016-10-30T01:14:07.790Z"})
    assert folder.created_at == datetime.datetime(2016, 10, 30, 1, 14, 7, 790000, tzinfo=datetime.UTC)
    assert folder.to_dict() == {"_id": "f", "createdAt": "2016-10-30T01:14:07.790000+00:00"}


def test_unparseable_date_time_string_is_kept_as_the_string() -> None:
    recorder = Recorder()
    set_deviation_handler(recorder)
    folder = models.SequenceFolder.from_dict({"_id": "f", "createdAt": "last Tuesday"})
    assert folder.created_at == "last Tuesday"
    assert folder.to_dict()["createdAt"] == "last Tuesday"
    assert [c[:4] for c in recorder.calls] == [("SequenceFolder", "createdAt", "date-time string", "string")]
    # where any string is a timestamp, it is no deviation
    sequence = models.Sequence.from_dict({"_id": "s", "name": "n", "createdAt": "last Tuesday"})
    assert sequence.created_at == "last Tuesday" and len(recorder.calls) == 1


def test_a_malformed_item_costs_no_other_item_of_the_page() -> None:
    items: list[Any] = [
        {"_id": "s0", "name": "A"},
        {"_id": "s1", "name": "B", "cc": [{"email": "a@x.com"}]},
        "garbage",  # item 2 is not an object at all
        {"_id": "s3", "name": "D", "cc": [{"email": "b@x.com"}, 42, {"email": None}]},
    ]
    recorder = Recorder()
    set_deviation_handler(recorder)
    page = models.SequencePage.from_dict({"results": items, "hasNext": False})
    assert [type(r).__name__ for r in page.results] == ["Sequence", "Sequence", "str", "Sequence"]
    assert page.results[2] == "garbage"
    last = page.results[3]
    assert isinstance(last, models.Sequence)
    assert isinstance(last.cc[0], models.EmailAddress) and last.cc[0].email == "b@x.com"
    assert last.cc[1] == 42
    assert isinstance(last.cc[2], models.EmailAddress) and last.cc[2].email is None
    assert [c[:4] for c in recorder.calls] == [
        ("SequencePage", "results[2]", "Sequence", "string"),
        ("Sequence", "cc[1]", "EmailAddress", "integer"),
        ("EmailAddress", "email", "string", "null"),
    ]
    assert page.to_dict() == {"results": items, "hasNext": False}


def test_raising_handler_gives_the_full_path_and_the_outermost_schema() -> None:
    set_deviation_handler(raise_deviation)
    body = {
        "results": [{"_id": f"s{i}", "name": "n"} for i in range(3)]
        + [{"_id": "s3", "name": "n", "cc": [{"email": None}]}]
    }
    with pytest.raises(ResponseDeviation) as info:
        models.SequencePage.from_dict(body)
    error = info.value
    assert (error.schema, error.path, error.expected, error.observed, error.value) == (
        "SequencePage",
        "results[3].cc[0].email",
        "string",
        "null",
        None,
    )
    assert str(error) == "SequencePage.results[3].cc[0].email: expected string, got null"


def test_raising_handler_on_an_item_that_is_not_an_object() -> None:
    set_deviation_handler(raise_deviation)
    with pytest.raises(ResponseDeviation) as info:
        models.SequencePage.from_dict({"results": [{"_id": "s0", "name": "n", "stages": ["st1", 5]}]})
    assert (info.value.schema, info.value.path, info.value.observed) == (
        "SequencePage",
        "results[0].stages[1]",
        "integer",
    )


def test_missing_required_field_is_unset_and_reported_as_missing() -> None:
    recorder = Recorder()
    set_deviation_handler(recorder)
    page = models.SequencePage.from_dict({"hasNext": False})
    assert page.results is UNSET
    assert page.to_dict() == {"hasNext": False}
    assert recorder.calls == [("SequencePage", "results", "required", "missing", UNSET)]


def test_nested_object_that_is_not_an_object_is_kept() -> None:
    sequence = models.Sequence.from_dict({"_id": "s", "shared": "everyone"})
    assert sequence.shared == "everyone"
    assert sequence.to_dict() == {"_id": "s", "shared": "everyone"}


def test_unions_are_decided_by_type() -> None:
    plain = models.TeamMember.from_dict({"userId": "u1"})
    expanded = models.TeamMember.from_dict({"userId": {"_id": "u1", "email": "a@x.com"}})
    odd = models.TeamMember.from_dict({"userId": 12})
    assert plain.user_id == "u1"
    assert isinstance(expanded.user_id, models.TeamMemberUser)
    assert odd.user_id == 12 and odd.to_dict() == {"userId": 12}


def test_set_deviation_handler_returns_the_previous_one() -> None:
    recorder = Recorder()
    assert set_deviation_handler(recorder) is None
    assert set_deviation_handler(None) is recorder


def object_refs_with_required_fields(schema: dict[str, Any]) -> list[str]:
    members = schema.get("anyOf", schema.get("oneOf", [schema]))
    return [m["$ref"].rsplit("/", 1)[1] for m in members if "$ref" in m and merged(m)[1] and is_object(m)]


def test_empty_object_where_an_object_with_required_fields_belongs() -> None:
    """The replacement left out of `replacements`: `{}` is parsed as that object, whose model reports
    each missing required field (with the full path when raising), and is written back as `{}`."""
    checked = 0
    for name, schema in RESPONSE_MODELS.items():
        props, _ = merged(schema)
        for prop, sub in props.items():
            refs = object_refs_with_required_fields(sub)
            if len(refs) != 1:
                continue
            inner = refs[0]
            _, inner_required = merged(SCHEMAS[inner])
            payload = full_payload(schema)
            payload[prop] = {}
            recorder = Recorder()
            set_deviation_handler(recorder)
            parsed = model_class(name).from_dict(payload)
            assert [c[:4] for c in recorder.calls] == [
                (inner, field, "required", "missing") for field in inner_required
            ]
            assert parsed.to_dict() == payload
            assert any(type(v).__name__ == inner for v in field_values(parsed))
            set_deviation_handler(raise_deviation)
            with pytest.raises(ResponseDeviation) as info:
                model_class(name).from_dict(payload)
            assert (info.value.schema, info.value.path) == (name, f"{prop}.{inner_required[0]}")
            checked += 1
    assert checked >= 4, checked  # to, from, guest, trigger
