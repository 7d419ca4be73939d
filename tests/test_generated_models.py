"""Generated models parse the catalogue's example payloads, keep unknown fields, and round-trip."""

from __future__ import annotations

import datetime
from typing import Any

import mixmax_openapi.models as models
import pytest
from conftest import load_spec

from mixmax_sdk import as_datetime

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
EXAMPLES = {name: schema["example"] for name, schema in SCHEMAS.items() if "example" in schema}
OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object" or "allOf" in schema)


def normalise(value: Any) -> Any:
    """ISO strings and datetimes compare as instants: `...790Z` and `...790000+00:00` are the same time."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def test_the_catalogue_examples_are_covered() -> None:
    expected = {
        "Sequence",
        "SequenceRecipient",
        "Message",
        "Contact",
        "Rule",
        "MeetingType",
        "AddRecipientsResponse",
        "AddRecipientsRequest",
        "Error",
    }
    assert expected <= set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_round_trips(name: str) -> None:
    model_cls = getattr(models, name)
    payload = EXAMPLES[name]
    parsed = model_cls.from_dict(payload)
    assert normalise(parsed.to_dict()) == normalise(payload)
    assert model_cls.from_dict(parsed.to_dict()) == parsed


def test_sequence_example_is_typed_and_keeps_unknown_fields() -> None:
    sequence = models.Sequence.from_dict(EXAMPLES["Sequence"])
    assert sequence.id == "5815495f8447b9058a310430"
    # createdAt is epoch ms or ISO depending on the answer (see openapi/EVIDENCE.md): the wire value is kept.
    assert sequence.created_at == "2016-10-30T01:14:07.790Z"
    assert as_datetime(sequence.created_at) == datetime.datetime(2016, 10, 30, 1, 14, 7, 790000, tzinfo=datetime.UTC)
    assert sequence.variables == ["Email", "First name"]
    assert sequence.stages == ["5815495f8447b9058a310431", "5815495f8447b9058a310432"]
    assert sequence["archived"] is False  # not in the spec: kept, not dropped
    assert "archived" in sequence.additional_keys


def test_expanded_stages_parse_as_objects() -> None:
    sequence = models.Sequence.from_dict(
        {"_id": "s", "name": "Onboarding", "stages": [{"_id": "st1", "ordinal": 0}, "st2"]}
    )
    assert isinstance(sequence.stages[0], models.SequenceStage)
    assert sequence.stages[0].id == "st1"
    assert sequence.stages[1] == "st2"


def test_sequence_recipient_reads_to_email_and_epoch_ms() -> None:
    recipient = models.SequenceRecipient.from_dict(EXAMPLES["SequenceRecipient"])
    assert recipient.to.email == "grace@example.com"
    assert recipient.created_at == 1477855247790
    assert recipient.stages[0].sent_at == 1477855347790
    assert recipient["unsubscribed"] is False


def test_message_from_field_and_unknown_labels() -> None:
    message = models.Message.from_dict(EXAMPLES["Message"])
    assert message.from_.email == "ada@example.com"
    assert message.to[0].name == "Grace Hopper"
    assert message.sent == 1477855447790
    assert message["labels"] == ["INBOX"]


def test_add_recipients_response_accepts_unknown_status() -> None:
    payload = {"recipients": [{"email": "a@x.com", "status": "queued-for-review", "reason": "new"}]}
    result = models.AddRecipientsResponse.from_dict(payload)
    assert result.recipients[0].status == "queued-for-review"
    assert result.recipients[0]["reason"] == "new"
    assert result.to_dict() == payload


def test_rule_with_unknown_trigger_event() -> None:
    rule = models.Rule.from_dict({"_id": "r", "trigger": {"type": "schedule", "cron": "* * * * *"}})
    assert rule.trigger.type_ == "schedule"
    assert rule.trigger["cron"] == "* * * * *"


def test_page_without_has_next_or_cursors_parses() -> None:
    page = models.SequencePage.from_dict({"results": []})
    assert page.results == []
    assert page.to_dict() == {"results": []}


def test_flexible_timestamps_accept_both_forms() -> None:
    for value in (1477855247790, "2016-10-30T01:14:07.790Z"):
        note = models.ContactNote.from_dict({"_id": "n", "createdAt": value})
        assert note.created_at == value


def test_team_member_user_id_is_a_union() -> None:
    plain = models.TeamMember.from_dict({"userId": "u1", "role": "owner"})
    expanded = models.TeamMember.from_dict({"userId": {"_id": "u1", "email": "a@x.com"}})
    assert plain.user_id == "u1" and plain.role == "owner"
    assert isinstance(expanded.user_id, models.TeamMemberUser) and expanded.user_id.email == "a@x.com"


def _merged(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    props: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            part = SCHEMAS[part["$ref"].rsplit("/", 1)[1]]
        sub_props, sub_required = _merged(part)
        props.update(sub_props)
        required += sub_required
    return props, required


def _minimal(schema: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _minimal(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]])
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "object" or "allOf" in schema:
        props, required = _merged(schema)
        return {field: _minimal(props[field]) for field in required}
    return "x"


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_every_model_accepts_minimal_payload_with_extra_fields(name: str) -> None:
    payload = _minimal(SCHEMAS[name])
    payload["someFutureField"] = {"nested": [1, 2]}
    parsed = getattr(models, name).from_dict(payload)
    assert parsed["someFutureField"] == {"nested": [1, 2]}
    assert parsed.to_dict() == payload
