from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFollowUpType0")


@_attrs_define
class MessageFollowUpType0:
    unparsed_date: str | Unset = UNSET
    trigger: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed_date = self.unparsed_date

        trigger = self.trigger

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unparsed_date is not UNSET:
            field_dict["unparsedDate"] = unparsed_date
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed_date = d.pop("unparsedDate", UNSET)

        trigger = d.pop("trigger", UNSET)

        description = d.pop("description", UNSET)

        message_follow_up_type_0 = cls(
            unparsed_date=unparsed_date,
            trigger=trigger,
            description=description,
        )

        message_follow_up_type_0.additional_properties = d
        return message_follow_up_type_0

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
