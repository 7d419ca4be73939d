from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferencesFollowupPresets")


@_attrs_define
class UserPreferencesFollowupPresets:
    reminder: list[Any] | Unset = UNSET
    send_later: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder: list[Any] | Unset = UNSET
        if not isinstance(self.reminder, Unset):
            reminder = self.reminder

        send_later: list[Any] | Unset = UNSET
        if not isinstance(self.send_later, Unset):
            send_later = self.send_later

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reminder is not UNSET:
            field_dict["reminder"] = reminder
        if send_later is not UNSET:
            field_dict["sendLater"] = send_later

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reminder = cast(list[Any], d.pop("reminder", UNSET))

        send_later = cast(list[Any], d.pop("sendLater", UNSET))

        user_preferences_followup_presets = cls(
            reminder=reminder,
            send_later=send_later,
        )

        user_preferences_followup_presets.additional_properties = d
        return user_preferences_followup_presets

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
