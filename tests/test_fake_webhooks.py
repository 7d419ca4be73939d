"""The fake Mixmax runs rules: matching webhook actions get the event POSTed over real HTTP, in the
background, retried on failure, and recorded on `fake.deliveries`."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webhook_receiver import receiver, serving

from mixmax_sdk import webhooks
from mixmax_sdk.testing import FakeMixmax


@pytest.fixture
def fake() -> FakeMixmax:
    fake = FakeMixmax()
    fake.webhook_backoff = 0.01
    return fake


def rule(
    fake: FakeMixmax, url: str, event: str = "message:sent", *, filter: Any = None, token: str | None = None
) -> str:
    with fake.client(token=token) as client:
        return webhooks.create_webhook_rule(client, url, event=event, filter=filter, secret="s").rule.id


def send(fake: FakeMixmax, to: list[str], subject: str = "Hello", token: str | None = None) -> None:
    with fake.client(token=token) as client:
        client.send.email(to=to, subject=subject, html="<p>Hi</p>")


def test_messages_send_fires_message_sent(fake: FakeMixmax) -> None:
    with receiver("s") as got:
        rule(fake, got.url)
        with fake.client() as client:
            draft = client.messages.create(to=[{"email": "linus@example.com", "name": "Linus"}], subject="Draft")
            client.messages.send(draft.id)
        fake.wait_for_deliveries()
    (event,) = got.events
    assert isinstance(event, webhooks.MessageSent)
    assert (event.subject, [(a.email, a.name) for a in event.to]) == ("Draft", [("linus@example.com", "Linus")])
    assert event.rfc_822_id == f"<{draft.id}@fake.mixmax.test>" and len(event.id) == 16


def test_event_payload_is_what_the_docs_show(fake: FakeMixmax) -> None:
    posted: list[dict[str, Any]] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        posted.append(json.loads(environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))))
        start_response("204 No Content", [])
        return []

    with serving(app) as url:
        rule(fake, url)
        send(fake, ["grace@example.com", "linus@example.com"], "Numbers")
        fake.wait_for_deliveries()
    (payload,) = posted
    documented = json.loads(
        (Path(__file__).parent / "fixtures/payloads/webhook.message-sent.help-center.json").read_text()
    )["payload"]
    assert set(payload) == set(documented)
    assert payload["to"] == [{"email": "grace@example.com", "name": ""}, {"email": "linus@example.com", "name": ""}]
    assert (payload["eventName"], payload["sent"], payload["plaintextBody"]) == ("message:sent", fake.now_ms(), "Hi")
    webhooks.parse_event(payload, strict=True)


def test_filters_by_equality_through_lists(fake: FakeMixmax) -> None:
    with receiver("s") as sales, receiver("s") as others:
        rule(fake, sales.url, filter={"to.email": "sales@example.com"})
        rule(fake, others.url, filter={"subject": "Other"})
        send(fake, ["a@example.com", "sales@example.com"], "Deal")
        send(fake, ["a@example.com"], "Deal")
        fake.wait_for_deliveries()
    assert [e.to[1].email for e in sales.events] == ["sales@example.com"]  # type: ignore[union-attr]
    assert others.events == []


def test_operator_filters_are_recorded_as_beyond_the_fake(fake: FakeMixmax) -> None:
    with receiver("s") as got:
        rule(fake, got.url, filter={"to.email": {"$in": ["x@example.com"]}})
        send(fake, ["x@example.com"])
        deliveries = fake.wait_for_deliveries()
    assert got.events == []
    mine = [d for d in deliveries if d.url.startswith(got.url)]
    assert [(d.skipped, d.attempts) for d in mine] == [
        ("filter operator in 'to.email' is not supported by the fake (equality only)", 0)
    ]


def test_paused_rules_and_actions_and_other_users_rules_do_not_fire(fake: FakeMixmax) -> None:
    with receiver("s") as got:
        paused_rule = rule(fake, got.url)
        live_rule = rule(fake, got.url)
        rule(fake, got.url, token="demo-token-grace")  # Grace's rule: Ada's mail is not hers
        with fake.client() as client:
            client.rules.update(paused_rule, is_paused=True)
            (action,) = client.rules.actions.list(live_rule)
        fake.store.get(f"rules/{live_rule}/actions", action.id)["isPaused"] = True  # type: ignore[index]
        send(fake, ["a@example.com"])
        fake.wait_for_deliveries()
    assert got.events == []


def test_the_seeded_rule_never_reaches_the_network(fake: FakeMixmax) -> None:
    send(fake, ["a@example.com"])
    (delivery,) = fake.wait_for_deliveries()
    assert (delivery.url, delivery.attempts, delivery.status) == ("https://crm.example.com/hook", 0, None)
    assert delivery.skipped == "host 'crm.example.com' is not in FakeMixmax.webhook_hosts (no calls to the network)"


def test_emit_fires_tracking_events_filled_from_the_message(fake: FakeMixmax) -> None:
    with receiver("s") as got:
        rule(fake, got.url, event="opened")
        rule(fake, got.url, event="clicked")
        rule(fake, got.url, event="poll:vote")
        with fake.client() as client:
            draft = client.messages.create(to=[{"email": "linus@example.com", "name": "Linus"}], subject="Deck")
        fake.emit("opened", message_id=draft.id)
        fake.emit("clicked", message_id=draft.id, url="https://example.com/deck")
        fake.emit("poll:vote", answer="Yes")
        fake.wait_for_deliveries()
    events = {e.event_name: e for e in got.events}
    opened, clicked, vote = events["opened"], events["clicked"], events["poll:vote"]
    assert isinstance(opened, webhooks.MessageOpened) and opened.message is not None
    assert (opened.message_id, opened.recipient_email, opened.recipient_name) == (
        draft.id,
        "linus@example.com",
        "Linus",
    )
    assert opened.message.subject == "Deck" and opened.timestamp == fake.now_ms()
    assert isinstance(clicked, webhooks.LinkClicked) and clicked.additional_properties == {
        "url": "https://example.com/deck"
    }
    assert isinstance(vote, webhooks.UnknownEvent) and vote.payload["answer"] == "Yes"
    for event in (opened, clicked):
        webhooks.parse_event(event.to_dict(), strict=True)


def test_emit_with_no_matching_rule_delivers_nothing(fake: FakeMixmax) -> None:
    assert fake.emit("opened") == []


class Flaky:
    """A receiver answering 503 `failures` times, then 200."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        self.calls += 1
        failing = self.calls <= self.failures
        start_response("503 Service Unavailable" if failing else "200 OK", [("Content-Type", "text/plain")])
        return [b"busy" if failing else b"ok"]


def test_failures_are_retried(fake: FakeMixmax) -> None:
    flaky = Flaky(failures=2)
    with serving(flaky) as url:
        rule(fake, url)
        send(fake, ["a@example.com"])
        deliveries = fake.wait_for_deliveries()
    mine = next(d for d in deliveries if d.url.startswith(url))
    assert (flaky.calls, mine.attempts, mine.status, mine.delivered) == (3, 3, 200, True)


def test_giving_up_is_recorded(fake: FakeMixmax) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again below: nothing listens there
    url = f"http://127.0.0.1:{port}/hook"
    rule(fake, url)
    send(fake, ["a@example.com"])
    mine = next(d for d in fake.wait_for_deliveries() if d.url.startswith(url))
    assert (mine.attempts, mine.status, mine.delivered) == (3, None, False)
    assert mine.error is not None and mine.error.startswith("ConnectError")


@pytest.fixture
def blocking_receiver() -> Iterator[tuple[str, threading.Event, threading.Event]]:
    release, arrived = threading.Event(), threading.Event()

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        arrived.set()
        release.wait(10)
        start_response("200 OK", [])
        return []

    with serving(app) as url:
        yield url, release, arrived
        release.set()


def test_delivery_does_not_hold_up_the_request_that_triggered_it(
    fake: FakeMixmax, blocking_receiver: tuple[str, threading.Event, threading.Event]
) -> None:
    url, release, arrived = blocking_receiver
    rule(fake, url)
    send(fake, ["a@example.com"])  # returns although the receiver has not answered
    assert arrived.wait(5)
    pending = next(d for d in fake.deliveries if d.url.startswith(url))
    assert not pending.done.is_set() and pending.status is None
    with pytest.raises(TimeoutError, match="still running"):
        fake.wait_for_deliveries(timeout=0.05)
    release.set()
    fake.wait_for_deliveries()
    assert pending.status == 200


def test_the_url_secret_is_in_neither_the_repr_nor_the_timeout_error(
    fake: FakeMixmax, blocking_receiver: tuple[str, threading.Event, threading.Event]
) -> None:
    url, release, arrived = blocking_receiver
    secret = "not-for-logs-4f1c9a"
    with fake.client() as client:
        made = webhooks.create_webhook_rule(client, url, event="message:sent", secret=secret)
    send(fake, ["a@example.com"])
    assert arrived.wait(5)
    delivery = next(d for d in fake.deliveries if d.rule_id == made.rule.id)
    assert secret in delivery.url  # the secret is there to leak
    assert secret not in repr(delivery)
    assert repr(delivery).startswith(f"Delivery(event_name='message:sent', rule_id='{made.rule.id}', ")
    with pytest.raises(TimeoutError) as raised:
        fake.wait_for_deliveries(timeout=0.05)
    assert secret not in str(raised.value)
    assert str(raised.value) == (
        f"webhook delivery of 'message:sent' for rule {made.rule.id} (action {delivery.action_id}) "
        "still running after 0.05s"
    )
    release.set()
    fake.wait_for_deliveries()
    assert delivery.status == 200


def test_adding_sequence_recipients_fires_no_event(fake: FakeMixmax) -> None:
    """No source names an event for recipients added to a sequence (openapi/EVIDENCE.md, "Webhook
    events"): the fake does not invent one."""
    with receiver("s") as got:
        for name in ("message:sent", "sequence:recipient:added", "sequence:enrolled"):
            rule(fake, got.url, event=name)
        with fake.client() as client:
            sequence = next(iter(client.sequences.list()))
            client.sequences.sequence(sequence.id).add_recipients(
                [{"email": "new@example.com", "variables": {"First name": "N"}}],
                allow_missing_variables=True,
            )
        assert fake.wait_for_deliveries() == []
    assert got.events == []
