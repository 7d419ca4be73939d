from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_availability import DayAvailability


T = TypeVar("T", bound="WeekAvailability")


@_attrs_define
class WeekAvailability:
    """Availability per weekday; `day0` is Sunday."""

    day0: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day1: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day2: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day3: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day4: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day5: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    day6: DayAvailability | Unset = UNSET
    """ One weekday's availability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day0: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day0, Unset):
            day0 = self.day0.to_dict()

        day1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day1, Unset):
            day1 = self.day1.to_dict()

        day2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day2, Unset):
            day2 = self.day2.to_dict()

        day3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day3, Unset):
            day3 = self.day3.to_dict()

        day4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day4, Unset):
            day4 = self.day4.to_dict()

        day5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day5, Unset):
            day5 = self.day5.to_dict()

        day6: dict[str, Any] | Unset = UNSET
        if not isinstance(self.day6, Unset):
            day6 = self.day6.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day0 is not UNSET:
            field_dict["day0"] = day0
        if day1 is not UNSET:
            field_dict["day1"] = day1
        if day2 is not UNSET:
            field_dict["day2"] = day2
        if day3 is not UNSET:
            field_dict["day3"] = day3
        if day4 is not UNSET:
            field_dict["day4"] = day4
        if day5 is not UNSET:
            field_dict["day5"] = day5
        if day6 is not UNSET:
            field_dict["day6"] = day6

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_availability import DayAvailability  # noqa: PLC0415

        d = dict(src_dict)
        _day0 = d.pop("day0", UNSET)
        day0: DayAvailability | Unset
        if isinstance(_day0, Unset):
            day0 = UNSET
        else:
            day0 = DayAvailability.from_dict(_day0)

        _day1 = d.pop("day1", UNSET)
        day1: DayAvailability | Unset
        if isinstance(_day1, Unset):
            day1 = UNSET
        else:
            day1 = DayAvailability.from_dict(_day1)

        _day2 = d.pop("day2", UNSET)
        day2: DayAvailability | Unset
        if isinstance(_day2, Unset):
            day2 = UNSET
        else:
            day2 = DayAvailability.from_dict(_day2)

        _day3 = d.pop("day3", UNSET)
        day3: DayAvailability | Unset
        if isinstance(_day3, Unset):
            day3 = UNSET
        else:
            day3 = DayAvailability.from_dict(_day3)

        _day4 = d.pop("day4", UNSET)
        day4: DayAvailability | Unset
        if isinstance(_day4, Unset):
            day4 = UNSET
        else:
            day4 = DayAvailability.from_dict(_day4)

        _day5 = d.pop("day5", UNSET)
        day5: DayAvailability | Unset
        if isinstance(_day5, Unset):
            day5 = UNSET
        else:
            day5 = DayAvailability.from_dict(_day5)

        _day6 = d.pop("day6", UNSET)
        day6: DayAvailability | Unset
        if isinstance(_day6, Unset):
            day6 = UNSET
        else:
            day6 = DayAvailability.from_dict(_day6)

        week_availability = cls(
            day0=day0,
            day1=day1,
            day2=day2,
            day3=day3,
            day4=day4,
            day5=day5,
            day6=day6,
        )

        week_availability.additional_properties = d
        return week_availability

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
