from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0")


@_attrs_define
class UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0:
    enabled: bool | Unset = UNSET
    per_day: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        per_day = self.per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if per_day is not UNSET:
            field_dict["perDay"] = per_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        per_day = d.pop("perDay", UNSET)

        user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0 = cls(
            enabled=enabled,
            per_day=per_day,
        )

        user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0.additional_properties = d
        return user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0

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
