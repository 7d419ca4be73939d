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
from . import work_hours_slot as _m_work_hours_slot

if TYPE_CHECKING:
    from ..models.work_hours_slot import WorkHoursSlot

_KEYS = frozenset(
    (
        "enabled",
        "timeslots",
    )
)


T = TypeVar("T", bound="DayAvailability")


@_attrs_define
class DayAvailability:
    """One weekday's availability."""

    enabled: bool | Unset = UNSET
    timeslots: list[WorkHoursSlot] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.timeslots is not UNSET:
            field_dict["timeslots"] = _to_json(self.timeslots)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        enabled = _get("enabled", UNSET)
        if not (enabled is True or enabled is False) and enabled is not UNSET:
            _deviation("DayAvailability", "enabled", "boolean", enabled)

        timeslots = _get("timeslots", UNSET)
        if timeslots.__class__ is list:
            _timeslots_items: list[Any] = []
            for _timeslots_item in timeslots:
                if _timeslots_item.__class__ is dict:
                    try:
                        _timeslots_item = _m_work_hours_slot.WorkHoursSlot.from_dict(_timeslots_item)
                    except _ResponseDeviation as _e:
                        _e._within("DayAvailability", f"timeslots[{len(_timeslots_items)}]")
                        raise
                else:
                    _deviation(
                        "DayAvailability", f"timeslots[{len(_timeslots_items)}]", "WorkHoursSlot", _timeslots_item
                    )

                _timeslots_items.append(_timeslots_item)
            timeslots = _timeslots_items
        elif timeslots is None:
            pass
        elif timeslots is not UNSET:
            _deviation("DayAvailability", "timeslots", "array of WorkHoursSlot or null", timeslots)

        _obj = cls(
            enabled,
            timeslots,
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
