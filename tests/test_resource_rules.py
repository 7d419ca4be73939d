"""Rules (webhooks) and rule actions on cassettes: the exact request on the wire and the typed result."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.models import RuleTrigger

from mixmax_sdk import MixmaxValidationError, as_datetime

RULE = "5a1b2c3d4e5f60718293a4b5"
FILTER = '{"subject":{"$regex":"Invoice"}}'


def test_list_with_expand_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/list_two_pages"):
        rules = d.all(d.client.rules.list(expand="actions", limit=2))
    assert wire.lines == [
        ("GET", "/rules", {"expand": "actions", "limit": "2"}),
        (
            "GET",
            "/rules",
            {"expand": "actions", "limit": "2", "next": "eyJfaWQiOiI1YTFiMmMzZDRlNWY2MDcxODI5M2E0YjYifQ"},
        ),
    ]
    assert [r.name for r in rules] == ["Notify CRM on send", "Invoice opened", "Meeting booked"]
    first = rules[0]
    assert first.id == RULE
    assert (first.trigger.type_, first.trigger.event_name) == ("event", "message:sent")
    assert as_datetime(first.created_at) == datetime.datetime(
        2017, 11, 26, 10, 0, tzinfo=datetime.UTC
    )  # ISO on the wire
    assert [(a.type_, a.url) for a in first.actions] == [("webhook", "https://hooks.example.com/mixmax/sent")]
    assert rules[1].is_paused is True and rules[1].filter_ == FILTER and rules[1].actions == []
    assert rules[2].trigger.event_name == "meetinginvited:confirmed"


def test_create_maps_snake_case_trigger_and_serialises_a_mapping_filter(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/create"):
        rule = d(
            d.client.rules.create(
                "Notify CRM on send",
                {"type": "event", "event_name": "message:sent"},
                filter={"subject": {"$regex": "Invoice"}},
                is_paused=False,
            )
        )
    assert wire.lines == [("POST", "/rules", {})]
    assert wire.last.json == {
        "name": "Notify CRM on send",
        "trigger": {"type": "event", "eventName": "message:sent"},
        "filter": FILTER,  # the API wants the Sift filter as JSON text
        "isPaused": False,
    }
    assert rule.id == RULE and rule.filter_ == FILTER and rule.is_paused is False
    assert as_datetime(rule.modified_at) == datetime.datetime(2017, 11, 26, 10, 0, tzinfo=datetime.UTC)


def test_get_with_expand_returns_actions(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/get"):
        rule = d(d.client.rules.get(RULE, expand=["actions"]))
    assert wire.lines == [("GET", f"/rules/{RULE}", {"expand": "actions"})]
    assert rule.user_id == "kZYPwDDiGPTfQDj5n"
    action = rule.actions[0]
    assert (action.id, action.rule_id, action.is_paused) == ("5a1b2c3d4e5f60718293a4c1", RULE, False)
    assert as_datetime(action.created_at) == datetime.datetime(2017, 11, 26, 10, 0, 5, tzinfo=datetime.UTC)


def test_update_sends_only_the_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/update"):
        paused = d(d.client.rules.update(RULE, is_paused=True))
        # A RuleTrigger (e.g. read from another rule) is sent as-is; filter text is sent unchanged.
        renamed = d(
            d.client.rules.update(
                RULE, name="Invoice opened", trigger=RuleTrigger(type_="event", event_name="opened"), filter=FILTER
            )
        )
    assert wire.lines == [("PATCH", f"/rules/{RULE}", {}), ("PATCH", f"/rules/{RULE}", {})]
    assert [r.json for r in wire.requests] == [
        {"isPaused": True},
        {"name": "Invoice opened", "trigger": {"type": "event", "eventName": "opened"}, "filter": FILTER},
    ]
    assert paused.is_paused is True
    assert (renamed.name, renamed.trigger.event_name) == ("Invoice opened", "opened")


def test_delete_accepts_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/delete"):
        assert d(d.client.rules.delete(RULE)) is None
    assert wire.lines == [("DELETE", f"/rules/{RULE}", {})]
    assert wire.last.json is None


def test_actions_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/actions_two_pages"):
        actions = d.all(d.client.rules.actions.list(RULE, limit=1))
    assert wire.lines == [
        ("GET", f"/rules/{RULE}/actions", {"limit": "1"}),
        ("GET", f"/rules/{RULE}/actions", {"limit": "1", "next": "eyJfaWQiOiI1YTFiMmMzZDRlNWY2MDcxODI5M2E0YzEifQ"}),
    ]
    assert [(a.id, a.is_paused) for a in actions] == [
        ("5a1b2c3d4e5f60718293a4c1", False),
        ("5a1b2c3d4e5f60718293a4c2", True),
    ]
    assert actions[1].url == "https://crm.example.com/hooks/mixmax"
    assert as_datetime(actions[1].modified_at) == datetime.datetime(2017, 11, 21, 8, 30, tzinfo=datetime.UTC)


def test_actions_create_webhook(d: Driver, wire: Wire, cassette) -> None:
    with cassette("rules/create_action"):
        action = d(d.client.rules.actions.create(RULE, "webhook", url="https://hooks.example.com/mixmax/sent"))
    assert wire.lines == [("POST", f"/rules/{RULE}/actions", {})]
    assert wire.last.json == {"type": "webhook", "url": "https://hooks.example.com/mixmax/sent"}
    assert (action.id, action.rule_id, action.type_) == ("5a1b2c3d4e5f60718293a4c1", RULE, "webhook")


TRIGGER = {"type": "event", "event_name": "opened"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.rules.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.rules.list(expand=["actions", ""]), "expand must be a string or a list of non-empty strings"),
        (lambda c: c.rules.get(""), "rule_id must not be empty"),
        (lambda c: c.rules.get(5), "rule_id must be a string"),
        (lambda c: c.rules.create("", TRIGGER), "name must not be empty"),
        (lambda c: c.rules.create("R", "message:sent"), "trigger must be a dict"),
        (lambda c: c.rules.create("R", {"event_name": "opened"}), "trigger has no type"),
        (lambda c: c.rules.create("R", {"type": "event", "eventName": "opened"}), "(use event_name)"),
        (lambda c: c.rules.create("R", {"type": "event", "event_name": ""}), "trigger.event_name must not be empty"),
        (lambda c: c.rules.create("R", TRIGGER, filter="{not json"), "filter is not valid JSON"),
        (lambda c: c.rules.create("R", TRIGGER, filter=42), "filter must be JSON text or a mapping"),
        (lambda c: c.rules.create("R", TRIGGER, filter={"a": {1, 2}}), "filter is not JSON-serialisable"),
        (lambda c: c.rules.create("R", TRIGGER, is_paused="no"), "is_paused must be a bool"),
        (lambda c: c.rules.update(RULE), "nothing to update"),
        (lambda c: c.rules.update("", name="R"), "rule_id must not be empty"),
        (lambda c: c.rules.update(RULE, trigger={}), "trigger has no type"),
        (lambda c: c.rules.delete(None), "rule_id must be a string"),
        (lambda c: c.rules.actions.list("", limit=10), "rule_id must not be empty"),
        (lambda c: c.rules.actions.list(RULE, limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.rules.actions.create(RULE, "webhook"), "a webhook action needs a url"),
        (lambda c: c.rules.actions.create(RULE, "webhook", url="hooks.example.com"), "url must be an http(s) URL"),
        (lambda c: c.rules.actions.create(RULE, ""), "type must not be empty"),
        (
            lambda c: c.rules.actions.create(RULE, "webhook", url="https://x.io", is_paused=1),
            "is_paused must be a bool",
        ),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
