from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0 import (
        UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0,
    )


T = TypeVar("T", bound="UserPreferencesCalendarAppointmentSlotsType0")


@_attrs_define
class UserPreferencesCalendarAppointmentSlotsType0:
    link_enabled: bool | Unset = UNSET
    limit_max_booked_slots: None | Unset | UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0 import (
            UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0,  # noqa: PLC0415
        )

        link_enabled = self.link_enabled

        limit_max_booked_slots: dict[str, Any] | None | Unset
        if isinstance(self.limit_max_booked_slots, Unset):
            limit_max_booked_slots = UNSET
        elif isinstance(
            self.limit_max_booked_slots, UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0
        ):
            limit_max_booked_slots = self.limit_max_booked_slots.to_dict()
        else:
            limit_max_booked_slots = self.limit_max_booked_slots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link_enabled is not UNSET:
            field_dict["linkEnabled"] = link_enabled
        if limit_max_booked_slots is not UNSET:
            field_dict["limitMaxBookedSlots"] = limit_max_booked_slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences_calendar_appointment_slots_type_0_limit_max_booked_slots_type_0 import (
            UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        link_enabled = d.pop("linkEnabled", UNSET)

        def _parse_limit_max_booked_slots(
            data: object,
        ) -> None | Unset | UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limit_max_booked_slots_type_0 = (
                    UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0.from_dict(data)
                )

                return limit_max_booked_slots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferencesCalendarAppointmentSlotsType0LimitMaxBookedSlotsType0, data)

        limit_max_booked_slots = _parse_limit_max_booked_slots(d.pop("limitMaxBookedSlots", UNSET))

        user_preferences_calendar_appointment_slots_type_0 = cls(
            link_enabled=link_enabled,
            limit_max_booked_slots=limit_max_booked_slots,
        )

        user_preferences_calendar_appointment_slots_type_0.additional_properties = d
        return user_preferences_calendar_appointment_slots_type_0

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
