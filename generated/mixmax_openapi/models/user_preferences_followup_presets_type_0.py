from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferencesFollowupPresetsType0")


@_attrs_define
class UserPreferencesFollowupPresetsType0:
    reminder: list[str] | None | Unset = UNSET
    send_later: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder: list[str] | None | Unset
        if isinstance(self.reminder, Unset):
            reminder = UNSET
        elif isinstance(self.reminder, list):
            reminder = self.reminder

        else:
            reminder = self.reminder

        send_later: list[str] | None | Unset
        if isinstance(self.send_later, Unset):
            send_later = UNSET
        elif isinstance(self.send_later, list):
            send_later = self.send_later

        else:
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

        def _parse_reminder(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reminder_type_0 = cast(list[str], data)

                return reminder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reminder = _parse_reminder(d.pop("reminder", UNSET))

        def _parse_send_later(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                send_later_type_0 = cast(list[str], data)

                return send_later_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        send_later = _parse_send_later(d.pop("sendLater", UNSET))

        user_preferences_followup_presets_type_0 = cls(
            reminder=reminder,
            send_later=send_later,
        )

        user_preferences_followup_presets_type_0.additional_properties = d
        return user_preferences_followup_presets_type_0

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
