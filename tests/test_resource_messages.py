"""Messages and send on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.types import UNSET

from mixmax_sdk import MixmaxValidationError, as_datetime

MSG = "lAh716dny9EiTzt2E"
DRAFT = "oDk049gqB2HlWcw5H"


def test_list_follows_cursors_over_two_pages(d: Driver, wire: Wire, cassette) -> None:
    with cassette("messages/list_two_pages"):
        messages = d.all(d.client.messages.list(limit=2))
    assert [m.id for m in messages] == [MSG, "mBi827eoz0FjUau3F", "nCj938fpA1GkVbv4G"]
    assert wire.lines == [
        ("GET", "/messages", {"limit": "2"}),
        ("GET", "/messages", {"limit": "2", "next": "eyJfaWQiOiJtQmk4MjdlbyJ9"}),
    ]
    sent, draft, scheduled = messages
    assert sent.from_.email == "ada@example.com" and sent.from_.is_delegated is False
    assert [(a.email, a.name) for a in sent.to] == [("grace@example.com", "Grace Hopper")]
    assert sent.sent == 1477855447790  # epoch ms, kept as on the wire
    assert as_datetime(sent.sent) == datetime.datetime(2016, 10, 30, 19, 24, 7, 790000, tzinfo=datetime.UTC)
    assert sent["labels"] == ["INBOX"]  # an undocumented field is kept
    assert draft.to[0].name is None and draft.tracking_enabled is False
    assert scheduled.scheduled == 1477940447790 and scheduled.cc[0].email == "crm@example.com"
    assert scheduled.sequence.stage_id == "5815495f8447b9058a310431"
    assert scheduled.follow_up.trigger == "noReply"


def test_list_sends_fields_as_a_comma_list(d: Driver, wire: Wire, cassette) -> None:
    with cassette("messages/list_fields"):
        messages = d.all(d.client.messages.list(fields=["subject", "sent"]))
    assert wire.lines == [("GET", "/messages", {"fields": "subject,sent"})]
    assert (messages[0].subject, messages[0].sent) == ("Hello", 1477855447790)
    assert messages[1].sent is UNSET and messages[1].to is UNSET


def test_get_returns_a_typed_message(d: Driver, wire: Wire, cassette) -> None:
    with cassette("messages/get"):
        message = d(d.client.messages.get(MSG))
    assert wire.lines == [("GET", f"/messages/{MSG}", {})]
    assert wire.last.json is None
    assert message.id == MSG and message.user_id == "kZYPwDDiGPTfQDj5n"
    assert (message.created, message.updated_at) == (1477855247790, 1477855347790)
    assert message.cc == [] and message.bcc[0].email == "crm@example.com"
    assert (message.file_tracking_enabled, message.notifications_enabled) == (True, False)
    assert [(a.name, a.type_, a.size) for a in message.attachments] == [("notes.pdf", "application/pdf", 48213)]
    assert message.snippet_ids == ["5815495f8447b9058a310440"]
    assert message.team_ids == ["5815495f8447b9058a310438"] and message.show_content_team_feed is True


def test_create_sends_addresses_as_objects_and_only_given_flags(d: Driver, wire: Wire, cassette) -> None:
    with cassette("messages/create"):
        draft = d(
            d.client.messages.create(
                [{"email": "grace@example.com", "name": "Grace Hopper"}, "linus@example.com"],
                cc=["ken@example.com"],
                subject="Kernel notes",
                body="<p>Hi all</p>",
                tracking_enabled=True,
                link_tracking_enabled=False,
            )
        )
    assert wire.lines == [("POST", "/messages", {})]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert wire.last.json == {
        "to": [{"email": "grace@example.com", "name": "Grace Hopper"}, {"email": "linus@example.com"}],
        "cc": [{"email": "ken@example.com"}],
        "subject": "Kernel notes",
        "body": "<p>Hi all</p>",
        "trackingEnabled": True,
        "linkTrackingEnabled": False,
    }
    assert draft.id == DRAFT and draft.created == 1700000000000
    assert [a.email for a in draft.to] == ["grace@example.com", "linus@example.com"]
    assert draft.sent is UNSET, "a draft has no sent time"
    assert (draft.link_tracking_enabled, draft.file_tracking_enabled) == (False, True)


def test_send_draft_accepts_an_empty_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("messages/send"):
        assert d(d.client.messages.send(DRAFT)) is None
    assert wire.lines == [("POST", f"/messages/{DRAFT}/send", {})]
    assert wire.last.json is None


def test_send_email_wraps_comma_separated_addresses_in_message(d: Driver, wire: Wire, cassette) -> None:
    with cassette("send/email"):
        result = d(
            d.client.send.email(
                ["grace@example.com", "linus@example.com"],
                subject="Hello from Mixmax",
                html="<p>Hi there</p>",
                cc=["ken@example.com"],
                bcc=["crm@example.com"],
                from_="hello@mixmax.com",
            )
        )
    assert result is None  # 200 with an empty body, as in the vendor's example
    assert wire.lines == [("POST", "/send", {})]
    assert wire.last.json == {
        "message": {
            "to": "grace@example.com,linus@example.com",
            "cc": "ken@example.com",
            "bcc": "crm@example.com",
            "from": "hello@mixmax.com",
            "subject": "Hello from Mixmax",
            "html": "<p>Hi there</p>",
        }
    }


def test_send_email_omits_what_is_not_given(d: Driver, wire: Wire, cassette) -> None:
    with cassette("send/email_to_only"):
        assert d(d.client.send.email(["grace@example.com"], cc=[])) is None
    assert wire.last.json == {"message": {"to": "grace@example.com"}}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.messages.get(""), "message_id must not be empty"),
        (lambda c: c.messages.get(None), "message_id must be a string"),
        (lambda c: c.messages.send(" "), "message_id must not be empty"),
        (lambda c: c.messages.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.messages.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.messages.list(fields=["subject", ""]), "fields must be a string or a list"),
        (lambda c: c.messages.create([]), "to is empty"),
        (lambda c: c.messages.create("grace@example.com"), "to must be a list of addresses, not a single one"),
        (lambda c: c.messages.create({"email": "grace@example.com"}), "not a single one"),
        (lambda c: c.messages.create(["grace at example.com"]), "to[0] is not a valid email address"),
        (lambda c: c.messages.create([{"name": "Grace"}]), "to[0] has no email"),
        (lambda c: c.messages.create([{"email": "g@x.com", "Name": "G"}]), "to[0] has unknown keys ['Name']"),
        (lambda c: c.messages.create([{"email": "g@x.com", "name": 7}]), "to[0].name must be a string"),
        (lambda c: c.messages.create([{"email": "nope"}]), "to[0].email is not a valid email address"),
        (lambda c: c.messages.create([42]), "to[0] must be an address or a dict"),
        (lambda c: c.messages.create(["g@x.com"], cc=["x"]), "cc[0] is not a valid email address"),
        (lambda c: c.messages.create(["g@x.com"], bcc="b@x.com"), "bcc must be a list of addresses"),
        (lambda c: c.messages.create(["g@x.com"], tracking_enabled="yes"), "tracking_enabled must be a bool"),
        (lambda c: c.messages.create(["g@x.com"], notifications_enabled=1), "notifications_enabled must be a bool"),
        (lambda c: c.messages.create(["g@x.com"], subject=["Hi"]), "subject must be a string"),
        (lambda c: c.send.email([]), "to is empty"),
        (lambda c: c.send.email("grace@example.com"), "to must be a list of addresses, not one string"),
        (lambda c: c.send.email(["a@x.com, b@y.com"]), "to[0] is not a valid email address"),
        (lambda c: c.send.email(['"a,b"@x.com']), "to[0] contains a comma"),  # valid, yet it would split
        (lambda c: c.send.email(["a@x.com"], cc=["nope"]), "cc[0] is not a valid email address"),
        (lambda c: c.send.email(["a@x.com"], bcc=[None]), "bcc[0] is not a valid email address"),
        (lambda c: c.send.email(["a@x.com"], from_="Ada"), "from_ is not a valid email address"),
        (lambda c: c.send.email(["a@x.com"], html=b"<p>"), "html must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
