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
from . import day_availability as _m_day_availability

if TYPE_CHECKING:
    from ..models.day_availability import DayAvailability

_KEYS = frozenset(
    (
        "day0",
        "day1",
        "day2",
        "day3",
        "day4",
        "day5",
        "day6",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.day0 is not UNSET:
            field_dict["day0"] = _to_json(self.day0)
        if self.day1 is not UNSET:
            field_dict["day1"] = _to_json(self.day1)
        if self.day2 is not UNSET:
            field_dict["day2"] = _to_json(self.day2)
        if self.day3 is not UNSET:
            field_dict["day3"] = _to_json(self.day3)
        if self.day4 is not UNSET:
            field_dict["day4"] = _to_json(self.day4)
        if self.day5 is not UNSET:
            field_dict["day5"] = _to_json(self.day5)
        if self.day6 is not UNSET:
            field_dict["day6"] = _to_json(self.day6)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        day0 = _get("day0", UNSET)
        if day0.__class__ is dict:
            try:
                day0 = _m_day_availability.DayAvailability.from_dict(day0)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day0")
                raise
        elif day0 is None:
            pass
        elif day0 is not UNSET:
            _deviation("WeekAvailability", "day0", "DayAvailability or null", day0)

        day1 = _get("day1", UNSET)
        if day1.__class__ is dict:
            try:
                day1 = _m_day_availability.DayAvailability.from_dict(day1)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day1")
                raise
        elif day1 is None:
            pass
        elif day1 is not UNSET:
            _deviation("WeekAvailability", "day1", "DayAvailability or null", day1)

        day2 = _get("day2", UNSET)
        if day2.__class__ is dict:
            try:
                day2 = _m_day_availability.DayAvailability.from_dict(day2)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day2")
                raise
        elif day2 is None:
            pass
        elif day2 is not UNSET:
            _deviation("WeekAvailability", "day2", "DayAvailability or null", day2)

        day3 = _get("day3", UNSET)
        if day3.__class__ is dict:
            try:
                day3 = _m_day_availability.DayAvailability.from_dict(day3)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day3")
                raise
        elif day3 is None:
            pass
        elif day3 is not UNSET:
            _deviation("WeekAvailability", "day3", "DayAvailability or null", day3)

        day4 = _get("day4", UNSET)
        if day4.__class__ is dict:
            try:
                day4 = _m_day_availability.DayAvailability.from_dict(day4)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day4")
                raise
        elif day4 is None:
            pass
        elif day4 is not UNSET:
            _deviation("WeekAvailability", "day4", "DayAvailability or null", day4)

        day5 = _get("day5", UNSET)
        if day5.__class__ is dict:
            try:
                day5 = _m_day_availability.DayAvailability.from_dict(day5)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day5")
                raise
        elif day5 is None:
            pass
        elif day5 is not UNSET:
            _deviation("WeekAvailability", "day5", "DayAvailability or null", day5)

        day6 = _get("day6", UNSET)
        if day6.__class__ is dict:
            try:
                day6 = _m_day_availability.DayAvailability.from_dict(day6)
            except _ResponseDeviation as _e:
                _e._within("WeekAvailability", "day6")
                raise
        elif day6 is None:
            pass
        elif day6 is not UNSET:
            _deviation("WeekAvailability", "day6", "DayAvailability or null", day6)

        _obj = cls(
            day0,
            day1,
            day2,
            day3,
            day4,
            day5,
            day6,
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
