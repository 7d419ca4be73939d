"""mixmax_sdk.webhooks: documented payloads parse into their classes, unknown names stay usable, bodies
that are not events are refused, the secret is checked in constant time, the receivers answer as
documented, and a real end-to-end delivery from the fake reaches a real local receiver."""

from __future__ import annotations

import asyncio
import datetime
import hmac
import io
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mixmax_openapi.types import ResponseDeviation
from webhook_receiver import receiver

import mixmax_sdk
from mixmax_sdk import MixmaxError, MixmaxValidationError, WebhookPayloadError, webhooks
from mixmax_sdk.testing import FakeMixmax

FIXTURES = Path(__file__).parent / "fixtures" / "payloads"
EVENT_FIXTURES = sorted(p for p in FIXTURES.glob("webhook.*.json"))
UTC = datetime.UTC


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())["payload"]
    return data


SENT = fixture("webhook.message-sent.help-center.json")


# ------------------------------------------------------------------ documented payloads
def test_every_event_schema_has_fixtures_and_a_class() -> None:
    schemas = {json.loads(p.read_text())["schema"] for p in EVENT_FIXTURES}
    assert schemas == {"MessageSentEvent", "MessageReceivedEvent", "MessageOpenedEvent", "LinkClickedEvent"}
    assert set(webhooks.EVENT_CLASSES) == {"message:sent", "message:received", "opened", "clicked"}
    for name, cls in webhooks.EVENT_CLASSES.items():
        assert name == cls.EVENT_NAME


@pytest.mark.parametrize(
    "name",
    [p.name for p in EVENT_FIXTURES if "eventName" in json.loads(p.read_text())["payload"]],
)
def test_complete_example_parses_strictly_into_its_class(name: str) -> None:
    payload = fixture(name)
    event = webhooks.parse_event(json.dumps(payload).encode(), strict=True)  # strict: any drift raises
    cls = webhooks.EVENT_CLASSES[payload["eventName"]]
    assert type(event) is cls
    assert (event.event_name, event.user_id) == (payload["eventName"], "T3STUS3R1D")
    assert event.additional_properties == {}
    assert event.to_dict() == payload


def test_message_sent_example_values() -> None:
    event = webhooks.parse_event(SENT)
    assert isinstance(event, webhooks.MessageSent)
    assert event.occurred_at == datetime.datetime(2016, 12, 14, 19, 52, 5, 403000, tzinfo=UTC)
    assert [(a.email, a.name) for a in event.to] == [("engtestuser3@mixmax.com", "Test User3")]
    assert event.from_ is not None and event.from_.email == "engtestuser2@mixmax.com"
    assert (event.cc, event.bcc, event.thread_id) == ([], [], "16008541212e8a32")
    assert event.plaintext_body == "Please join me for a meeting. \n--\nEngineering Test"


def test_opened_example_values_and_match() -> None:
    event = webhooks.parse_event(fixture("webhook.opened.help-center.json"))
    match event:
        case webhooks.MessageOpened(recipient_email=who, message=summary) if summary:
            assert who == "engtestuser3@mixmax.com"
            assert summary.subject == "Please join me " and summary.to[0].name == "Test User3"
        case _:
            pytest.fail(f"not matched: {event!r}")
    assert event.occurred_at == datetime.datetime(2016, 12, 14, 20, 21, 56, 300000, tzinfo=UTC)
    assert (event.message_id, event.ip_address) == ("VyfSqbL195O0z8VK6L", "::ffff:127.0.0.1")


def test_received_example_is_not_a_bounce_and_older_copy_lacks_the_body() -> None:
    received = webhooks.parse_event(fixture("webhook.message-received.help-center.json"), strict=True)
    older = webhooks.parse_event(fixture("webhook.message-received.help-center-older-copy.json"), strict=True)
    assert isinstance(received, webhooks.MessageReceived) and isinstance(older, webhooks.MessageReceived)
    assert received.plaintext_body == "this is the body of a received email\r\n"
    assert older.plaintext_body is mixmax_sdk.UNSET
    assert not received.is_bounce and received.in_reply_to is mixmax_sdk.UNSET


@pytest.mark.parametrize(
    ("name", "cls", "event_name"),
    [
        ("webhook.bounce.help-center-cut.json", webhooks.MessageReceived, "message:received"),
        ("webhook.clicked.help-center-cut.json", webhooks.LinkClicked, "clicked"),
    ],
)
def test_cut_examples_deviate_only_by_the_event_name_beyond_the_cut(name: str, cls: Any, event_name: str) -> None:
    payload = fixture(name)
    assert webhooks.parse_event(payload) == webhooks.UnknownEvent(None, payload["userId"], payload)
    with pytest.raises(WebhookPayloadError):
        webhooks.parse_event({**payload, "eventName": event_name, "userId": 7}, strict=True)
    event = webhooks.parse_event({**payload, "eventName": event_name}, strict=True)
    assert type(event) is cls and event.additional_properties == {}


def test_a_bounce_is_a_received_message_with_bounced_recipients() -> None:
    bounce = {
        **fixture("webhook.bounce.help-center-cut.json"),
        "eventName": "message:received",
        "bouncedRecipientEmails": ["papamixmax@gmail.com"],
        "inReplyTo": "<original@mail.gmail.com>",
    }
    event = webhooks.parse_event(bounce, strict=True)
    assert isinstance(event, webhooks.MessageReceived) and event.is_bounce
    assert event.from_ is not None and event.from_.name == "Mail Delivery Subsystem"
    assert "bounced: papamixmax@gmail.com" in webhooks.summary(event)


# ------------------------------------------------------------------ unknown events and bad bodies
def test_unknown_event_name_keeps_the_payload() -> None:
    body = {"eventName": "poll:vote", "userId": "u1", "answer": "Yes", "timestamp": 1}
    event = webhooks.parse_event(json.dumps(body))
    assert event == webhooks.UnknownEvent("poll:vote", "u1", body)
    assert event.to_dict() == body and event.occurred_at is None
    match event:
        case webhooks.UnknownEvent(event_name="poll:vote"):
            pass
        case _:
            pytest.fail("UnknownEvent does not match by name")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[1, 2]", "must be a JSON object, not an array"),
        ("null", "must be a JSON object, not null"),
        ('"message:sent"', "must be a JSON object, not a string"),
        ("12", "must be a JSON object, not a number"),
        (b"", "not JSON"),
        (b"{'eventName': 1}", "not JSON"),
        (b'{"sent": NaN}', "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (42, "must be bytes, str or a mapping, not int"),
    ],
)
def test_a_body_that_is_not_a_json_object_raises(body: Any, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message) as info:
        webhooks.parse_event(body)
    assert isinstance(info.value, MixmaxError) and isinstance(info.value, ValueError)


def test_every_body_form_gives_the_same_event() -> None:
    text = json.dumps(SENT)
    forms = [text, text.encode(), bytearray(text.encode()), memoryview(text.encode()), SENT]
    assert len({repr(webhooks.parse_event(f)) for f in forms}) == 1


def test_a_deviating_field_is_kept_and_reported_unless_strict() -> None:
    mixmax_sdk.clear_drift_report()
    event = webhooks.parse_event({**SENT, "sent": "yesterday", "cc": None})
    assert isinstance(event, webhooks.MessageSent)
    assert (event.sent, event.cc, event.occurred_at) == ("yesterday", None, None)
    assert [str(r) for r in mixmax_sdk.drift_report()] == ["MessageSentEvent.sent: expected integer, got string"]
    with pytest.raises(WebhookPayloadError, match=r"MessageSentEvent.sent: expected integer, got string"):
        webhooks.parse_event({**SENT, "sent": "yesterday"}, strict=True)
    mixmax_sdk.clear_drift_report()


def test_strict_parsing_does_not_leak_into_later_lenient_parsing() -> None:
    with pytest.raises(WebhookPayloadError):
        webhooks.parse_event({**SENT, "subject": 1}, strict=True)
    assert webhooks.parse_event({**SENT, "subject": 1}).subject == 1  # type: ignore[union-attr]


def test_models_alone_still_raise_nothing_without_the_facade() -> None:
    from mixmax_openapi.models import MessageSentEvent

    from mixmax_sdk._drift import strict

    with strict(True), pytest.raises(ResponseDeviation):
        MessageSentEvent.from_dict({**SENT, "to": "nobody"})


# ------------------------------------------------------------------ secret
def test_verify_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert webhooks.verify_secret("s3cr3t", "s3cr3t") is True
    assert webhooks.verify_secret(b"s3cr3t", "s3cr3t") is True
    assert webhooks.verify_secret("s3cr3T", "s3cr3t") is False
    assert webhooks.verify_secret("", "s3cr3t") is False
    assert webhooks.verify_secret("é", "é") is True  # non-ASCII compared as UTF-8 bytes
    assert compared[0] == (b"s3cr3t", b"s3cr3t") and len(compared) == 5
    assert webhooks.verify_secret(None, "s3cr3t") is False
    with pytest.raises(MixmaxValidationError, match="expected webhook secret is empty"):
        webhooks.verify_secret("", "")


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("\udc80abc", "abc"),  # a lone surrogate has no UTF-8 encoding
        ("abc", "\udc80abc"),
        ("\udc80", "\udc81"),
        (b"\xff\xfe", "abc"),  # bytes that are not UTF-8
        ("é", b"e"),
        ("", b"abc"),
        (12, "abc"),  # not text at all
        (["abc"], "abc"),
    ],
)
def test_verify_secret_is_false_never_an_error_for_any_caller_input(received: Any, expected: str | bytes) -> None:
    assert webhooks.verify_secret(received, expected) is False


def test_verify_secret_matches_surrogates_to_themselves_and_refuses_a_bad_expected_type() -> None:
    assert webhooks.verify_secret("\udc80abc", "\udc80abc") is True
    with pytest.raises(MixmaxValidationError, match="must be str or bytes, not int"):
        webhooks.verify_secret("abc", 12)  # type: ignore[arg-type]


def _utf8(value: str | bytes) -> bytes:
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value


@given(
    received=st.one_of(st.none(), st.text(), st.binary()),
    expected=st.one_of(st.text(min_size=1), st.binary(min_size=1)),
)
def test_verify_secret_property_equal_bytes_or_false(received: str | bytes | None, expected: str | bytes) -> None:
    # st.text() draws lone surrogates too; a str matches exactly the bytes it encodes to.
    want = received is not None and _utf8(received) == _utf8(expected)
    assert webhooks.verify_secret(received, expected) is want
    assert webhooks.verify_secret(expected, expected) is True


def test_secret_url_and_new_secret() -> None:
    assert webhooks.secret_url("https://x.io/hook", "abc") == "https://x.io/hook?secret=abc"
    assert webhooks.secret_url("https://x.io/hook?a=1&secret=old", "n/w") == "https://x.io/hook?a=1&secret=n%2Fw"
    with pytest.raises(MixmaxValidationError, match="url must be an http"):
        webhooks.secret_url("x.io/hook", "abc")
    first, second = webhooks.new_secret(), webhooks.new_secret()
    assert len(first) == 43 and first != second


# ------------------------------------------------------------------ rule + webhook helper
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_create_webhook_rule_sends_rule_then_action(kind: str) -> None:
    fake = FakeMixmax()
    if kind == "sync":
        with fake.client() as client:
            made = webhooks.create_webhook_rule(
                client, "https://hooks.example.com/in?team=1", event="opened", filter={"recipientEmail": "a@b.io"}
            )
    else:

        async def run() -> webhooks.WebhookRule:
            async with fake.async_client() as client:
                return await webhooks.acreate_webhook_rule(
                    client, "https://hooks.example.com/in?team=1", event="opened", filter={"recipientEmail": "a@b.io"}
                )

        made = asyncio.run(run())
    assert made.url == f"https://hooks.example.com/in?team=1&secret={made.secret}" and len(made.secret) == 43
    rule = fake.store.get("rules", made.rule.id)
    assert rule is not None
    assert (rule["name"], rule["trigger"], rule["filter"]) == (
        "Webhook: opened",
        {"type": "event", "eventName": "opened"},
        '{"recipientEmail":"a@b.io"}',
    )
    (action,) = fake.store.newest_first(f"rules/{made.rule.id}/actions")
    assert (action["type"], action["url"], action["_id"]) == ("webhook", made.url, made.action.id)
    assert made.secret not in repr(made)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_failed_action_deletes_the_rule_again(kind: str) -> None:
    fake = FakeMixmax()
    fake.faults.add(kind="status", status=400, method="POST", path="/rules/*/actions", times=1)
    before = len(fake.store.newest_first("rules"))
    with pytest.raises(mixmax_sdk.BadRequestError):
        if kind == "sync":
            with fake.client(max_retries=0) as client:
                webhooks.create_webhook_rule(client, "https://hooks.example.com/in")
        else:

            async def run() -> None:
                async with fake.async_client(max_retries=0) as client:
                    await webhooks.acreate_webhook_rule(client, "https://hooks.example.com/in")

            asyncio.run(run())
    assert len(fake.store.newest_first("rules")) == before
    assert [s.method for s in fake.served[-3:]] == ["POST", "POST", "DELETE"]


def test_bad_input_sends_nothing() -> None:
    fake = FakeMixmax()
    with fake.client() as client:
        with pytest.raises(MixmaxValidationError, match="url must be an http"):
            webhooks.create_webhook_rule(client, "hooks.example.com/in")
        with pytest.raises(MixmaxValidationError):
            webhooks.create_webhook_rule(client, "https://hooks.example.com/in", event="")
    assert fake.served == []


# ------------------------------------------------------------------ WSGI receiver
class Unreadable(io.BytesIO):
    def read(self, *args: Any) -> bytes:
        raise AssertionError("the body must not be read")


def call_wsgi(
    app: Any, method: str = "POST", query: str = "secret=s3", body: bytes | None = None, **env: Any
) -> tuple[str, dict[str, Any]]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "QUERY_STRING": query}
    setup_testing_defaults(environ)
    if body is not None:
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
    environ.update(env)
    seen: list[str] = []
    chunks = app(environ, lambda status, headers: seen.append(status))
    return seen[0], json.loads(b"".join(chunks))


def test_wsgi_app_answers() -> None:
    events: list[Any] = []
    app = webhooks.wsgi_app(events.append, secret="s3")
    body = json.dumps(SENT).encode()
    assert call_wsgi(app, body=body) == ("200 OK", {"ok": True})
    assert len(events) == 1 and isinstance(events[0], webhooks.MessageSent)
    assert call_wsgi(app, query="secret=nope", body=body)[0] == "403 Forbidden"
    assert call_wsgi(app, query="", body=body) == ("403 Forbidden", {"error": "wrong or missing secret"})
    assert call_wsgi(app, method="GET")[0] == "405 Method Not Allowed"
    assert call_wsgi(app, body=b"[]") == (
        "400 Bad Request",
        {"error": "webhook body must be a JSON object, not an array"},
    )
    assert call_wsgi(app, body=b"{")[0] == "400 Bad Request"
    assert call_wsgi(app, **{"wsgi.input": Unreadable()})[0] == "411 Length Required"
    too_big = {"wsgi.input": Unreadable(), "CONTENT_LENGTH": str(2 * 1024 * 1024)}
    assert call_wsgi(app, **too_big)[0] == "413 Content Too Large"
    assert call_wsgi(app, query="secret=nope", **too_big)[0] == "403 Forbidden"  # secret checked first
    assert len(events) == 1


def test_wsgi_handler_failure_is_a_plain_500_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    def handler(event: Any) -> None:
        raise RuntimeError("database down: password=hunter2")

    with caplog.at_level(logging.ERROR, logger="mixmax_sdk.webhooks"):
        status, answer = call_wsgi(webhooks.wsgi_app(handler, secret="s3"), body=json.dumps(SENT).encode())
    assert (status, answer) == ("500 Internal Server Error", {"error": "the webhook handler failed"})
    assert "database down" in caplog.text


def test_secret_none_accepts_any_caller_but_empty_is_refused() -> None:
    events: list[Any] = []
    assert call_wsgi(webhooks.wsgi_app(events.append, secret=None), query="", body=b"{}")[0] == "200 OK"
    assert events == [webhooks.UnknownEvent(None, None, {})]
    with pytest.raises(ValueError, match="non-empty"):
        webhooks.wsgi_app(events.append, secret="")


# Content-Length values that are not one run of ASCII digits ("²" and "٣" pass str.isdigit()), several
# values, and runs of digits too long to be a length (int() refuses 5000 digits outright).
BAD_LENGTHS = ["²", "٣", "-1", "+1", " 1", "1 ", "1 1", "1,1", "1, 1", "0x1", "1e3", "1.0", "9" * 19, "9" * 5000]
MALFORMED = {"error": "malformed Content-Length: one number of bytes in ASCII digits is required"}


@pytest.mark.parametrize("value", BAD_LENGTHS)
def test_wsgi_refuses_a_malformed_length_with_400_before_reading(value: str) -> None:
    events: list[Any] = []
    app = webhooks.wsgi_app(events.append, secret="s3")
    assert call_wsgi(app, CONTENT_LENGTH=value, **{"wsgi.input": Unreadable()}) == ("400 Bad Request", MALFORMED)
    assert call_wsgi(app, query="", CONTENT_LENGTH=value) == ("403 Forbidden", {"error": "wrong or missing secret"})
    assert events == []


def test_wsgi_length_limits_and_an_empty_length() -> None:
    app = webhooks.wsgi_app(lambda e: None, secret="s3", max_body=5)
    # PEP 3333: an empty CONTENT_LENGTH is one the request did not declare.
    assert call_wsgi(app, CONTENT_LENGTH="", **{"wsgi.input": Unreadable()}) == (
        "411 Length Required",
        {"error": "Content-Length is required"},
    )
    assert call_wsgi(app, CONTENT_LENGTH="6", **{"wsgi.input": Unreadable()})[0] == "413 Content Too Large"
    assert call_wsgi(app, CONTENT_LENGTH="000000000000000006", **{"wsgi.input": Unreadable()})[0] == (
        "413 Content Too Large"
    )
    assert call_wsgi(app, body=b"{}  ") == ("200 OK", {"ok": True})


class Trickle(io.RawIOBase):
    """A body stream that returns a few bytes per read, then `end` (b"" or an exception)."""

    def __init__(self, data: bytes, end: BaseException | None = None) -> None:
        self.data, self.end = data, end

    def read(self, size: int = -1) -> bytes:
        if not self.data and self.end is not None:
            raise self.end
        chunk, self.data = self.data[:3], self.data[3:]
        return chunk


@pytest.mark.parametrize(
    ("end", "status", "answer"),
    [
        (None, "400 Bad Request", {"error": "body ended after 20 of 200 bytes"}),
        (TimeoutError("timed out"), "408 Request Timeout", {"error": "body not received in time"}),
        (ConnectionResetError(104, "reset"), "400 Bad Request", {"error": "body could not be read"}),
    ],
)
def test_wsgi_body_that_ends_short_or_times_out_never_reaches_the_handler(
    end: BaseException | None, status: str, answer: dict[str, str]
) -> None:
    events: list[Any] = []
    app = webhooks.wsgi_app(events.append, secret="s3")
    assert call_wsgi(app, CONTENT_LENGTH="200", **{"wsgi.input": Trickle(b"{" * 20, end)}) == (status, answer)
    assert events == []


def test_wsgi_reads_a_body_that_arrives_a_few_bytes_at_a_time() -> None:
    events: list[Any] = []
    body = json.dumps(SENT).encode()
    app = webhooks.wsgi_app(events.append, secret="s3")
    assert call_wsgi(app, CONTENT_LENGTH=str(len(body)), **{"wsgi.input": Trickle(body)}) == ("200 OK", {"ok": True})
    assert isinstance(events[0], webhooks.MessageSent)


# ------------------------------------------------------------------ ASGI receiver
def call_asgi(
    app: Any,
    method: str = "POST",
    query: bytes = b"secret=s3",
    chunks: list[bytes] | None = None,
    scope_type: str = "http",
) -> tuple[int, Any]:
    body = chunks or []
    headers = [] if chunks is None else [(b"content-length", str(sum(map(len, body))).encode())]
    incoming = [{"type": "http.request", "body": c, "more_body": i < len(body) - 1} for i, c in enumerate(body)] or [
        {"type": "http.request", "body": b"", "more_body": False}
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": scope_type, "method": method, "query_string": query, "headers": headers}
    asyncio.run(app(scope, receive, send))
    if not sent:
        return 0, None
    return sent[0]["status"], json.loads(sent[1]["body"])


def test_asgi_app_answers_and_awaits_async_handlers() -> None:
    events: list[Any] = []

    async def handler(event: Any) -> None:
        await asyncio.sleep(0)
        events.append(event)

    app = webhooks.asgi_app(handler, secret="s3")
    body = json.dumps(SENT).encode()
    assert call_asgi(app, chunks=[body[:10], body[10:]]) == (200, {"ok": True})
    assert isinstance(events[0], webhooks.MessageSent)
    assert call_asgi(app, query=b"secret=x", chunks=[body]) == (403, {"error": "wrong or missing secret"})
    assert call_asgi(app, method="PUT")[0] == 405
    assert call_asgi(app, chunks=[b"nope"])[0] == 400
    assert call_asgi(webhooks.asgi_app(handler, secret="s3", max_body=5), chunks=[b"{}", b"    "])[0] == 413
    assert call_asgi(app, scope_type="websocket") == (0, None)
    assert len(events) == 1


@pytest.mark.parametrize("name", [b"content-length", b"Content-Length"])
def test_asgi_refuses_a_declared_length_above_max_body_before_reading(name: bytes) -> None:
    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    app = webhooks.asgi_app(lambda e: None, secret="s3", max_body=5)
    headers = [(b"host", b"x"), (name, b"6")]
    asyncio.run(
        app({"type": "http", "method": "POST", "query_string": b"secret=s3", "headers": headers}, receive, send)
    )
    assert (sent[0]["status"], json.loads(sent[1]["body"])) == (413, {"error": "body larger than 5 bytes"})


def test_asgi_sync_handler_and_failure() -> None:
    events: list[Any] = []
    assert call_asgi(webhooks.asgi_app(events.append, secret="s3"), chunks=[b'{"eventName": "x"}'])[0] == 200
    assert events == [webhooks.UnknownEvent("x", None, {"eventName": "x"})]

    async def boom(event: Any) -> None:
        raise KeyError("secret stuff")

    assert call_asgi(webhooks.asgi_app(boom, secret="s3"), chunks=[b"{}"]) == (
        500,
        {"error": "the webhook handler failed"},
    )


def run_asgi(
    app: Any, headers: list[tuple[bytes, bytes]], receive: Any, query: bytes = b"secret=s3"
) -> tuple[int, dict[bytes, bytes], Any]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "query_string": query, "headers": headers}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], dict(sent[0]["headers"]), json.loads(sent[1]["body"])


async def unread(*args: Any) -> dict[str, Any]:
    raise AssertionError("the body was read")


@pytest.mark.parametrize("value", [*BAD_LENGTHS, ""])
def test_asgi_refuses_a_malformed_length_with_400_before_reading(value: str) -> None:
    events: list[Any] = []
    app = webhooks.asgi_app(events.append, secret="s3")
    status, headers, answer = run_asgi(app, [(b"content-length", value.encode())], unread)
    assert (status, answer, headers[b"connection"]) == (400, MALFORMED, b"close")
    assert events == []


@pytest.mark.parametrize("values", [[b"2", b"2"], [b"2", b"3"], [b"2", b""]])
def test_asgi_refuses_several_lengths_with_400(values: list[bytes]) -> None:
    events: list[Any] = []
    app = webhooks.asgi_app(events.append, secret="s3")
    headers = [(b"host", b"x"), *((b"Content-Length", v) for v in values)]
    assert run_asgi(app, headers, unread)[::2] == (400, MALFORMED)
    assert events == []


def messages(*chunks: bytes) -> Any:
    """An ASGI receive() giving `chunks` as one body; it records how many were asked for."""
    incoming = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]

    async def receive() -> dict[str, Any]:
        receive.asked += 1  # type: ignore[attr-defined]
        return incoming.pop(0)

    receive.asked = 0  # type: ignore[attr-defined]
    return receive


def test_asgi_counts_chunks_of_a_body_without_content_length() -> None:
    events: list[Any] = []
    app = webhooks.asgi_app(events.append, secret="s3", max_body=10)
    receive = messages(b"{}    ", b"     ", b"never asked for")
    status, headers, answer = run_asgi(app, [(b"host", b"x")], receive)
    assert (status, answer, headers[b"connection"]) == (413, {"error": "body larger than 10 bytes"}, b"close")
    assert receive.asked == 2 and events == []
    status, headers, answer = run_asgi(app, [], messages(b"{}    ", b"    "))  # exactly 10 bytes
    assert (status, answer, b"connection" in headers) == (200, {"ok": True}, False)
    assert events == [webhooks.UnknownEvent(None, None, {})]


def test_asgi_answers_408_when_the_body_stops_coming() -> None:
    events: list[Any] = []
    app = webhooks.asgi_app(events.append, secret="s3", body_timeout=0.05)
    first = messages(b"{" * 20, b"")

    async def stalls_after_the_first_chunk() -> dict[str, Any]:
        if first.asked:
            await asyncio.Event().wait()  # the rest of the 200 declared bytes never comes
        return await first()  # type: ignore[no-any-return]

    status, headers, answer = run_asgi(app, [(b"content-length", b"200")], stalls_after_the_first_chunk)
    assert (status, answer, headers[b"connection"]) == (408, {"error": "body not received within 0.05 s"}, b"close")
    assert events == []


@pytest.mark.parametrize("body_timeout", [0, -1.0, float("nan")])
def test_asgi_body_timeout_must_be_positive(body_timeout: float) -> None:
    with pytest.raises(MixmaxValidationError, match="body_timeout must be a positive number of seconds"):
        webhooks.asgi_app(lambda e: None, secret="s3", body_timeout=body_timeout)


def test_asgi_lifespan_completes() -> None:
    app = webhooks.asgi_app(lambda e: None, secret="s3")
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[str] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


# ------------------------------------------------------------------ end to end over HTTP
def test_send_email_reaches_a_real_receiver_as_a_typed_event() -> None:
    fake = FakeMixmax()
    with receiver(secret="right-secret") as good, receiver(secret="right-secret") as guarded, fake.client() as client:
        made = webhooks.create_webhook_rule(client, good.url, secret="right-secret")
        webhooks.create_webhook_rule(client, guarded.url, secret="wrong-secret")
        client.send.email(to=["grace@example.com"], subject="Quarterly numbers", html="<p>See <b>attached</b></p>")
        deliveries = fake.wait_for_deliveries()
    (event,) = good.events
    assert isinstance(event, webhooks.MessageSent)
    assert (event.subject, event.to[0].email, event.plaintext_body) == (
        "Quarterly numbers",
        "grace@example.com",
        "See attached",
    )
    assert event.user_id == fake.tokens[fake.demo_token] and event.from_.email == "ada@example.com"  # type: ignore[union-attr]
    assert event.occurred_at == mixmax_sdk.as_datetime(fake.now_ms())
    assert guarded.events == []  # wrong secret: the handler was never called
    by_url = {d.url: d for d in deliveries}
    assert (by_url[made.url].status, by_url[made.url].attempts) == (200, 1)
    wrong = next(d for d in deliveries if d.url.startswith(guarded.url))
    assert (wrong.status, wrong.attempts, wrong.delivered) == (403, 1, False)  # a 4xx is not retried


def test_import_mixmax_sdk_does_not_import_webhooks() -> None:
    code = "import sys, mixmax_sdk; print('mixmax_sdk.webhooks' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
