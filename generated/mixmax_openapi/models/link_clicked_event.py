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
from . import tracked_message_summary as _m_tracked_message_summary

if TYPE_CHECKING:
    from ..models.tracked_message_summary import TrackedMessageSummary

_KEYS = frozenset(
    (
        "eventName",
        "userId",
        "message",
        "messageId",
        "recipientEmail",
        "recipientName",
        "userAgent",
        "timestamp",
        "ipAddress",
    )
)


T = TypeVar("T", bound="LinkClickedEvent")


@_attrs_define
class LinkClickedEvent:
    """`clicked`: a recipient clicked a tracked link. The archived SUP example "Clicked" shows
    `message`, `userId`, `messageId` and `recipientEmail` before it is cut off; the other fields
    are assumed to be those of `opened` (inferred). The clicked URL's field name is not known.

    """

    event_name: str
    """ Always `clicked`. """
    user_id: str
    message: None | TrackedMessageSummary | Unset = UNSET
    message_id: str | Unset = UNSET
    recipient_email: str | Unset = UNSET
    recipient_name: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    timestamp: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    ip_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.event_name is not UNSET:
            field_dict["eventName"] = self.event_name
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.message is not UNSET:
            field_dict["message"] = _to_json(self.message)
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        if self.recipient_email is not UNSET:
            field_dict["recipientEmail"] = self.recipient_email
        if self.recipient_name is not UNSET:
            field_dict["recipientName"] = self.recipient_name
        if self.user_agent is not UNSET:
            field_dict["userAgent"] = self.user_agent
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.ip_address is not UNSET:
            field_dict["ipAddress"] = self.ip_address
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
            _deviation("LinkClickedEvent", "eventName", "string", event_name)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str):
            _deviation("LinkClickedEvent", "userId", "string", user_id)

        message = _get("message", UNSET)
        if message.__class__ is dict:
            try:
                message = _m_tracked_message_summary.TrackedMessageSummary.from_dict(message)
            except _ResponseDeviation as _e:
                _e._within("LinkClickedEvent", "message")
                raise
        elif message is None:
            pass
        elif message is not UNSET:
            _deviation("LinkClickedEvent", "message", "TrackedMessageSummary or null", message)

        message_id = _get("messageId", UNSET)
        if not (message_id.__class__ is str) and message_id is not UNSET:
            _deviation("LinkClickedEvent", "messageId", "string", message_id)

        recipient_email = _get("recipientEmail", UNSET)
        if not (recipient_email.__class__ is str) and recipient_email is not UNSET:
            _deviation("LinkClickedEvent", "recipientEmail", "string", recipient_email)

        recipient_name = _get("recipientName", UNSET)
        if not (recipient_name.__class__ is str or recipient_name is None) and recipient_name is not UNSET:
            _deviation("LinkClickedEvent", "recipientName", "string or null", recipient_name)

        user_agent = _get("userAgent", UNSET)
        if not (user_agent.__class__ is str or user_agent is None) and user_agent is not UNSET:
            _deviation("LinkClickedEvent", "userAgent", "string or null", user_agent)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int) and timestamp is not UNSET:
            _deviation("LinkClickedEvent", "timestamp", "integer", timestamp)

        ip_address = _get("ipAddress", UNSET)
        if not (ip_address.__class__ is str or ip_address is None) and ip_address is not UNSET:
            _deviation("LinkClickedEvent", "ipAddress", "string or null", ip_address)

        _obj = cls(
            event_name,
            user_id,
            message,
            message_id,
            recipient_email,
            recipient_name,
            user_agent,
            timestamp,
            ip_address,
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
