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
from . import meeting_type_days_from_now as _m_meeting_type_days_from_now
from . import meeting_type_defaults as _m_meeting_type_defaults

if TYPE_CHECKING:
    from ..models.meeting_type_days_from_now import MeetingTypeDaysFromNow
    from ..models.meeting_type_defaults import MeetingTypeDefaults

_KEYS = frozenset(
    (
        "name",
        "durationMin",
        "daysFromNow",
        "defaults",
        "link",
        "buffer",
        "calendarIds",
    )
)


T = TypeVar("T", bound="MeetingTypeInput")


@_attrs_define
class MeetingTypeInput:
    """Meeting-type fields to set (inferred from the meeting-type object)."""

    name: str | Unset = UNSET
    duration_min: int | Unset = UNSET
    days_from_now: MeetingTypeDaysFromNow | Unset = UNSET
    defaults: MeetingTypeDefaults | Unset = UNSET
    link: str | Unset = UNSET
    buffer: int | Unset = UNSET
    calendar_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.duration_min is not UNSET:
            field_dict["durationMin"] = self.duration_min
        if self.days_from_now is not UNSET:
            field_dict["daysFromNow"] = _to_json(self.days_from_now)
        if self.defaults is not UNSET:
            field_dict["defaults"] = _to_json(self.defaults)
        if self.link is not UNSET:
            field_dict["link"] = self.link
        if self.buffer is not UNSET:
            field_dict["buffer"] = self.buffer
        if self.calendar_ids is not UNSET:
            field_dict["calendarIds"] = self.calendar_ids
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text in the API's wire form (camelCase names, unknown fields kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of a decoded JSON object. A value that does not fit its type is kept as it came and
        reported to the deviation handler (types.set_deviation_handler); nothing raises unless it does."""
        _get = src_dict.get
        name = _get("name", UNSET)
        if not (name.__class__ is str) and name is not UNSET:
            _deviation("MeetingTypeInput", "name", "string", name)

        duration_min = _get("durationMin", UNSET)
        if not (duration_min.__class__ is int) and duration_min is not UNSET:
            _deviation("MeetingTypeInput", "durationMin", "integer", duration_min)

        days_from_now = _get("daysFromNow", UNSET)
        if days_from_now.__class__ is dict:
            try:
                days_from_now = _m_meeting_type_days_from_now.MeetingTypeDaysFromNow.from_dict(days_from_now)
            except _ResponseDeviation as _e:
                _e._within("MeetingTypeInput", "daysFromNow")
                raise
        elif days_from_now is not UNSET:
            _deviation("MeetingTypeInput", "daysFromNow", "MeetingTypeDaysFromNow", days_from_now)

        defaults = _get("defaults", UNSET)
        if defaults.__class__ is dict:
            try:
                defaults = _m_meeting_type_defaults.MeetingTypeDefaults.from_dict(defaults)
            except _ResponseDeviation as _e:
                _e._within("MeetingTypeInput", "defaults")
                raise
        elif defaults is not UNSET:
            _deviation("MeetingTypeInput", "defaults", "MeetingTypeDefaults", defaults)

        link = _get("link", UNSET)
        if not (link.__class__ is str) and link is not UNSET:
            _deviation("MeetingTypeInput", "link", "string", link)

        buffer = _get("buffer", UNSET)
        if not (buffer.__class__ is int) and buffer is not UNSET:
            _deviation("MeetingTypeInput", "buffer", "integer", buffer)

        calendar_ids = _get("calendarIds", UNSET)
        if calendar_ids.__class__ is list:
            for _n1, _calendar_ids_item in enumerate(calendar_ids):
                if not (_calendar_ids_item.__class__ is str):
                    _deviation("MeetingTypeInput", f"calendarIds[{_n1}]", "string", _calendar_ids_item)
        elif calendar_ids is not UNSET:
            _deviation("MeetingTypeInput", "calendarIds", "array of string", calendar_ids)

        _obj = cls(
            name,
            duration_min,
            days_from_now,
            defaults,
            link,
            buffer,
            calendar_ids,
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
