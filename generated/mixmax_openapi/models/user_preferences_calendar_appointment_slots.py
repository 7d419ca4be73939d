from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import ResponseDeviation as _ResponseDeviation
from ..types import deviation as _deviation
from ..types import to_json as _to_json
from . import (
    user_preferences_calendar_appointment_slots_limit_max_booked_slots as _m_user_preferences_calendar_appointment_slots_limit_max_booked_slots,
)

if TYPE_CHECKING:
    from ..models.user_preferences_calendar_appointment_slots_limit_max_booked_slots import (
        UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots,
    )

_KEYS = frozenset(
    (
        "linkEnabled",
        "limitMaxBookedSlots",
    )
)


T = TypeVar("T", bound="UserPreferencesCalendarAppointmentSlots")


@_attrs_define
class UserPreferencesCalendarAppointmentSlots:
    link_enabled: bool | Unset = UNSET
    limit_max_booked_slots: None | Unset | UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.link_enabled is not UNSET:
            field_dict["linkEnabled"] = self.link_enabled
        if self.limit_max_booked_slots is not UNSET:
            field_dict["limitMaxBookedSlots"] = _to_json(self.limit_max_booked_slots)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        link_enabled = _get("linkEnabled", UNSET)
        if not (link_enabled is True or link_enabled is False) and link_enabled is not UNSET:
            _deviation("UserPreferencesCalendarAppointmentSlots", "linkEnabled", "boolean", link_enabled)

        limit_max_booked_slots = _get("limitMaxBookedSlots", UNSET)
        if limit_max_booked_slots.__class__ is dict:
            try:
                limit_max_booked_slots = _m_user_preferences_calendar_appointment_slots_limit_max_booked_slots.UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots.from_dict(
                    limit_max_booked_slots
                )
            except _ResponseDeviation as _e:
                _e._within("UserPreferencesCalendarAppointmentSlots", "limitMaxBookedSlots")
                raise
        elif limit_max_booked_slots is None:
            pass
        elif limit_max_booked_slots is not UNSET:
            _deviation(
                "UserPreferencesCalendarAppointmentSlots",
                "limitMaxBookedSlots",
                "UserPreferencesCalendarAppointmentSlotsLimitMaxBookedSlots or null",
                limit_max_booked_slots,
            )

        _obj = cls(
            link_enabled,
            limit_max_booked_slots,
        )
        if not _KEYS.issuperset(src_dict):
            _obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return _obj

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
