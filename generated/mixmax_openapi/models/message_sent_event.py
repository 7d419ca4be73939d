from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import email_address as _m_email_address

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress

_KEYS = frozenset(
    (
        "eventName",
        "userId",
        "to",
        "cc",
        "bcc",
        "from",
        "subject",
        "sent",
        "id",
        "threadId",
        "rfc822Id",
        "receivedBy",
        "plaintextBody",
    )
)


T = TypeVar("T", bound="MessageSentEvent")


@_attrs_define
class MessageSentEvent:
    """`message:sent`: an email was sent from the user's mailbox (SUP "Mixmax Webhook Event
    structure", example "Sent"). `sent` is epoch milliseconds; `id` and `threadId` are the mail
    provider's message and thread ids, `rfc822Id` the Message-ID header.

        Example:
            {'userId': 'T3STUS3R1D', 'to': [{'email': 'engtestuser3@mixmax.com', 'name': 'Test User3'}], 'cc': [], 'bcc':
                [], 'from': {'email': 'engtestuser2@mixmax.com', 'name': 'Test User2'}, 'subject': 'Please join me ', 'sent':
                1481745125403, 'id': '16ac8cc837d1b304', 'threadId': '16008541212e8a32', 'rfc822Id':
                '<CAHfzPxo09WCKrtyPRM9g+60za4+0cHffwyT0vf867Pp=ehrfQ@mail.gmail.com>', 'receivedBy': {'email':
                'engtestuser2@mixmax.com', 'name': 'Test User2'}, 'plaintextBody': 'Please join me for a meeting.
                \\n--\\nEngineering Test', 'eventName': 'message:sent'}

    """

    event_name: str
    """ Always `message:sent`. """
    user_id: str
    to: list[EmailAddress] | None | Unset = UNSET
    cc: list[EmailAddress] | None | Unset = UNSET
    bcc: list[EmailAddress] | None | Unset = UNSET
    from_: EmailAddress | None | Unset = UNSET
    subject: str | Unset = UNSET
    sent: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    id: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    rfc_822_id: str | Unset = UNSET
    received_by: EmailAddress | None | Unset = UNSET
    plaintext_body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.event_name is not UNSET:
            field_dict["eventName"] = self.event_name
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.to is not UNSET:
            field_dict["to"] = _to_json(self.to)
        if self.cc is not UNSET:
            field_dict["cc"] = _to_json(self.cc)
        if self.bcc is not UNSET:
            field_dict["bcc"] = _to_json(self.bcc)
        if self.from_ is not UNSET:
            field_dict["from"] = _to_json(self.from_)
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.sent is not UNSET:
            field_dict["sent"] = self.sent
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.thread_id is not UNSET:
            field_dict["threadId"] = self.thread_id
        if self.rfc_822_id is not UNSET:
            field_dict["rfc822Id"] = self.rfc_822_id
        if self.received_by is not UNSET:
            field_dict["receivedBy"] = _to_json(self.received_by)
        if self.plaintext_body is not UNSET:
            field_dict["plaintextBody"] = self.plaintext_body
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        event_name = _get("eventName", UNSET)
        if not (event_name.__class__ is str):
            _deviation("MessageSentEvent", "eventName", "string", event_name)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str):
            _deviation("MessageSentEvent", "userId", "string", user_id)

        to = _get("to", UNSET)
        if to.__class__ is list:
            _to_items: list[Any] = []
            for _to_item in to:
                if _to_item.__class__ is dict:
                    try:
                        _to_item = _m_email_address.EmailAddress.from_dict(_to_item)
                    except _ResponseDeviation as _e:
                        _e._within("MessageSentEvent", f"to[{len(_to_items)}]")
                        raise
                else:
                    _deviation("MessageSentEvent", f"to[{len(_to_items)}]", "EmailAddress", _to_item)

                _to_items.append(_to_item)
            to = _to_items
        elif to is None:
            pass
        elif to is not UNSET:
            _deviation("MessageSentEvent", "to", "array of EmailAddress or null", to)

        cc = _get("cc", UNSET)
        if cc.__class__ is list:
            _cc_items: list[Any] = []
            for _cc_item in cc:
                if _cc_item.__class__ is dict:
                    try:
                        _cc_item = _m_email_address.EmailAddress.from_dict(_cc_item)
                    except _ResponseDeviation as _e:
                        _e._within("MessageSentEvent", f"cc[{len(_cc_items)}]")
                        raise
                else:
                    _deviation("MessageSentEvent", f"cc[{len(_cc_items)}]", "EmailAddress", _cc_item)

                _cc_items.append(_cc_item)
            cc = _cc_items
        elif cc is None:
            pass
        elif cc is not UNSET:
            _deviation("MessageSentEvent", "cc", "array of EmailAddress or null", cc)

        bcc = _get("bcc", UNSET)
        if bcc.__class__ is list:
            _bcc_items: list[Any] = []
            for _bcc_item in bcc:
                if _bcc_item.__class__ is dict:
                    try:
                        _bcc_item = _m_email_address.EmailAddress.from_dict(_bcc_item)
                    except _ResponseDeviation as _e:
                        _e._within("MessageSentEvent", f"bcc[{len(_bcc_items)}]")
                        raise
                else:
                    _deviation("MessageSentEvent", f"bcc[{len(_bcc_items)}]", "EmailAddress", _bcc_item)

                _bcc_items.append(_bcc_item)
            bcc = _bcc_items
        elif bcc is None:
            pass
        elif bcc is not UNSET:
            _deviation("MessageSentEvent", "bcc", "array of EmailAddress or null", bcc)

        from_ = _get("from", UNSET)
        if from_.__class__ is dict:
            try:
                from_ = _m_email_address.EmailAddress.from_dict(from_)
            except _ResponseDeviation as _e:
                _e._within("MessageSentEvent", "from")
                raise
        elif from_ is None:
            pass
        elif from_ is not UNSET:
            _deviation("MessageSentEvent", "from", "EmailAddress or null", from_)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("MessageSentEvent", "subject", "string", subject)

        sent = _get("sent", UNSET)
        if not (sent.__class__ is int) and sent is not UNSET:
            _deviation("MessageSentEvent", "sent", "integer", sent)

        id = _get("id", UNSET)
        if not (id.__class__ is str) and id is not UNSET:
            _deviation("MessageSentEvent", "id", "string", id)

        thread_id = _get("threadId", UNSET)
        if not (thread_id.__class__ is str) and thread_id is not UNSET:
            _deviation("MessageSentEvent", "threadId", "string", thread_id)

        rfc_822_id = _get("rfc822Id", UNSET)
        if not (rfc_822_id.__class__ is str) and rfc_822_id is not UNSET:
            _deviation("MessageSentEvent", "rfc822Id", "string", rfc_822_id)

        received_by = _get("receivedBy", UNSET)
        if received_by.__class__ is dict:
            try:
                received_by = _m_email_address.EmailAddress.from_dict(received_by)
            except _ResponseDeviation as _e:
                _e._within("MessageSentEvent", "receivedBy")
                raise
        elif received_by is None:
            pass
        elif received_by is not UNSET:
            _deviation("MessageSentEvent", "receivedBy", "EmailAddress or null", received_by)

        plaintext_body = _get("plaintextBody", UNSET)
        if not (plaintext_body.__class__ is str) and plaintext_body is not UNSET:
            _deviation("MessageSentEvent", "plaintextBody", "string", plaintext_body)

        _obj = cls(
            event_name,
            user_id,
            to,
            cc,
            bcc,
            from_,
            subject,
            sent,
            id,
            thread_id,
            rfc_822_id,
            received_by,
            plaintext_body,
        )
        if not _KEYS.issuperset(src_dict):
            _obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
