from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    timeslots: list[WorkHoursSlot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        timeslots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = []
            for timeslots_item_data in self.timeslots:
                timeslots_item = timeslots_item_data.to_dict()
                timeslots.append(timeslots_item)

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

        _timeslots = d.pop("timeslots", UNSET)
        timeslots: list[WorkHoursSlot] | Unset = UNSET
        if _timeslots is not UNSET:
            timeslots = []
            for timeslots_item_data in _timeslots:
                timeslots_item = WorkHoursSlot.from_dict(timeslots_item_data)

                timeslots.append(timeslots_item)

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
