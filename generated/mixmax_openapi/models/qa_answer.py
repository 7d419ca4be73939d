from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QaAnswer")


@_attrs_define
class QaAnswer:
    recipient_email: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    answer: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_email = self.recipient_email

        recipient_name = self.recipient_name

        answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient_email is not UNSET:
            field_dict["recipientEmail"] = recipient_email
        if recipient_name is not UNSET:
            field_dict["recipientName"] = recipient_name
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_email = d.pop("recipientEmail", UNSET)

        recipient_name = d.pop("recipientName", UNSET)

        answer = d.pop("answer", UNSET)

        qa_answer = cls(
            recipient_email=recipient_email,
            recipient_name=recipient_name,
            answer=answer,
        )

        qa_answer.additional_properties = d
        return qa_answer

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
