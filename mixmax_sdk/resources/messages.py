"""Messages: drafts, scheduled and sent mail; create a draft and send it later."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Required, TypedDict, Unpack

from .._call import Call, from_module, model, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import address_entries, check_bool, check_text, comma_list, require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import EmailAddress, Message

__all__ = ["Address", "AddressDict", "Messages", "email_addresses"]


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


class Messages(Resource[M]):
    """`client.messages`: your messages in draft, scheduled or sent state."""

    @paginated
    def list(
        self,
        *,
        fields: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Message]:
        """Messages, newest first, across all pages (lazily).

        Timestamps (`created`, `updated_at`, `scheduled`, `sent`) are epoch milliseconds; see
        `mixmax_sdk.as_datetime`.

        Args:
            fields: only these fields of each message, e.g. ["subject", "sent"]; the others are UNSET.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.messages import list_messages
        from mixmax_openapi.models import MessagePage

        return cursor_list(
            list_messages,
            MessagePage.from_dict,
            limit=limit,
            fields=unset(comma_list(fields, "fields")),
            next=next,
            previous=previous,
        )

    @endpoint
    def get(self, message_id: str, **options: Unpack[RequestOptions]) -> Call[Message]:
        """One message by id."""
        from mixmax_openapi.api.messages import get_message
        from mixmax_openapi.models import Message

        return from_module(get_message, model(Message.from_dict), id=require_id(message_id, "message_id"))

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

    @endpoint
    def send(self, message_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Send a draft made with `create` (low-confidence endpoint; any 2xx answer is success)."""
        from mixmax_openapi.api.messages import send_message

        return from_module(send_message, no_content, id=require_id(message_id, "message_id"))
