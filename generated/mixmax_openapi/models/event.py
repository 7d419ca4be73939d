from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.event_device import EventDevice
    from ..models.event_location import EventLocation
    from ..models.event_object import EventObject


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
    device: EventDevice | Unset = UNSET
    location: EventLocation | Unset = UNSET
    object_: EventObject | Unset = UNSET
    action: str | Unset = UNSET
    recipients: list[EmailAddress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        subject = self.subject

        timestamp = self.timestamp

        recipient_email = self.recipient_email

        recipient_name = self.recipient_name

        user_id = self.user_id

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        action = self.action

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

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
        from ..models.event_device import EventDevice  # noqa: PLC0415
        from ..models.event_location import EventLocation  # noqa: PLC0415
        from ..models.event_object import EventObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        thread_id = d.pop("threadId", UNSET)

        subject = d.pop("subject", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        recipient_email = d.pop("recipientEmail", UNSET)

        recipient_name = d.pop("recipientName", UNSET)

        user_id = d.pop("userId", UNSET)

        _device = d.pop("device", UNSET)
        device: EventDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = EventDevice.from_dict(_device)

        _location = d.pop("location", UNSET)
        location: EventLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = EventLocation.from_dict(_location)

        _object_ = d.pop("object", UNSET)
        object_: EventObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = EventObject.from_dict(_object_)

        action = d.pop("action", UNSET)

        _recipients = d.pop("recipients", UNSET)
        recipients: list[EmailAddress] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = EmailAddress.from_dict(recipients_item_data)

                recipients.append(recipients_item)

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
