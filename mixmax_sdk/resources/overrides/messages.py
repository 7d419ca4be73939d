"""Overrides for `client.messages`: drafts addressed with strings or address dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Required, TypedDict, Unpack

from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint
from ..._validate import address_entries, check_bool, check_text, unset
from ...errors import MixmaxValidationError

if TYPE_CHECKING:
    from mixmax_openapi.models import EmailAddress, Message


class AddressDict(TypedDict, total=False):
    """A named address: `{"email": "grace@example.com", "name": "Grace Hopper"}`."""

    email: Required[str]
    name: str | None


Address = str | AddressDict


"""An email address, or a dict `{"email", "name"}` for a named one."""


_ADDRESS_KEYS = frozenset(AddressDict.__annotations__)


def email_addresses(values: Iterable[Address] | None, name: str) -> list[EmailAddress] | None:
    """`[{email, name}]` objects from addresses and address dicts, each one checked (None stays None)."""
    from mixmax_openapi.models import EmailAddress

    if values is None:
        return None
    addresses = []
    for where, email, item in address_entries(values, name, keys=_ADDRESS_KEYS):
        address = EmailAddress(email=email)
        if "name" in item:
            label = item["name"]
            if label is not None and not isinstance(label, str):
                raise MixmaxValidationError(f"{where}.name must be a string, not {type(label).__name__}")
            address.name = label
        addresses.append(address)
    return addresses


class MessagesOverrides(Resource[M]):
    """Overrides of `Messages` (the generated class inherits them)."""

    @endpoint
    def create(
        self,
        to: Iterable[Address],
        *,
        cc: Iterable[Address] | None = None,
        bcc: Iterable[Address] | None = None,
        subject: str | None = None,
        body: str | None = None,
        tracking_enabled: bool | None = None,
        link_tracking_enabled: bool | None = None,
        file_tracking_enabled: bool | None = None,
        notifications_enabled: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Message]:
        """Create a draft (nothing is sent: use `send(draft.id)`); returns the created message.

        Args:
            to: recipients, as addresses or dicts `{"email", "name"}`; at least one.
            cc: copy recipients, in the same forms.
            bcc: blind-copy recipients, in the same forms.
            subject: the subject line.
            body: the HTML body.
            tracking_enabled: track opens.
            link_tracking_enabled: track link clicks.
            file_tracking_enabled: track attachment downloads.
            notifications_enabled: notify you of opens and clicks.
            (None leaves a field to your Mixmax defaults.)
        """
        from mixmax_openapi.api.messages import create_message
        from mixmax_openapi.models import Message, MessageInput

        recipients = email_addresses(to, "to") or []
        if not recipients:
            raise MixmaxValidationError("to is empty: pass at least one address")
        body_input = MessageInput(
            to=recipients,
            cc=unset(email_addresses(cc, "cc")),
            bcc=unset(email_addresses(bcc, "bcc")),
            subject=unset(check_text(subject, "subject")),
            body=unset(check_text(body, "body")),
            tracking_enabled=unset(check_bool(tracking_enabled, "tracking_enabled")),
            link_tracking_enabled=unset(check_bool(link_tracking_enabled, "link_tracking_enabled")),
            file_tracking_enabled=unset(check_bool(file_tracking_enabled, "file_tracking_enabled")),
            notifications_enabled=unset(check_bool(notifications_enabled, "notifications_enabled")),
        )
        return from_module(create_message, model(Message.from_dict), body=body_input)
