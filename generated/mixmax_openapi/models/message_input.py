from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress


T = TypeVar("T", bound="MessageInput")


@_attrs_define
class MessageInput:
    """A draft to create. Only `to` is documented; the other names follow the message object."""

    to: list[EmailAddress]
    cc: list[EmailAddress] | Unset = UNSET
    bcc: list[EmailAddress] | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    """ HTML. """
    tracking_enabled: bool | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    file_tracking_enabled: bool | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        subject = self.subject

        body = self.body

        tracking_enabled = self.tracking_enabled

        link_tracking_enabled = self.link_tracking_enabled

        file_tracking_enabled = self.file_tracking_enabled

        notifications_enabled = self.notifications_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = tracking_enabled
        if link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = link_tracking_enabled
        if file_tracking_enabled is not UNSET:
            field_dict["fileTrackingEnabled"] = file_tracking_enabled
        if notifications_enabled is not UNSET:
            field_dict["notificationsEnabled"] = notifications_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = EmailAddress.from_dict(to_item_data)

            to.append(to_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        tracking_enabled = d.pop("trackingEnabled", UNSET)

        link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

        file_tracking_enabled = d.pop("fileTrackingEnabled", UNSET)

        notifications_enabled = d.pop("notificationsEnabled", UNSET)

        message_input = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            tracking_enabled=tracking_enabled,
            link_tracking_enabled=link_tracking_enabled,
            file_tracking_enabled=file_tracking_enabled,
            notifications_enabled=notifications_enabled,
        )

        message_input.additional_properties = d
        return message_input

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
