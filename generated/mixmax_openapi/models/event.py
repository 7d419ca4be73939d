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
from . import event_device as _m_event_device
from . import event_location as _m_event_location
from . import event_object as _m_event_object

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.event_device import EventDevice
    from ..models.event_location import EventLocation
    from ..models.event_object import EventObject

_KEYS = frozenset(
    (
        "_id",
        "threadId",
        "subject",
        "timestamp",
        "recipientEmail",
        "recipientName",
        "userId",
        "device",
        "location",
        "object",
        "action",
        "recipients",
    )
)


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A legacy tracking event (2016 docs)."""

    id: str
    thread_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch (UTC). """
    recipient_email: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    device: EventDevice | None | Unset = UNSET
    location: EventLocation | None | Unset = UNSET
    object_: EventObject | None | Unset = UNSET
    action: str | Unset = UNSET
    recipients: list[EmailAddress] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id
        if self.thread_id is not UNSET:
            field_dict["threadId"] = self.thread_id
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.recipient_email is not UNSET:
            field_dict["recipientEmail"] = self.recipient_email
        if self.recipient_name is not UNSET:
            field_dict["recipientName"] = self.recipient_name
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.device is not UNSET:
            field_dict["device"] = _to_json(self.device)
        if self.location is not UNSET:
            field_dict["location"] = _to_json(self.location)
        if self.object_ is not UNSET:
            field_dict["object"] = _to_json(self.object_)
        if self.action is not UNSET:
            field_dict["action"] = self.action
        if self.recipients is not UNSET:
            field_dict["recipients"] = _to_json(self.recipients)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        id = _get("_id", UNSET)
        if not (id.__class__ is str):
            _deviation("Event", "_id", "string", id)

        thread_id = _get("threadId", UNSET)
        if not (thread_id.__class__ is str) and thread_id is not UNSET:
            _deviation("Event", "threadId", "string", thread_id)

        subject = _get("subject", UNSET)
        if not (subject.__class__ is str) and subject is not UNSET:
            _deviation("Event", "subject", "string", subject)

        timestamp = _get("timestamp", UNSET)
        if not (timestamp.__class__ is int) and timestamp is not UNSET:
            _deviation("Event", "timestamp", "integer", timestamp)

        recipient_email = _get("recipientEmail", UNSET)
        if not (recipient_email.__class__ is str) and recipient_email is not UNSET:
            _deviation("Event", "recipientEmail", "string", recipient_email)

        recipient_name = _get("recipientName", UNSET)
        if not (recipient_name.__class__ is str) and recipient_name is not UNSET:
            _deviation("Event", "recipientName", "string", recipient_name)

        user_id = _get("userId", UNSET)
        if not (user_id.__class__ is str) and user_id is not UNSET:
            _deviation("Event", "userId", "string", user_id)

        device = _get("device", UNSET)
        if device.__class__ is dict:
            try:
                device = _m_event_device.EventDevice.from_dict(device)
            except _ResponseDeviation as _e:
                _e._within("Event", "device")
                raise
        elif device is None:
            pass
        elif device is not UNSET:
            _deviation("Event", "device", "EventDevice or null", device)

        location = _get("location", UNSET)
        if location.__class__ is dict:
            try:
                location = _m_event_location.EventLocation.from_dict(location)
            except _ResponseDeviation as _e:
                _e._within("Event", "location")
                raise
        elif location is None:
            pass
        elif location is not UNSET:
            _deviation("Event", "location", "EventLocation or null", location)

        object_ = _get("object", UNSET)
        if object_.__class__ is dict:
            try:
                object_ = _m_event_object.EventObject.from_dict(object_)
            except _ResponseDeviation as _e:
                _e._within("Event", "object")
                raise
        elif object_ is None:
            pass
        elif object_ is not UNSET:
            _deviation("Event", "object", "EventObject or null", object_)

        action = _get("action", UNSET)
        if not (action.__class__ is str) and action is not UNSET:
            _deviation("Event", "action", "string", action)

        recipients = _get("recipients", UNSET)
        if recipients.__class__ is list:
            _recipients_items: list[Any] = []
            for _recipients_item in recipients:
                if _recipients_item.__class__ is dict:
                    try:
                        _recipients_item = _m_email_address.EmailAddress.from_dict(_recipients_item)
                    except _ResponseDeviation as _e:
                        _e._within("Event", f"recipients[{len(_recipients_items)}]")
                        raise
                else:
                    _deviation("Event", f"recipients[{len(_recipients_items)}]", "EmailAddress", _recipients_item)

                _recipients_items.append(_recipients_item)
            recipients = _recipients_items
        elif recipients is None:
            pass
        elif recipients is not UNSET:
            _deviation("Event", "recipients", "array of EmailAddress or null", recipients)

        _obj = cls(
            id,
            thread_id,
            subject,
            timestamp,
            recipient_email,
            recipient_name,
            user_id,
            device,
            location,
            object_,
            action,
            recipients,
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
