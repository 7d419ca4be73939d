from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_availability import DayAvailability


T = TypeVar("T", bound="WeekAvailability")


@_attrs_define
class WeekAvailability:
    """Availability per weekday; `day0` is Sunday."""

    day0: DayAvailability | None | Unset = UNSET
    day1: DayAvailability | None | Unset = UNSET
    day2: DayAvailability | None | Unset = UNSET
    day3: DayAvailability | None | Unset = UNSET
    day4: DayAvailability | None | Unset = UNSET
    day5: DayAvailability | None | Unset = UNSET
    day6: DayAvailability | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_availability import DayAvailability  # noqa: PLC0415

        day0: dict[str, Any] | None | Unset
        if isinstance(self.day0, Unset):
            day0 = UNSET
        elif isinstance(self.day0, DayAvailability):
            day0 = self.day0.to_dict()
        else:
            day0 = self.day0

        day1: dict[str, Any] | None | Unset
        if isinstance(self.day1, Unset):
            day1 = UNSET
        elif isinstance(self.day1, DayAvailability):
            day1 = self.day1.to_dict()
        else:
            day1 = self.day1

        day2: dict[str, Any] | None | Unset
        if isinstance(self.day2, Unset):
            day2 = UNSET
        elif isinstance(self.day2, DayAvailability):
            day2 = self.day2.to_dict()
        else:
            day2 = self.day2

        day3: dict[str, Any] | None | Unset
        if isinstance(self.day3, Unset):
            day3 = UNSET
        elif isinstance(self.day3, DayAvailability):
            day3 = self.day3.to_dict()
        else:
            day3 = self.day3

        day4: dict[str, Any] | None | Unset
        if isinstance(self.day4, Unset):
            day4 = UNSET
        elif isinstance(self.day4, DayAvailability):
            day4 = self.day4.to_dict()
        else:
            day4 = self.day4

        day5: dict[str, Any] | None | Unset
        if isinstance(self.day5, Unset):
            day5 = UNSET
        elif isinstance(self.day5, DayAvailability):
            day5 = self.day5.to_dict()
        else:
            day5 = self.day5

        day6: dict[str, Any] | None | Unset
        if isinstance(self.day6, Unset):
            day6 = UNSET
        elif isinstance(self.day6, DayAvailability):
            day6 = self.day6.to_dict()
        else:
            day6 = self.day6

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

        def _parse_day0(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day0_type_0 = DayAvailability.from_dict(data)

                return day0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day0 = _parse_day0(d.pop("day0", UNSET))

        def _parse_day1(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day1_type_0 = DayAvailability.from_dict(data)

                return day1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day1 = _parse_day1(d.pop("day1", UNSET))

        def _parse_day2(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day2_type_0 = DayAvailability.from_dict(data)

                return day2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day2 = _parse_day2(d.pop("day2", UNSET))

        def _parse_day3(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day3_type_0 = DayAvailability.from_dict(data)

                return day3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day3 = _parse_day3(d.pop("day3", UNSET))

        def _parse_day4(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day4_type_0 = DayAvailability.from_dict(data)

                return day4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day4 = _parse_day4(d.pop("day4", UNSET))

        def _parse_day5(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day5_type_0 = DayAvailability.from_dict(data)

                return day5_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day5 = _parse_day5(d.pop("day5", UNSET))

        def _parse_day6(data: object) -> DayAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day6_type_0 = DayAvailability.from_dict(data)

                return day6_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayAvailability | None | Unset, data)

        day6 = _parse_day6(d.pop("day6", UNSET))

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
