from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_hours_slot import WorkHoursSlot


T = TypeVar("T", bound="DayAvailability")


@_attrs_define
class DayAvailability:
    """One weekday's availability."""

    enabled: bool | Unset = UNSET
    timeslots: list[WorkHoursSlot] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        timeslots: list[dict[str, Any]] | None | Unset
        if isinstance(self.timeslots, Unset):
            timeslots = UNSET
        elif isinstance(self.timeslots, list):
            timeslots = []
            for timeslots_type_0_item_data in self.timeslots:
                timeslots_type_0_item = timeslots_type_0_item_data.to_dict()
                timeslots.append(timeslots_type_0_item)

        else:
            timeslots = self.timeslots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_hours_slot import WorkHoursSlot  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_timeslots(data: object) -> list[WorkHoursSlot] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timeslots_type_0 = []
                _timeslots_type_0 = data
                for timeslots_type_0_item_data in _timeslots_type_0:
                    timeslots_type_0_item = WorkHoursSlot.from_dict(timeslots_type_0_item_data)

                    timeslots_type_0.append(timeslots_type_0_item)

                return timeslots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkHoursSlot] | None | Unset, data)

        timeslots = _parse_timeslots(d.pop("timeslots", UNSET))

        day_availability = cls(
            enabled=enabled,
            timeslots=timeslots,
        )

        day_availability.additional_properties = d
        return day_availability

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
