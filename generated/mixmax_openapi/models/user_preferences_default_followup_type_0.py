from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferencesDefaultFollowupType0")


@_attrs_define
class UserPreferencesDefaultFollowupType0:
    auto_remind: bool | Unset = UNSET
    trigger: str | Unset = UNSET
    unparsed_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_remind = self.auto_remind

        trigger = self.trigger

        unparsed_date = self.unparsed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_remind is not UNSET:
            field_dict["autoRemind"] = auto_remind
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if unparsed_date is not UNSET:
            field_dict["unparsedDate"] = unparsed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_remind = d.pop("autoRemind", UNSET)

        trigger = d.pop("trigger", UNSET)

        unparsed_date = d.pop("unparsedDate", UNSET)

        user_preferences_default_followup_type_0 = cls(
            auto_remind=auto_remind,
            trigger=trigger,
            unparsed_date=unparsed_date,
        )

        user_preferences_default_followup_type_0.additional_properties = d
        return user_preferences_default_followup_type_0

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
