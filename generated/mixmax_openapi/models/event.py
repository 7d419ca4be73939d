from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.event_device_type_0 import EventDeviceType0
    from ..models.event_location_type_0 import EventLocationType0
    from ..models.event_object_type_0 import EventObjectType0


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
    device: EventDeviceType0 | None | Unset = UNSET
    location: EventLocationType0 | None | Unset = UNSET
    object_: EventObjectType0 | None | Unset = UNSET
    action: str | Unset = UNSET
    recipients: list[EmailAddress] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_device_type_0 import EventDeviceType0  # noqa: PLC0415
        from ..models.event_location_type_0 import EventLocationType0  # noqa: PLC0415
        from ..models.event_object_type_0 import EventObjectType0  # noqa: PLC0415

        id = self.id

        thread_id = self.thread_id

        subject = self.subject

        timestamp = self.timestamp

        recipient_email = self.recipient_email

        recipient_name = self.recipient_name

        user_id = self.user_id

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, EventDeviceType0):
            device = self.device.to_dict()
        else:
            device = self.device

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, EventLocationType0):
            location = self.location.to_dict()
        else:
            location = self.location

        object_: dict[str, Any] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, EventObjectType0):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_

        action = self.action

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if recipient_email is not UNSET:
            field_dict["recipientEmail"] = recipient_email
        if recipient_name is not UNSET:
            field_dict["recipientName"] = recipient_name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device is not UNSET:
            field_dict["device"] = device
        if location is not UNSET:
            field_dict["location"] = location
        if object_ is not UNSET:
            field_dict["object"] = object_
        if action is not UNSET:
            field_dict["action"] = action
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.event_device_type_0 import EventDeviceType0  # noqa: PLC0415
        from ..models.event_location_type_0 import EventLocationType0  # noqa: PLC0415
        from ..models.event_object_type_0 import EventObjectType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        thread_id = d.pop("threadId", UNSET)

        subject = d.pop("subject", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        recipient_email = d.pop("recipientEmail", UNSET)

        recipient_name = d.pop("recipientName", UNSET)

        user_id = d.pop("userId", UNSET)

        def _parse_device(data: object) -> EventDeviceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_0 = EventDeviceType0.from_dict(data)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventDeviceType0 | None | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_location(data: object) -> EventLocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = EventLocationType0.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventLocationType0 | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_object_(data: object) -> EventObjectType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_0 = EventObjectType0.from_dict(data)

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventObjectType0 | None | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        action = d.pop("action", UNSET)

        def _parse_recipients(data: object) -> list[EmailAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = EmailAddress.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        event = cls(
            id=id,
            thread_id=thread_id,
            subject=subject,
            timestamp=timestamp,
            recipient_email=recipient_email,
            recipient_name=recipient_name,
            user_id=user_id,
            device=device,
            location=location,
            object_=object_,
            action=action,
            recipients=recipients,
        )

        event.additional_properties = d
        return event

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
