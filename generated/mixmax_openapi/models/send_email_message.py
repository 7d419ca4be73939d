from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailMessage")


@_attrs_define
class SendEmailMessage:
    to: str
    """ Comma-separated addresses. """
    cc: str | Unset = UNSET
    """ Comma-separated addresses (may be empty). """
    bcc: str | Unset = UNSET
    """ Comma-separated addresses (may be empty). """
    from_: str | Unset = UNSET
    """ One of your send-from addresses. """
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        cc = self.cc

        bcc = self.bcc

        from_ = self.from_

        subject = self.subject

        html = self.html

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
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        html = d.pop("html", UNSET)

        send_email_message = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            from_=from_,
            subject=subject,
            html=html,
        )

        send_email_message.additional_properties = d
        return send_email_message

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
