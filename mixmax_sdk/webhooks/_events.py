"""Typed webhook events: `parse_event` turns the body Mixmax POSTs into one class per known event name.

The classes subclass the generated models (`openapi/mixmax.yaml`, `components/schemas/*Event`), so they
parse as tolerantly as responses do: a field of an unexpected type is kept and reported to the drift
handler (`mixmax_sdk.drift_report()`), never raised, unless `strict=True`. They add `occurred_at`, the
event's epoch-millisecond timestamp as an aware UTC datetime.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from mixmax_openapi.models.link_clicked_event import LinkClickedEvent
from mixmax_openapi.models.message_opened_event import MessageOpenedEvent
from mixmax_openapi.models.message_received_event import MessageReceivedEvent
from mixmax_openapi.models.message_sent_event import MessageSentEvent
from mixmax_openapi.types import ResponseDeviation

from .._drift import install as _install_drift_handler
from .._drift import strict as _strict
from ..errors import WebhookPayloadError
from ..timestamps import as_datetime

# A receiver may parse events in a process that never calls the API (where the handler is otherwise
# installed): deviations must reach drift_report() there too.
_install_drift_handler()

__all__ = [
    "EVENT_CLASSES",
    "LinkClicked",
    "MessageOpened",
    "MessageReceived",
    "MessageSent",
    "UnknownEvent",
    "WebhookEvent",
    "parse_event",
]


def _when(value: object) -> datetime.datetime | None:
    # A timestamp that drifted to another type must not make the accessor raise in a receiver.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return as_datetime(value)
    except (OverflowError, ValueError):
        return None


class MessageSent(MessageSentEvent):
    """`message:sent`: an email was sent from the user's mailbox. `occurred_at` is `sent`."""

    __slots__ = ()
    EVENT_NAME: ClassVar[str] = "message:sent"

    @property
    def occurred_at(self) -> datetime.datetime | None:
        return _when(self.sent)


class MessageReceived(MessageReceivedEvent):
    """`message:received`: an email arrived in the user's mailbox. `occurred_at` is `sent`.

    A bounce notification is one of these, from the mailer daemon, with `bounced_recipient_emails`
    and `in_reply_to`: `is_bounce` tells.
    """

    __slots__ = ()
    EVENT_NAME: ClassVar[str] = "message:received"

    @property
    def occurred_at(self) -> datetime.datetime | None:
        return _when(self.sent)

    @property
    def is_bounce(self) -> bool:
        return isinstance(self.bounced_recipient_emails, list) and len(self.bounced_recipient_emails) > 0


class MessageOpened(MessageOpenedEvent):
    """`opened`: a recipient opened a tracked message. `occurred_at` is `timestamp`."""

    __slots__ = ()
    EVENT_NAME: ClassVar[str] = "opened"

    @property
    def occurred_at(self) -> datetime.datetime | None:
        return _when(self.timestamp)


class LinkClicked(LinkClickedEvent):
    """`clicked`: a recipient clicked a tracked link. `occurred_at` is `timestamp`.

    The documented example stops before the link's URL: its field, whatever Mixmax names it, is in
    `additional_properties`.
    """

    __slots__ = ()
    EVENT_NAME: ClassVar[str] = "clicked"

    @property
    def occurred_at(self) -> datetime.datetime | None:
        return _when(self.timestamp)


@dataclass(frozen=True)
class UnknownEvent:
    """An event whose `eventName` this SDK has no class for (or a body with none, e.g. reshaped by a
    Mixmax webhook transform). The whole decoded body is in `payload`."""

    event_name: str | None
    user_id: str | None
    payload: dict[str, Any] = field(repr=False)

    @property
    def occurred_at(self) -> None:
        return None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.payload)


WebhookEvent: TypeAlias = MessageSent | MessageReceived | MessageOpened | LinkClicked | UnknownEvent
"""What `parse_event` returns: `match` on the class (`case MessageSent(subject=subject): ...`)."""

EVENT_CLASSES: dict[str, type[MessageSent | MessageReceived | MessageOpened | LinkClicked]] = {
    cls.EVENT_NAME: cls for cls in (MessageSent, MessageReceived, MessageOpened, LinkClicked)
}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_body(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object a webhook body holds; `WebhookPayloadError` if it holds anything else."""
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookPayloadError(f"webhook body is not UTF-8 text: {exc}") from None
    if not isinstance(body, str):
        raise WebhookPayloadError(f"webhook body must be bytes, str or a mapping, not {type(body).__name__}")
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"webhook body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"webhook body must be a JSON object, not {_kind(data)}")
    return data


def _kind(value: object) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")


def parse_event(
    body: bytes | bytearray | memoryview | str | Mapping[str, Any], *, strict: bool = False
) -> WebhookEvent:
    """The typed event in a webhook request body (the raw bytes, their text, or the decoded object).

    Known `eventName`s give their class; any other name gives an `UnknownEvent` with the payload, so a
    new Mixmax event never breaks a receiver. A body that is not a JSON object raises
    `WebhookPayloadError`. With `strict=True`, a field that deviates from the spec raises it too
    (instead of being kept and reported to `mixmax_sdk.drift_report()`).
    """
    data = decode_body(body)
    name = data.get("eventName")
    cls = EVENT_CLASSES.get(name) if isinstance(name, str) else None
    if cls is None:
        user_id = data.get("userId")
        return UnknownEvent(
            name if isinstance(name, str) else None, user_id if isinstance(user_id, str) else None, data
        )
    with _strict(strict):
        try:
            return cls.from_dict(data)
        except ResponseDeviation as exc:
            raise WebhookPayloadError(f"webhook event deviates from the spec: {exc}") from None


def summary(event: WebhookEvent) -> str:
    """One line about an event, for logs and `mixmax webhooks listen`."""
    when = event.occurred_at
    parts = [event.event_name or "(no eventName)", f"user={event.user_id or '?'}"]
    if when is not None:
        parts.append(when.isoformat(timespec="seconds").replace("+00:00", "Z"))
    match event:
        case MessageSent() | MessageReceived():
            to = event.to if isinstance(event.to, list) else []
            addresses = ", ".join(str(getattr(a, "email", a)) for a in to)
            parts.append(f"{event.subject!r} -> {addresses}" if isinstance(event.subject, str) else f"-> {addresses}")
            if isinstance(event, MessageReceived) and event.is_bounce:
                parts.append(f"bounced: {', '.join(map(str, event.bounced_recipient_emails or []))}")
        case MessageOpened() | LinkClicked():
            parts.append(f"by {event.recipient_email}" if isinstance(event.recipient_email, str) else "")
            if isinstance(event.message_id, str):
                parts.append(f"message={event.message_id}")
        case UnknownEvent():
            parts.append(f"(unknown to this SDK; {len(event.payload)} fields)")
    return "  ".join(p for p in parts if p)
